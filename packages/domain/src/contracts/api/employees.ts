import { z } from 'zod';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZPageQuery, ZQueryBoolean, ZText } from './common.js';

export const ZAssessmentStatus = z.enum(['self_assessed', 'validated']);
export type TAssessmentStatus = z.infer<typeof ZAssessmentStatus>;

/** A person's current level per coverage area (only areas with a level are present). */
export const ZCurrentLevels = z.partialRecord(
  ZAreaId,
  z.object({ level: ZLevelId, status: ZAssessmentStatus }),
);
export type TCurrentLevels = z.infer<typeof ZCurrentLevels>;

export const ZTeamRef = z.object({ id: ZId, name: z.string() });
export type TTeamRef = z.infer<typeof ZTeamRef>;

export const ZEmployee = z.object({
  id: ZId,
  firstName: z.string(),
  lastName: z.string(),
  fullName: z.string(),
  email: z.string(),
  jobTitle: z.string().nullable(),
  fte: z.number(),
  active: z.boolean(),
  startDate: ZIsoDate.nullable(),
  /** Contract end: the last working day (set when a leaver is deactivated). */
  endDate: ZIsoDate.nullable(),
  version: z.number().int(),
  /** Teams of the memberships that run today. */
  teams: z.array(ZTeamRef),
  levels: ZCurrentLevels,
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TEmployee = z.infer<typeof ZEmployee>;

const ZName = ZText({ min: 1, max: 100 });

export const ZEmployeeCreate = z.object({
  firstName: ZName,
  lastName: ZName,
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  jobTitle: ZText({ max: 200 }).nullish(),
  /** Contract size (1.0 = full time). */
  fte: z.number().gt(0).max(2).optional(),
  active: z.boolean().optional(),
  startDate: ZDateInput.nullish(),
  endDate: ZDateInput.nullish(),
});
export type TEmployeeCreate = z.infer<typeof ZEmployeeCreate>;

export const ZEmployeeUpdate = ZEmployeeCreate.partial().extend({
  version: z.number().int().min(1).optional(),
});
export type TEmployeeUpdate = z.infer<typeof ZEmployeeUpdate>;

export const ZEmployeeListQuery = ZPageQuery.extend({
  /** Matches first name, last name, "first last" or e-mail (case-insensitive, substring). */
  q: ZText({ min: 1, max: 200 }).optional(),
  /** Current member of this team. */
  teamId: ZId.optional(),
  /** Current member of a team at this site. */
  siteId: ZId.optional(),
  active: ZQueryBoolean.optional(),
  /** Holds this catalogue role today (a current role assignment). */
  roleDefinitionId: ZId.optional(),
  /** With `minLevel`: people whose current level in this area has at least that rank. */
  area: ZAreaId.optional(),
  minLevel: ZLevelId.optional(),
}).refine((query) => query.minLevel === undefined || query.area !== undefined, {
  message: 'minLevel needs area',
  path: ['area'],
});
export type TEmployeeListQuery = z.infer<typeof ZEmployeeListQuery>;

/**
 * Deactivate a leaver (POST /api/employees/:id/deactivate): from `date` on she is gone. Her
 * memberships end the day before (the last working day), her open development actions are
 * cancelled, her levels stay as history. Send If-Match (or `version`).
 */
export const ZEmployeeDeactivate = z.object({
  /** The first day she no longer works here. */
  date: ZDateInput,
  version: z.number().int().min(1).optional(),
});
export type TEmployeeDeactivate = z.infer<typeof ZEmployeeDeactivate>;

export const ZEmployeeDeactivation = z.object({
  employee: ZEmployee,
  /** Memberships ended (or, not yet started, removed). */
  membershipsEnded: z.number().int().min(0),
  /** Open development actions cancelled. */
  actionsCancelled: z.number().int().min(0),
  /** Role assignments ended the day before the date (or, not yet started, removed). */
  roleAssignmentsEnded: z.number().int().min(0),
});
export type TEmployeeDeactivation = z.infer<typeof ZEmployeeDeactivation>;
