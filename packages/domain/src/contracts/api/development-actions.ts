import { z } from 'zod';
import {
  ZAreaId,
  ZCircleId,
  ZCompetencyId,
  ZDevelopmentActionType,
  ZDevelopmentStatus,
  ZLevelId,
} from '../model.js';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZMultilineText, ZPageQuery, ZText } from './common.js';

/**
 * Training, coaching, retraining, intervision or hiring. `werving` (hiring) has no employee;
 * every other type needs one (422 `employee_required` / `employee_not_allowed`).
 * Status moves planned → in_progress → completed | cancelled, or planned → cancelled
 * (409 `invalid_status_transition` otherwise). Completing an action with area + targetLevel
 * raises the employee's level in that area when it is higher than the current one.
 * Besides an area and level, an action may aim at one role, competency or circle of surroundings
 * (`targetRoleDefinitionId`, `targetCompetency`, `targetCircle`: at most one of the three, else 422
 * `one_target_only`; `targetCertificateTypeId` counts as a fourth), so role, competency, surroundings
 * and certificate gaps can be "al in het plan" (rule 7).
 */
export const ZDevelopmentAction = z.object({
  id: ZId,
  type: ZDevelopmentActionType,
  title: z.string(),
  employeeId: ZId.nullable(),
  /** Display name of the employee, when there is one. */
  employeeName: z.string().nullable(),
  teamId: ZId.nullable(),
  area: ZAreaId.nullable(),
  targetLevel: ZLevelId.nullable(),
  targetRoleDefinitionId: ZId.nullable(),
  targetCompetency: ZCompetencyId.nullable(),
  targetCircle: ZCircleId.nullable(),
  /** The certificate type a certificate gap asks for (a hire who holds it, a course for it). */
  targetCertificateTypeId: ZId.nullable(),
  provider: z.string().nullable(),
  status: ZDevelopmentStatus,
  startDate: ZIsoDate.nullable(),
  expectedEndDate: ZIsoDate.nullable(),
  completedAt: ZIsoDateTime.nullable(),
  costCents: z.number().int().nullable(),
  notes: z.string().nullable(),
  /** Open and past its expected end date (the domain's isActionOverdue, rule 11). */
  overdue: z.boolean(),
  createdByUserId: ZId.nullable(),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TDevelopmentAction = z.infer<typeof ZDevelopmentAction>;

const fields = {
  title: ZText({ min: 1, max: 300 }),
  employeeId: ZId.nullish(),
  teamId: ZId.nullish(),
  area: ZAreaId.nullish(),
  targetLevel: ZLevelId.nullish(),
  targetRoleDefinitionId: ZId.nullish(),
  targetCompetency: ZCompetencyId.nullish(),
  targetCircle: ZCircleId.nullish(),
  targetCertificateTypeId: ZId.nullish(),
  provider: ZText({ max: 300 }).nullish(),
  startDate: ZDateInput.nullish(),
  expectedEndDate: ZDateInput.nullish(),
  costCents: z.number().int().min(0).max(100_000_000).nullish(),
  notes: ZMultilineText({ max: 4000 }).nullish(),
};

export const ZDevelopmentActionCreate = z.object({
  type: ZDevelopmentActionType,
  ...fields,
  /** New actions start planned (default) or already running. */
  status: z.enum(['planned', 'in_progress']).optional(),
});
export type TDevelopmentActionCreate = z.infer<typeof ZDevelopmentActionCreate>;

export const ZDevelopmentActionUpdate = z
  .object({
    type: ZDevelopmentActionType,
    ...fields,
    status: ZDevelopmentStatus,
    version: z.number().int().min(1),
  })
  .partial();
export type TDevelopmentActionUpdate = z.infer<typeof ZDevelopmentActionUpdate>;

export const ZDevelopmentActionListQuery = ZPageQuery.extend({
  status: ZDevelopmentStatus.optional(),
  type: ZDevelopmentActionType.optional(),
  employeeId: ZId.optional(),
  teamId: ZId.optional(),
  area: ZAreaId.optional(),
  /** Only open actions past their expected end (rule 11). */
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

/** One field an edit changed, as stored before and after (dates as ISO strings, cost in cents). */
export const ZActionFieldChange = z.object({
  field: z.string(),
  from: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  to: z.union([z.string(), z.number(), z.boolean()]).nullable(),
});

/** One entry of an action's history: who did what when, from the audit trail. */
export const ZActionHistoryEntry = z.object({
  id: ZId,
  at: ZIsoDateTime,
  /** create, update, delete or another audited step. */
  action: z.string(),
  actorName: z.string().nullable(),
  changes: z.array(ZActionFieldChange),
});
export type TActionHistoryEntry = z.infer<typeof ZActionHistoryEntry>;

/** `GET /api/development-actions/:id/history`: oldest first. */
export const ZActionHistory = z.object({ items: z.array(ZActionHistoryEntry) });
export type TActionHistory = z.infer<typeof ZActionHistory>;

/** The transitions the API allows; everything else is 409 `invalid_status_transition`. */
export const DEVELOPMENT_STATUS_TRANSITIONS: Readonly<
  Record<z.infer<typeof ZDevelopmentStatus>, readonly z.infer<typeof ZDevelopmentStatus>[]>
> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};
