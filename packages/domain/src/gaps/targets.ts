import type { TDevelopmentTarget } from '../contracts/inputs.js';
import { LEVEL_RANK } from '../model/levels.js';

/** Plain string order; localeCompare would make results depend on the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earlier first; null (no date known) last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Which of two targets is the more dependable route: a planned action before a mere
 * ambition, then the earliest date, then the lower (sooner reached) level, then ids —
 * a total order, so the choice never depends on input order.
 */
export function compareTargets(a: TDevelopmentTarget, b: TDevelopmentTarget): number {
  if (a.source !== b.source) return a.source === 'action' ? -1 : 1;
  const byDate = compareDates(a.expectedDate, b.expectedDate);
  if (byDate !== 0) return byDate;
  const byLevel = LEVEL_RANK[a.level] - LEVEL_RANK[b.level];
  if (byLevel !== 0) return byLevel;
  const bySource = compareStrings(a.sourceId ?? '', b.sourceId ?? '');
  if (bySource !== 0) return bySource;
  return compareStrings(a.actionType ?? '', b.actionType ?? '');
}

/** The best target in `area` that reaches at least `minRank`, or null. */
export function bestTargetFor(
  development: readonly TDevelopmentTarget[],
  area: string,
  minRank: number,
): TDevelopmentTarget | null {
  let best: TDevelopmentTarget | null = null;
  for (const t of development) {
    if (t.area !== area || LEVEL_RANK[t.level] < minRank) continue;
    if (best === null || compareTargets(t, best) < 0) best = t;
  }
  return best;
}
