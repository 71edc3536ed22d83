import { z } from 'zod';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZPageQuery, ZQueryBoolean } from './common.js';

export const ZRoleAssignment = z.object({
  id: ZId,
  employeeId: ZId,
  employee: z.object({ id: ZId, fullName: z.string() }),
  roleDefinitionId: ZId,
  roleDefinition: z.object({ id: ZId, key: z.string(), labelNl: z.string(), labelEn: z.string() }),
  teamId: ZId.nullable(),
  team: z.object({ id: ZId, name: z.string() }).nullable(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  /** The assignment runs today. */
  current: z.boolean(),
  /** Coach hours a year (Wet IKK, rule 15); null when not a coach assignment. */
  coachHoursPerYear: z.number().nullable(),
  createdAt: ZIsoDateTime,
});
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;

/** Coach hours a year on a coach's assignment (Wet IKK): at most a full year's contract hours. */
export const ZCoachHoursPerYear = z.number().min(0).max(5000);

export const ZRoleAssignmentCreate = z.object({
  employeeId: ZId,
  roleDefinitionId: ZId,
  teamId: ZId.nullish(),
  /** Defaults to today. */
  startDate: ZDateInput.optional(),
  endDate: ZDateInput.nullish(),
  coachHoursPerYear: ZCoachHoursPerYear.nullish(),
});
export type TRoleAssignmentCreate = z.infer<typeof ZRoleAssignmentCreate>;

/** Employee and role are fixed; end the assignment and create another to change them. */
export const ZRoleAssignmentUpdate = z.object({
  teamId: ZId.nullish(),
  startDate: ZDateInput.optional(),
  endDate: ZDateInput.nullish(),
  coachHoursPerYear: ZCoachHoursPerYear.nullish(),
});
export type TRoleAssignmentUpdate = z.infer<typeof ZRoleAssignmentUpdate>;

export const ZRoleAssignmentListQuery = ZPageQuery.extend({
  employeeId: ZId.optional(),
  roleDefinitionId: ZId.optional(),
  teamId: ZId.optional(),
  current: ZQueryBoolean.optional(),
});
export type TRoleAssignmentListQuery = z.infer<typeof ZRoleAssignmentListQuery>;
