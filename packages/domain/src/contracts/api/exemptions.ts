import { z } from 'zod';
import { EXEMPTION_STATUS_IDS } from '../../model/exemptions.js';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZMultilineText, ZPageQuery } from './common.js';

export const ZExemptionStatus = z.enum(EXEMPTION_STATUS_IDS);

/** An exemption from a team requirement (docs/coverage-rules.md, rule 17). */
export const ZExemption = z.object({
  id: ZId,
  teamId: ZId,
  teamName: z.string(),
  requirementId: ZId,
  requirementKind: z.enum(['area', 'role', 'competency', 'circle', 'certificate']),
  /** Null: the whole team is exempt; else the person (certificate requirements). */
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
  employeeId: ZId.optional(),
  /** `current`: scheduled or active (default `all`). */
  state: z.enum(['current', 'all']).default('all'),
});
export type TExemptionListQuery = z.input<typeof ZExemptionListQuery>;

export const ZExemptionCreate = z.object({
  requirementId: ZId,
  /** A person exempt from a certificate requirement; omit for the whole team. */
  employeeId: ZId.nullish(),
  reason: ZMultilineText({ min: 3, max: 1000 }),
  /** First day; today when omitted. */
  startsOn: ZDateInput.optional(),
  /** Last day (inclusive), on or after the first. */
  endsOn: ZDateInput,
});
export type TExemptionCreate = z.infer<typeof ZExemptionCreate>;
