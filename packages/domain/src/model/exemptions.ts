import { deepFreeze } from './freeze.js';
import type { LocalizedText } from './types.js';

/**
 * The state of an exemption on a day (docs/coverage-rules.md, rule 17): scheduled before its first
 * day, active from startsOn through endsOn, expired after endsOn, ended from the day HR ended it
 * early (`endedOn`; it ran through the day before). Only an active one changes coverage.
 */
export const EXEMPTION_STATUS_IDS = deepFreeze(['scheduled', 'active', 'expired', 'ended'] as const);
export type ExemptionStatus = (typeof EXEMPTION_STATUS_IDS)[number];

export const EXEMPTION_STATUS_LABELS: Readonly<Record<ExemptionStatus, LocalizedText>> = deepFreeze({
  scheduled: { nl: 'Gepland', en: 'Scheduled' },
  active: { nl: 'Loopt', en: 'Active' },
  expired: { nl: 'Afgelopen', en: 'Expired' },
  ended: { nl: 'Beëindigd', en: 'Ended' },
});

/** An exemption's period: `endedOn` is the day HR ended it early (null or absent: not ended). */
export type ExemptionPeriod = {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly endedOn?: string | null | undefined;
};

/** The one rule of which exemptions apply on a day: today's figures and every trend point ask it. */
export function exemptionStatus(exemption: ExemptionPeriod, on: string): ExemptionStatus {
  if (exemption.endedOn != null && exemption.endedOn <= on) return 'ended';
  if (exemption.startsOn > on) return 'scheduled';
  if (exemption.endsOn < on) return 'expired';
  return 'active';
}

/** Whether the exemption runs on `day`: startsOn ≤ day ≤ endsOn and not ended by then. */
export function exemptionRunsOn(exemption: ExemptionPeriod, day: string): boolean {
  return exemptionStatus(exemption, day) === 'active';
}
