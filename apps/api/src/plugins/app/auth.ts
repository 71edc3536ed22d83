import { type MemberRole, type Permission, PLATFORM_ADMIN, scopeOf } from '@teamspiegel/domain/access';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { forbidden, unauthorized } from '../../lib/problem.ts';
import { sessionIsActive, sessionLiveSql } from '../../services/sessions.ts';
import type { AccessTokenClaims } from '../external/jwt.ts';

/** Who is calling, in which organisation, with which role. Passed explicitly to every service. */
export type Actor = {
  userId: string;
  organisationId: string;
  role: MemberRole;
  memberId: string;
  employeeId: string | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    isPlatformAdmin: boolean;
  }
  interface FastifyInstance {
    /** Verifies the access token; 401 otherwise. */
    authenticate: preHandlerAsyncHookHandler;
    /**
     * Verifies the token and that the caller holds at least one of these permissions of the
     * permissions table (@teamspiegel/domain/access); 403 `forbidden` otherwise. Tenant permissions
     * need an organisation; the platform administrator's need the platform flag.
     */
    requirePermission: (...permissions: [Permission, ...Permission[]]) => preHandlerAsyncHookHandler;
    /** Drops a session from the cache of live sessions (after logout or revocation). */
    forgetSession: (familyId: string) => void;
  }
}

/** How long a live session is believed without asking the database again (reads only). */
const SESSION_CACHE_MS = 5_000;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function tokenError(error: unknown) {
  const code = (error as { code?: string }).code;
  if (code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED')
    return unauthorized('token_expired', 'The access token expired.');
  if (code === 'FST_JWT_NO_AUTHORIZATION_IN_HEADER') return unauthorized('unauthenticated', 'Sign in first.');
  return unauthorized('token_invalid', 'The access token is invalid.');
}

/** The actor of an authenticated, organisation-scoped request. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw forbidden('This action needs an organisation.');
  return request.actor;
}

export default fp(
  async (fastify: FastifyInstance) => {
    fastify.decorateRequest('actor', null);
    fastify.decorateRequest('isPlatformAdmin', false);

    const liveSessions = new LRUCache<string, true>({ max: 10_000, ttl: SESSION_CACHE_MS });
    fastify.decorate('forgetSession', (familyId: string) => {
      liveSessions.delete(familyId);
    });

    /** A read's session must not be logged out or revoked (believed for a few seconds). */
    async function assertSessionActive(familyId: string) {
      if (liveSessions.has(familyId)) return;
      if (!(await sessionIsActive(fastify.systemDb, familyId)))
        throw unauthorized('session_ended', 'The session ended; sign in again.');
      liveSessions.set(familyId, true);
    }

    /**
     * A write needs a live session and the membership as the token describes it: still there, same
     * role, account not disabled. Asked fresh on every write, so a removed or demoted person cannot
     * write with a token issued before. One statement for both: a round trip is a good part of what
     * a write costs the API.
     */
    async function assertWriterCurrent(actor: Actor, familyId: string) {
      const [current] = await fastify.systemDb.$queryRaw<
        Array<{ sessionLive: boolean; role: string | null }>
      >`
        SELECT
          ${sessionLiveSql(familyId)} AS "sessionLive",
          (SELECT member.role::text FROM "OrganisationMember" member
            JOIN "User" account ON account.id = member."userId" AND account."disabledAt" IS NULL
            WHERE member."organisationId" = ${actor.organisationId}::uuid AND member.id = ${actor.memberId}::uuid
            AND member."userId" = ${actor.userId}::uuid) AS role`;
      if (!current?.sessionLive) {
        liveSessions.delete(familyId);
        throw unauthorized('session_ended', 'The session ended; sign in again.');
      }
      liveSessions.set(familyId, true);
      if (current.role === null)
        throw unauthorized('membership_ended', 'You are no longer a member of this organisation.');
      if (current.role !== actor.role)
        throw unauthorized('role_changed', 'Your role in this organisation changed; sign in again.');
    }

    /** Platform administration, too, is asked afresh on every write. */
    async function assertStillPlatformAdmin(userId: string) {
      const user = await fastify.systemDb.user.findFirst({
        where: { id: userId, isPlatformAdmin: true, disabledAt: null },
        select: { id: true },
      });
      if (!user)
        throw unauthorized('role_changed', 'You are no longer a platform administrator; sign in again.');
    }

    async function verify(request: FastifyRequest) {
      let claims: AccessTokenClaims;
      try {
        claims = await request.jwtVerify<AccessTokenClaims>();
      } catch (error) {
        throw tokenError(error);
      }
      request.isPlatformAdmin = claims.adm === true;
      const write = !READ_METHODS.has(request.method);
      if (claims.adm && write) await assertStillPlatformAdmin(claims.sub);
      if (!claims.org || !claims.role || !claims.mid) return;
      // Every organisation token belongs to a session; one without is not one of ours.
      if (!claims.sid) throw unauthorized('token_invalid', 'The access token is invalid.');
      const actor: Actor = {
        userId: claims.sub,
        organisationId: claims.org,
        role: claims.role,
        memberId: claims.mid,
        employeeId: claims.eid ?? null,
      };
      if (write) await assertWriterCurrent(actor, claims.sid);
      else await assertSessionActive(claims.sid);
      request.actor = actor;
    }

    fastify.decorate('authenticate', async (request: FastifyRequest, _reply: FastifyReply) => {
      await verify(request);
    });

    fastify.decorate('requirePermission', (...permissions: [Permission, ...Permission[]]) => {
      const platformOnly = permissions.every((permission) => scopeOf(PLATFORM_ADMIN, permission) !== null);
      return async (request: FastifyRequest, _reply: FastifyReply) => {
        await verify(request);
        if (request.isPlatformAdmin && permissions.some((p) => scopeOf(PLATFORM_ADMIN, p) !== null)) return;
        if (platformOnly) throw forbidden('Only a platform administrator may do this.');
        if (!request.actor) throw forbidden('This action needs an organisation.');
        const role = request.actor.role;
        if (!permissions.some((permission) => scopeOf(role, permission) !== null)) {
          throw forbidden(`Your role (${role}) lacks the permission ${permissions.join(' or ')}.`);
        }
      };
    });
  },
  { name: 'auth', dependencies: ['jwt', 'prisma'] },
);
