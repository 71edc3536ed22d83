import { z } from 'zod';
import { EXEMPTION_STATUS_IDS } from '../../model/exemptions.js';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZMultilineText, ZPageQuery } from './common.js';

export const ZExemptionStatus = z.enum(EXEMPTION_STATUS_IDS);

/**
 * An exemption from a team requirement or a site's certificate requirement (docs/coverage-rules.md,
 * rules 17 and 18): either `teamId`, `teamName` and `requirementId` are set, or `siteId`, `siteName`
 * and `siteRequirementId` (then `requirementKind` is `certificate`).
 */
export const ZExemption = z.object({
  id: ZId,
  teamId: ZId.nullable(),
  teamName: z.string().nullable(),
  requirementId: ZId.nullable(),
  siteId: ZId.nullable(),
  siteName: z.string().nullable(),
  siteRequirementId: ZId.nullable(),
  requirementKind: z.enum(['area', 'role', 'competency', 'circle', 'certificate']),
  /** Null: the whole team (or site) is exempt; else the person (certificate requirements). */
  employeeId: ZId.nullable(),
  employeeName: z.string().nullable(),
  reason: z.string(),
  /** Who approved it (the user who recorded it); null once that account is gone. */
  approvedBy: z.object({ id: ZId, name: z.string() }).nullable(),
  startsOn: ZIsoDate,
  /** Its last day (inclusive). */
  endsOn: ZIsoDate,
  endedAt: ZIsoDateTime.nullable(),
  /** On today's date. */
  status: ZExemptionStatus,
  createdAt: ZIsoDateTime,
});
export type TExemption = z.infer<typeof ZExemption>;

export const ZExemptionListQuery = ZPageQuery.extend({
  teamId: ZId.optional(),
  requirementId: ZId.optional(),
  /** Exemptions from this site's requirements (rule 18). */
  siteId: ZId.optional(),
  siteRequirementId: ZId.optional(),
  employeeId: ZId.optional(),
  /** `current`: scheduled or active (default `all`). */
  state: z.enum(['current', 'all']).default('all'),
});
export type TExemptionListQuery = z.input<typeof ZExemptionListQuery>;

/** Exactly one target: a team requirement (`requirementId`) or a site requirement (`siteRequirementId`). */
export const ZExemptionCreate = z
  .object({
    /** A team requirement. */
    requirementId: ZId.optional(),
    /** Instead: a site's certificate requirement (rule 18). */
    siteRequirementId: ZId.optional(),
    /** A person exempt from a certificate requirement; omit for the whole team (or site). */
    employeeId: ZId.nullish(),
    reason: ZMultilineText({ min: 3, max: 1000 }),
    /** First day; today when omitted. */
    startsOn: ZDateInput.optional(),
    /** Last day (inclusive), on or after the first. */
    endsOn: ZDateInput,
  })
  .superRefine((body, ctx) => {
    if ((body.requirementId === undefined) === (body.siteRequirementId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['requirementId'],
        message: 'Give either requirementId or siteRequirementId',
      });
    }
  });
export type TExemptionCreate = z.infer<typeof ZExemptionCreate>;
