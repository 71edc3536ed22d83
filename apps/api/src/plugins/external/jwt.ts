import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { MemberRole } from '@teamspiegel/domain/access';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Claims of our short-lived access token. */
export type AccessTokenClaims = {
  sub: string;
  /** Organisation (tenant) the token acts in; absent for a platform administrator without one. */
  org?: string;
  role?: MemberRole;
  /** OrganisationMember id. */
  mid?: string;
  /** The member's own Employee id, when linked. */
  eid?: string;
  /** Platform administrator. */
  adm?: boolean;
  /** The session (refresh-token family) the token belongs to; logging out ends it. */
  sid?: string;
};

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenClaims;
    user: AccessTokenClaims;
  }
}

/**
 * JWT with the algorithm pinned; a token without expiry, issuer, audience or subject is refused,
 * and issuer and audience must be ours. Cookies for refresh tokens.
 */
export default fp(
  async (fastify: FastifyInstance) => {
    const { jwt: settings } = fastify.config;
    await fastify.register(cookie);
    await fastify.register(jwt, {
      secret: settings.secret,
      sign: {
        algorithm: 'HS256',
        iss: settings.issuer,
        aud: settings.audience,
        // fast-jwt reads a bare number as milliseconds, @fastify/jwt as seconds: a unit string is unambiguous.
        expiresIn: `${settings.accessTtlSeconds}s`,
      },
      verify: {
        algorithms: ['HS256'],
        allowedIss: settings.issuer,
        allowedAud: settings.audience,
        requiredClaims: ['exp', 'iss', 'aud', 'sub'],
      },
    });
  },
  { name: 'jwt', dependencies: ['config'] },
);
