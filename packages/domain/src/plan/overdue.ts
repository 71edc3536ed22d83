/** What "overdue" needs to know of a development action. */
export type TOverdueInput = {
  status: string;
  /** ISO date (yyyy-mm-dd) or null when none was agreed. */
  expectedEndDate: string | null;
};

/**
 * Rule 11 of docs/coverage-rules.md: an action is overdue when it is still open (planned or in
 * progress) and its expected end date lies before today. Without an expected end nothing is late;
 * a completed or cancelled action never is. `today` is an ISO date, so the caller decides the clock.
 */
export function isActionOverdue(action: TOverdueInput, today: string): boolean {
  if (action.status !== 'planned' && action.status !== 'in_progress') return false;
  return action.expectedEndDate !== null && action.expectedEndDate.slice(0, 10) < today.slice(0, 10);
}
