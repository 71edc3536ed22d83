import { unprocessable } from '../../lib/problem.ts';

/** Today as a @db.Date value (UTC midnight). */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Same rule as activeMembershipWhere: started by now, and not ended before today (UTC dates). */
export function isCurrentPeriod(row: { startDate: Date; endDate: Date | null }, now = new Date()): boolean {
  const today = todayUtc(now);
  return row.startDate <= now && (row.endDate === null || row.endDate >= today);
}

/** Same rule as activeMembershipWhere, for rows with a period (memberships, role assignments). */
export function currentPeriodWhere(now = new Date()) {
  const today = todayUtc(now);
  return { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gte: today } }] };
}

/** 422 `invalid_period` when the end lies before the start. */
export function assertPeriod(startDate: Date, endDate: Date | null) {
  if (endDate !== null && endDate < startDate) {
    throw unprocessable('invalid_period', 'endDate lies before startDate.', [
      { path: 'body.endDate', message: 'Must be on or after startDate', code: 'invalid_period' },
    ]);
  }
}
