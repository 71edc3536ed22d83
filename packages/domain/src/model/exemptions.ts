import { deepFreeze } from './freeze.js';
import type { LocalizedText } from './types.js';

/**
 * The state of an exemption on a day (docs/coverage-rules.md, rule 17): scheduled before its first
 * day, active from startsOn through endsOn, expired after endsOn, ended once HR ended it early.
 * Only an active one changes coverage.
 */
export const EXEMPTION_STATUS_IDS = deepFreeze(['scheduled', 'active', 'expired', 'ended'] as const);
export type ExemptionStatus = (typeof EXEMPTION_STATUS_IDS)[number];

export const EXEMPTION_STATUS_LABELS: Readonly<Record<ExemptionStatus, LocalizedText>> = deepFreeze({
  scheduled: { nl: 'Gepland', en: 'Scheduled' },
  active: { nl: 'Loopt', en: 'Active' },
  expired: { nl: 'Afgelopen', en: 'Expired' },
  ended: { nl: 'Beëindigd', en: 'Ended' },
});

export function exemptionStatus(
  exemption: { readonly startsOn: string; readonly endsOn: string; readonly ended: boolean },
  on: string,
): ExemptionStatus {
  if (exemption.ended) return 'ended';
  if (exemption.startsOn > on) return 'scheduled';
  if (exemption.endsOn < on) return 'expired';
  return 'active';
}
