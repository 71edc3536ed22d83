import { z } from 'zod';
import { ZInvitation, ZInvitationAccept } from './auth.js';
import { ZId, ZIsoDateTime, ZMemberRole, ZPageQuery, ZText } from './common.js';

/** A login of the organisation: its role, the linked employee record and the teams it leads. */
export const ZMember = z.object({
  id: ZId,
  userId: ZId,
  email: z.string(),
  name: z.string(),
  role: ZMemberRole,
  employee: z.object({ id: ZId, name: z.string() }).nullable(),
  managedTeams: z.array(z.object({ id: ZId, name: z.string() })),
  disabled: z.boolean(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TMember = z.infer<typeof ZMember>;

export const ZMemberListQuery = ZPageQuery.extend({
  role: ZMemberRole.optional(),
  q: ZText({ max: 200 }).optional(),
});

export const ZMemberUpdate = z.object({
  role: ZMemberRole.optional(),
  employeeId: ZId.nullable().optional(),
  /** Replaces the set of teams the member leads. */
  managedTeamIds: z.array(ZId).max(500).optional(),
});
export type TMemberUpdate = z.infer<typeof ZMemberUpdate>;

export const ZInvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export type TInvitationStatus = z.infer<typeof ZInvitationStatus>;

export const ZInvitationListQuery = ZPageQuery.extend({
  status: ZInvitationStatus.optional(),
});

export const ZInvitationPreviewQuery = z.object({ token: z.string().min(20).max(200) });

/** Accepting an invitation signs in, like login: `session` picks cookie (default) or token. */
export const ZInvitationAcceptBody = ZInvitationAccept.extend({
  session: z.enum(['cookie', 'token']).default('cookie'),
});

export { ZInvitation };
