import { randomUUID } from 'node:crypto';
import type { MemberRole } from '@teamspiegel/domain/access';
import type { TAuthSession } from '@teamspiegel/domain/api/auth';
import type { FastifyInstance } from 'fastify';
import { Prisma } from '../generated/prisma/client.ts';
import { unauthorized } from '../lib/problem.ts';
import { hashToken, newOpaqueToken, tokenWhere } from '../lib/tokens.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';
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

// Sessions cross organisations by nature (a person's memberships, a refresh token found by its
// hash before its organisation is known), so this module works with `fastify.systemDb`.

/**
 * Signs an access token and, when the user acts in an organisation, opens (or continues,
 * with `familyId`) a rotating refresh-token family. The access token names its family (`sid`), so
 * logging out ends the access token too. Only the refresh token's hash is stored.
 */
export async function issueSession(
  fastify: FastifyInstance,
  input: {
    user: UserRow;
    membership: MembershipRow | null;
    memberships: MembershipRow[];
    familyId?: string;
    userAgent?: string | undefined;
    /** Within a rotation: revokes the presented token in the same transaction (false: lost a race). */
    claim?: (tx: Tx, successorId: string) => Promise<boolean>;
  },
): Promise<TAuthSession & { refreshToken: string | undefined }> {
  const { user, membership } = input;
  const familyId = input.familyId ?? randomUUID();
  const claims: AccessTokenClaims = { sub: user.id };
  if (user.isPlatformAdmin) claims.adm = true;
  if (membership) {
    claims.org = membership.organisation.id;
    claims.role = membership.role;
    claims.mid = membership.id;
    if (membership.employeeId) claims.eid = membership.employeeId;
    claims.sid = familyId;
  }
  const refreshExpiresAt = new Date(Date.now() + fastify.config.refreshTokenTtlDays * 86_400_000);
  let refreshToken: string | undefined;
  if (membership) {
    const token = newOpaqueToken(membership.organisation.id);
    await fastify.systemDb.$transaction(async (tx) => {
      const created = await tx.refreshToken.create({
        data: {
          userId: user.id,
          organisationId: membership.organisation.id,
          familyId,
          tokenHash: hashToken(token),
          expiresAt: refreshExpiresAt,
          userAgent: input.userAgent?.slice(0, 300) ?? null,
        },
        select: { id: true },
      });
      if (input.claim && !(await input.claim(tx, created.id))) throw new LostRotationRace();
    });
    refreshToken = token;
  }
  return {
    accessToken: fastify.jwt.sign(claims),
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

/** Another request rotated the same refresh token first. */
class LostRotationRace extends Error {}

type StoredRefreshToken = {
  id: string;
  familyId: string;
  revokedAt: Date | null;
  replacedById: string | null;
};

/**
 * A token rotated moments ago may still refresh once more: two requests of one browser near
 * expiry both present it, and the loser must not end the session. Only while the family lives
 * (no logout, no replay detected) and within the grace period.
 */
async function withinGrace(fastify: FastifyInstance, stored: StoredRefreshToken): Promise<boolean> {
  if (!stored.revokedAt || !stored.replacedById) return false;
  if (Date.now() - stored.revokedAt.getTime() > fastify.config.refreshGraceSeconds * 1000) return false;
  return sessionIsActive(fastify.systemDb, stored.familyId);
}

/**
 * The rule of a live session as SQL: the family has an unrevoked, unexpired refresh token. A write's
 * check (plugins/app/auth.ts) asks it in the same statement as the membership.
 */
export function sessionLiveSql(familyId: string) {
  return Prisma.sql`EXISTS (SELECT 1 FROM "RefreshToken" WHERE "familyId" = ${familyId}::uuid
    AND "revokedAt" IS NULL AND "expiresAt" > (now() AT TIME ZONE 'UTC'))`;
}

/** True while the family (the session) has an unrevoked, unexpired refresh token. */
export async function sessionIsActive(db: Db, familyId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<Array<{ live: boolean }>>`SELECT ${sessionLiveSql(familyId)} AS live`;
  return row?.live === true;
}

/**
 * Rotates a refresh token: the presented one is revoked and replaced within its family.
 * Presenting an already rotated token means it was stolen or replayed: the whole family is
 * revoked — unless it was rotated within the grace period (a concurrent request of the same
 * browser), which then gets a sibling token in the same family.
 */
export async function rotateRefreshToken(fastify: FastifyInstance, presented: string, userAgent?: string) {
  const db = fastify.systemDb;
  const lookup = tokenWhere(presented);
  const stored = await db.refreshToken.findFirst({ where: lookup });
  if (!stored) throw unauthorized('refresh_invalid', 'The session is unknown; sign in again.');
  if (stored.expiresAt <= new Date())
    throw unauthorized('refresh_expired', 'The session expired; sign in again.');
  if (stored.revokedAt && !(await withinGrace(fastify, stored))) await replayed(fastify, stored.familyId);

  const user = await db.user.findUnique({ where: { id: stored.userId } });
  if (!user || user.disabledAt) throw unauthorized('account_disabled', 'The account is disabled.');
  const memberships = await membershipsOf(db, user.id);
  const membership = memberships.find((m) => m.organisation.id === stored.organisationId) ?? null;
  if (!membership) throw unauthorized('membership_ended', 'You are no longer a member of this organisation.');

  const session = (claim?: (tx: Tx, successorId: string) => Promise<boolean>) =>
    issueSession(fastify, { user, membership, memberships, familyId: stored.familyId, userAgent, claim });
  if (stored.revokedAt) return session();
  try {
    return await session(async (tx, successorId) => {
      const claimed = await tx.refreshToken.updateMany({
        where: { organisationId: stored.organisationId, id: stored.id, revokedAt: null },
        data: { revokedAt: new Date(), replacedById: successorId },
      });
      return claimed.count === 1;
    });
  } catch (error) {
    if (!(error instanceof LostRotationRace)) throw error;
    // A concurrent request rotated it first: the grace rule decides, on the committed row.
    const current = await db.refreshToken.findFirstOrThrow({ where: lookup });
    if (!(await withinGrace(fastify, current))) await replayed(fastify, current.familyId);
    return session();
  }
}

async function replayed(fastify: FastifyInstance, familyId: string): Promise<never> {
  await revokeSession(fastify, familyId);
  throw unauthorized('refresh_reused', 'The session was already used; sign in again.');
}

/** Ends a session: every refresh token of the family, and with them the family's access tokens. */
export async function revokeSession(fastify: FastifyInstance, familyId: string) {
  await fastify.systemDb.refreshToken.updateMany({
    where: { familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  fastify.forgetSession(familyId);
}

/** The family of a presented refresh token, if it is one of ours. */
export async function familyOfRefreshToken(db: Db, presented: string): Promise<string | null> {
  const stored = await db.refreshToken.findFirst({
    where: tokenWhere(presented),
    select: { familyId: true },
  });
  return stored?.familyId ?? null;
}
