/** About six months from `from`, as an ISO date: the default expected end of a planned step. */
export function sixMonthsFrom(from: Date): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 6, from.getUTCDate()));
  // 31 August + 6 months would roll into March: clamp to the month's last day instead.
  if (date.getUTCDate() !== from.getUTCDate()) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
