import { randomUUID } from 'node:crypto';
import type { MemberRole } from '@teamspiegel/domain/access';
import type { TAuthSession } from '@teamspiegel/domain/api/auth';
import type { FastifyInstance } from 'fastify';
import { unauthorized } from '../lib/problem.ts';
import { hashToken, newOpaqueToken } from '../lib/tokens.ts';
import type { Db } from '../plugins/app/prisma.ts';
import type { AccessTokenClaims } from '../plugins/external/jwt.ts';

type UserRow = { id: string; email: string; name: string; isPlatformAdmin: boolean };
type MembershipRow = {
  id: string;
  role: MemberRole;
  employeeId: string | null;
  organisation: { id: string; name: string; slug: string };
};

/** A user's organisations, oldest membership first (the default one to act in). */
export async function membershipsOf(db: Db, userId: string): Promise<MembershipRow[]> {
  return db.organisationMember.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      role: true,
      employeeId: true,
      organisation: { select: { id: true, name: true, slug: true } },
    },
  });
}

/**
 * Signs an access token and, when the user acts in an organisation, opens (or continues,
 * with `familyId`) a rotating refresh-token family. Only the token's hash is stored.
 */
export async function issueSession(
  fastify: FastifyInstance,
  input: {
    user: UserRow;
    membership: MembershipRow | null;
    memberships: MembershipRow[];
    familyId?: string;
    userAgent?: string | undefined;
  },
): Promise<TAuthSession & { refreshToken: string | undefined }> {
  const { user, membership } = input;
  const claims: AccessTokenClaims = { sub: user.id };
  if (user.isPlatformAdmin) claims.adm = true;
  if (membership) {
    claims.org = membership.organisation.id;
    claims.role = membership.role;
    claims.mid = membership.id;
    if (membership.employeeId) claims.eid = membership.employeeId;
  }
  const accessToken = fastify.jwt.sign(claims);
  const refreshExpiresAt = new Date(Date.now() + fastify.config.refreshTokenTtlDays * 86_400_000);
  let refreshToken: string | undefined;
  if (membership) {
    refreshToken = newOpaqueToken();
    await fastify.db.refreshToken.create({
      data: {
        userId: user.id,
        organisationId: membership.organisation.id,
        familyId: input.familyId ?? randomUUID(),
        tokenHash: hashToken(refreshToken),
        expiresAt: refreshExpiresAt,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      },
    });
  }
  return {
    accessToken,
    tokenType: 'Bearer',
    expiresIn: fastify.config.jwt.accessTtlSeconds,
    refreshToken,
    refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
    user: { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin },
    organisation: membership ? membership.organisation : null,
    role: membership?.role ?? null,
    employeeId: membership?.employeeId ?? null,
    organisations: input.memberships.map((m) => ({ ...m.organisation, role: m.role })),
  };
}

/**
 * Rotates a refresh token: the presented one is revoked and replaced within its family.
 * Presenting an already rotated token means it was stolen or replayed: the whole family is revoked.
 */
export async function rotateRefreshToken(fastify: FastifyInstance, presented: string, userAgent?: string) {
  const db = fastify.db;
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(presented) } });
  if (!stored) throw unauthorized('refresh_invalid', 'The session is unknown; sign in again.');
  if (stored.revokedAt) {
    await db.refreshToken.updateMany({
      where: { familyId: stored.familyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    throw unauthorized('refresh_reused', 'The session was already used; sign in again.');
  }
  if (stored.expiresAt <= new Date())
    throw unauthorized('refresh_expired', 'The session expired; sign in again.');

  const claimed = await db.refreshToken.updateMany({
    where: { id: stored.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (claimed.count !== 1)
    throw unauthorized('refresh_reused', 'The session was already used; sign in again.');

  const user = await db.user.findUnique({ where: { id: stored.userId } });
  if (!user || user.disabledAt) throw unauthorized('account_disabled', 'The account is disabled.');
  const memberships = await membershipsOf(db, user.id);
  const membership = memberships.find((m) => m.organisation.id === stored.organisationId) ?? null;
  if (!membership) throw unauthorized('membership_ended', 'You are no longer a member of this organisation.');

  const session = await issueSession(fastify, {
    user,
    membership,
    memberships,
    familyId: stored.familyId,
    userAgent,
  });
  const replacement = await db.refreshToken.findUnique({
    where: { tokenHash: hashToken(session.refreshToken ?? '') },
    select: { id: true },
  });
  await db.refreshToken.update({ where: { id: stored.id }, data: { replacedById: replacement?.id ?? null } });
  return session;
}

export async function revokeRefreshFamily(db: Db, presented: string) {
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(presented) } });
  if (!stored) return;
  await db.refreshToken.updateMany({
    where: { familyId: stored.familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
