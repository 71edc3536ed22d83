import { z } from 'zod';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZPageQuery, ZQueryBoolean, ZText } from './common.js';

/** An FTE share of one team (the person's contract may be split over several teams). */
export const ZFteShare = z.number().gt(0).max(2);

export const ZMembership = z.object({
  id: ZId,
  teamId: ZId,
  team: z.object({ id: ZId, name: z.string() }),
  employeeId: ZId,
  employee: z.object({ id: ZId, fullName: z.string() }),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  roleInTeam: z.string().nullable(),
  /** Share of the person's FTE spent in this team (null: not recorded). */
  fte: z.number().nullable(),
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
  fte: ZFteShare.nullish(),
});
export type TMembershipCreate = z.infer<typeof ZMembershipCreate>;

/** Team and employee are fixed; move someone by ending this membership and creating another. */
export const ZMembershipUpdate = z.object({
  startDate: ZDateInput.optional(),
  endDate: ZDateInput.nullish(),
  roleInTeam: ZText({ max: 200 }).nullish(),
  fte: ZFteShare.nullish(),
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

/**
 * Move someone to another team (POST /api/memberships/:id/move), in one transaction: the
 * membership `:id` ends the day before `date`, a membership of `toTeamId` starts on `date`.
 * Send If-Match (or `version`) of the membership being ended.
 */
export const ZMembershipMove = z.object({
  toTeamId: ZId,
  /** The first day in the new team. */
  date: ZDateInput,
  /** FTE share in the new team (default: the share of the old membership). */
  fte: ZFteShare.nullish(),
  roleInTeam: ZText({ max: 200 }).nullish(),
  version: z.number().int().min(1).optional(),
});
export type TMembershipMove = z.infer<typeof ZMembershipMove>;

export const ZMembershipMoved = z.object({ ended: ZMembership, started: ZMembership });
export type TMembershipMoved = z.infer<typeof ZMembershipMoved>;
