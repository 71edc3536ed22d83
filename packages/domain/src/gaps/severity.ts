import type { TCoverageStatus } from '../contracts/model.js';

/** A single point of failure weighs this fraction of one missing person. */
export const SPOF_SEVERITY_FRACTION = 0.25;
/** A requirement met with no spare person weighs this fraction of one missing person. */
export const NO_MARGIN_SEVERITY_FRACTION = 0.1;

/**
 * How bad one requirement's coverage is, for ranking. `weight` says how hard the missing
 * capability is to get (the level rank 1..4 for area and role requirements, 1 for
 * competencies and circles).
 *   gap > 0        → gap × weight
 *   single point   → SPOF_SEVERITY_FRACTION × weight (at most 1, so it never outranks a real gap
 *                    at the same or a higher weight)
 *   no margin      → NO_MARGIN_SEVERITY_FRACTION × weight (below a single point of the same weight)
 *   covered        → 0
 */
export function severityOf(gap: number, status: TCoverageStatus, weight: number): number {
  if (gap > 0) return gap * weight;
  if (status === 'single_point') return SPOF_SEVERITY_FRACTION * weight;
  if (status === 'no_margin') return NO_MARGIN_SEVERITY_FRACTION * weight;
  return 0;
}
