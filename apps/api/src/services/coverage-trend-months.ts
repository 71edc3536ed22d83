import { startOfUtcDay } from '../lib/http.ts';

/*
 * The trend's calendar: which moments it measures, where its window starts, and whether a row with
 * a period (a membership, a role assignment) runs on a moment.
 */

/** Measuring moments, oldest first: the last millisecond of each past month, then `now`. */
export function trendMoments(months: number, now: Date): Array<{ month: string; at: Date; start: Date }> {
  const moments: Array<{ month: string; at: Date; start: Date }> = [];
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  for (let back = months - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(year, month - back, 1));
    const label = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    const at = back === 0 ? now : new Date(Date.UTC(year, month - back + 1, 1) - 1);
    moments.push({ month: label, at, start });
  }
  return moments;
}

/** The first day of the trend window of `months` months ending now. */
export function trendWindowStart(months: number, now: Date): Date {
  return startOfUtcDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1)));
}

/**
 * Whether a period runs at `at`: started by then, and not ended before `at`'s day (an end date is
 * the last day it ran).
 */
export function runsAt(row: { startDate: Date; endDate: Date | null }, at: Date): boolean {
  return row.startDate <= at && (row.endDate === null || row.endDate >= startOfUtcDay(at));
}
