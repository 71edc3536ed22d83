import { type MemberRole, type Permission, PLATFORM_ADMIN, scopeOf } from '@teamspiegel/domain/access';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../../lib/problem.ts';
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
  }
}

async function verify(request: FastifyRequest) {
  try {
    const claims = await request.jwtVerify<AccessTokenClaims>();
    request.isPlatformAdmin = claims.adm === true;
    if (claims.org && claims.role && claims.mid) {
      request.actor = {
        userId: claims.sub,
        organisationId: claims.org,
        role: claims.role,
        memberId: claims.mid,
        employeeId: claims.eid ?? null,
      };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED')
      throw unauthorized('token_expired', 'The access token expired.');
    if (code === 'FST_JWT_NO_AUTHORIZATION_IN_HEADER')
      throw unauthorized('unauthenticated', 'Sign in first.');
    throw unauthorized('token_invalid', 'The access token is invalid.');
  }
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
  { name: 'auth', dependencies: ['jwt'] },
);
