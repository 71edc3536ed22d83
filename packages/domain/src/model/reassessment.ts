import { addDays, addMonths } from './certificates.js';
import { deepFreeze } from './freeze.js';
import type { LocalizedText } from './types.js';

/**
 * The reassessment cycle (docs/coverage-rules.md, rule 16): an organisation says how many months a
 * validated level stays current; after that the level is due for reassessment. Null = never.
 */
export const REASSESSMENT_STATUS_IDS = deepFreeze(['current', 'due', 'overdue'] as const);
export type ReassessmentStatus = (typeof REASSESSMENT_STATUS_IDS)[number];

export const REASSESSMENT_STATUS_LABELS: Readonly<Record<ReassessmentStatus, LocalizedText>> = deepFreeze({
  current: { nl: 'Actueel', en: 'Current' },
  due: { nl: 'Herbeoordeling binnenkort', en: 'Reassessment due soon' },
  overdue: { nl: 'Herbeoordeling verlopen', en: 'Reassessment overdue' },
});

/** How many days before its reassessment date a level is listed as due. */
export const DEFAULT_REASSESSMENT_WARNING_DAYS = 60;
/** The longest cycle an organisation may set (ten years). */
export const MAX_REASSESSMENT_MONTHS = 120;

/**
 * The day a validated level must have been reassessed by: validated on + the cycle's months
 * (a day past the month's end clamps, as for certificates). Null when the cycle is off.
 */
export function reassessmentDueOn(validatedOn: string, cycleMonths: number | null): string | null {
  if (cycleMonths === null) return null;
  return addMonths(validatedOn, cycleMonths);
}

/**
 * The status of a validated level on a day: overdue from its reassessment date on; due when that
 * date falls within `warningDays` after the day; current otherwise (also without a cycle).
 */
export function reassessmentStatus(
  validatedOn: string,
  cycleMonths: number | null,
  on: string,
  warningDays: number = DEFAULT_REASSESSMENT_WARNING_DAYS,
): ReassessmentStatus {
  const dueOn = reassessmentDueOn(validatedOn, cycleMonths);
  if (dueOn === null) return 'current';
  if (dueOn <= on) return 'overdue';
  if (dueOn <= addDays(on, warningDays)) return 'due';
  return 'current';
}
