import { z } from 'zod';
import { ZId, ZIsoDateTime, ZMemberRole, ZText } from './common.js';

export const ZEmail = z
  .email()
  .max(320)
  .transform((value) => value.trim().toLowerCase());

export const ZLoginBody = z.object({
  email: ZEmail,
  password: z.string().min(1).max(1024),
  /** Which organisation to act in, for people who belong to several; defaults to the first. */
  organisationId: ZId.optional(),
  /**
   * 'cookie' (default, browsers): the refresh token is set as an httpOnly cookie.
   * 'token' (server-side clients such as the web app's server): it is returned in the body.
   */
  session: z.enum(['cookie', 'token']).default('cookie'),
});
export type TLoginBody = z.input<typeof ZLoginBody>;

export const ZOrganisationChoice = z.object({
  id: ZId,
  name: z.string(),
  slug: z.string(),
  role: ZMemberRole,
});

export const ZSessionUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  isPlatformAdmin: z.boolean(),
});

export const ZAuthSession = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  refreshToken: z.string().optional(),
  refreshTokenExpiresAt: ZIsoDateTime,
  user: ZSessionUser,
  organisation: z.object({ id: ZId, name: z.string(), slug: z.string() }).nullable(),
  role: ZMemberRole.nullable(),
  employeeId: ZId.nullable(),
  organisations: z.array(ZOrganisationChoice),
});
export type TAuthSession = z.infer<typeof ZAuthSession>;

export const ZRefreshBody = z
  .object({
    refreshToken: z.string().min(20).max(200).optional(),
    session: z.enum(['cookie', 'token']).optional(),
  })
  // Browsers send no body at all: the refresh token travels in the cookie.
  .nullish();

export const ZMe = z.object({
  user: ZSessionUser,
  organisation: z.object({ id: ZId, name: z.string(), slug: z.string() }).nullable(),
  role: ZMemberRole.nullable(),
  employeeId: ZId.nullable(),
  managedTeamIds: z.array(ZId),
  organisations: z.array(ZOrganisationChoice),
});
export type TMe = z.infer<typeof ZMe>;

export const ZPasswordPolicy = z.string().min(10).max(1024);

export const ZInvitationCreate = z.object({
  email: ZEmail,
  name: ZText({ min: 1, max: 200 }),
  role: ZMemberRole,
  employeeId: ZId.nullish(),
  /** Only for the manager role: the teams the new login will lead. */
  managedTeamIds: z.array(ZId).max(500).optional(),
});

export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZMemberRole,
  employeeId: ZId.nullable(),
  /** The teams an invited manager will lead. */
  managedTeams: z.array(z.object({ id: ZId, name: z.string() })),
  expiresAt: ZIsoDateTime,
  acceptedAt: ZIsoDateTime.nullable(),
  revokedAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZInvitationAccept = z.object({
  token: z.string().min(20).max(200),
  password: ZPasswordPolicy,
  name: ZText({ min: 1, max: 200 }).optional(),
});

export const ZInvitationPreview = z.object({
  email: z.string(),
  name: z.string(),
  role: ZMemberRole,
  organisation: z.object({ name: z.string() }),
  accountExists: z.boolean(),
});
