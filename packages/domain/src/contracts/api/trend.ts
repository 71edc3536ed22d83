import { z } from 'zod';
import { ZAreaId } from '../model.js';
import { ZId } from './common.js';

/** `GET /api/organisation/coverage/trend?months=12&siteId=` */
export const ZCoverageTrendQuery = z.object({
  /** How many months back, the current month included (1–36). */
  months: z.coerce.number().int().min(1).max(36).default(12),
  siteId: ZId.optional(),
});
export type TCoverageTrendQuery = z.infer<typeof ZCoverageTrendQuery>;

export const ZCoverageTrendTotals = z.object({
  requirements: z.number().int(),
  covered: z.number().int(),
  noMargin: z.number().int(),
  singlePoints: z.number().int(),
  gaps: z.number().int(),
  totalGap: z.number().int(),
});
export type TCoverageTrendTotals = z.infer<typeof ZCoverageTrendTotals>;

/** Site certificate requirements in a trend point (rule 18): counted apart from the team totals. */
export const ZSiteTrendTotals = z.object({
  requirements: z.number().int(),
  covered: z.number().int(),
  noMargin: z.number().int(),
  singlePoints: z.number().int(),
  gaps: z.number().int(),
  /** Requirements exempt on the point's day (rule 17); not gaps. */
  exempt: z.number().int(),
  totalGap: z.number().int(),
});
export type TSiteTrendTotals = z.infer<typeof ZSiteTrendTotals>;

/**
 * The site requirements valid at a point's moment, measured over the people working at each site
 * then (rules 6 and 18): the sites in scope (the one asked for with `siteId`) summed, and each site
 * with requirements then.
 */
export const ZSiteTrendPoint = z.object({
  totals: ZSiteTrendTotals,
  bySite: z.array(ZSiteTrendTotals.extend({ siteId: ZId })),
});
export type TSiteTrendPoint = z.infer<typeof ZSiteTrendPoint>;

/** The organisation's coverage at the end of one month (the current month: now). */
export const ZCoverageTrendPoint = z.object({
  /** 'YYYY-MM' */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** The moment the month was measured at (end of the month, or now for the current month). */
  at: z.iso.datetime({ offset: true }),
  totals: ZCoverageTrendTotals,
  /** Per coverage area: the number of requirements with a gap. */
  byArea: z.record(ZAreaId, z.number().int()),
  /** Site certificate requirements (rule 18); not part of `totals` or `byArea`. */
  siteRequirements: ZSiteTrendPoint,
});
export type TCoverageTrendPoint = z.infer<typeof ZCoverageTrendPoint>;

export const ZCoverageTrend = z.object({
  months: z.number().int(),
  siteId: ZId.nullable(),
  /**
   * Levels (validated), memberships, role assignments and team requirements are reconstructed per
   * month from their validity periods; a month before a team existed counts nothing for it
   * (docs/coverage-rules.md, rule 6); site requirements likewise from their versions (rule 18).
   * Competency ratings and contacts keep no history: today's count.
   */
  /** Oldest month first; the last point equals today's organisation coverage totals. */
  points: z.array(ZCoverageTrendPoint),
});
export type TCoverageTrend = z.infer<typeof ZCoverageTrend>;
