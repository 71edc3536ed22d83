import { z } from 'zod';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZPageQuery, ZQueryBoolean, ZText } from './common.js';

export const ZMembership = z.object({
  id: ZId,
  teamId: ZId,
  team: z.object({ id: ZId, name: z.string() }),
  employeeId: ZId,
  employee: z.object({ id: ZId, fullName: z.string() }),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  roleInTeam: z.string().nullable(),
  /** The membership runs today. */
  current: z.boolean(),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TMembership = z.infer<typeof ZMembership>;

export const ZMembershipCreate = z.object({
  teamId: ZId,
  employeeId: ZId,
  startDate: ZDateInput,
  endDate: ZDateInput.nullish(),
  roleInTeam: ZText({ max: 200 }).nullish(),
});
export type TMembershipCreate = z.infer<typeof ZMembershipCreate>;

/** Team and employee are fixed; move someone by ending this membership and creating another. */
export const ZMembershipUpdate = z.object({
  startDate: ZDateInput.optional(),
  endDate: ZDateInput.nullish(),
  roleInTeam: ZText({ max: 200 }).nullish(),
  version: z.number().int().min(1).optional(),
});
export type TMembershipUpdate = z.infer<typeof ZMembershipUpdate>;

export const ZMembershipListQuery = ZPageQuery.extend({
  teamId: ZId.optional(),
  employeeId: ZId.optional(),
  /** true: runs today; false: ended or not yet started. */
  current: ZQueryBoolean.optional(),
});
export type TMembershipListQuery = z.infer<typeof ZMembershipListQuery>;
