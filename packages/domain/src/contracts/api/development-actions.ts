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
 * or certificate (`targetRoleDefinitionId`, `targetCompetency`, `targetCircle`,
 * `targetCertificateTypeId`: at most one, else 422 `one_target_only`), so role, competency,
 * surroundings and certificate gaps can be "al in het plan" (rule 7).
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
  targetCertificateTypeId: ZId.nullable(),
  provider: z.string().nullable(),
  status: ZDevelopmentStatus,
  startDate: ZIsoDate.nullable(),
  expectedEndDate: ZIsoDate.nullable(),
  completedAt: ZIsoDateTime.nullable(),
  costCents: z.number().int().nullable(),
  notes: z.string().nullable(),
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
  /** A course that obtains or renews this certificate (rule 10); counts as one of the targets. */
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
});

/** The transitions the API allows; everything else is 409 `invalid_status_transition`. */
export const DEVELOPMENT_STATUS_TRANSITIONS: Readonly<
  Record<z.infer<typeof ZDevelopmentStatus>, readonly z.infer<typeof ZDevelopmentStatus>[]>
> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};
