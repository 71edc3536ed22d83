/**
 * Seeded dates are relative to the start of the current school year (1 August, UTC), so the
 * demo stays believable over time while two runs within one school year produce the same rows.
 */
export function schoolYearStart(now: Date = new Date()): Date {
  const year = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 7, 1));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
