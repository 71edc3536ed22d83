import { ZAuthSession, ZLoginBody, ZMe, ZRefreshBody } from '@teamspiegel/domain/api/auth';
import { ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyPassword } from '../../lib/passwords.ts';
import { unauthorized } from '../../lib/problem.ts';
import type { AccessTokenClaims } from '../../plugins/external/jwt.ts';
import {
  familyOfRefreshToken,
  issueSession,
  membershipsOf,
  revokeSession,
  rotateRefreshToken,
} from '../../services/sessions.ts';

export const REFRESH_COOKIE = 'ts_refresh';

/** The session named by a valid access token sent along with a logout, if any. */
async function sessionOfAccessToken(request: FastifyRequest): Promise<string | null> {
  if (!request.headers.authorization) return null;
  try {
    return (await request.jwtVerify<AccessTokenClaims>()).sid ?? null;
  } catch {
    return null;
  }
}

export default async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  function setRefreshCookie(reply: FastifyReply, token: string, expiresAt: string) {
    reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      secure: fastify.config.env === 'production',
      sameSite: 'strict',
      path: '/api/auth',
      expires: new Date(expiresAt),
    });
  }

  function respond(
    reply: FastifyReply,
    session: Awaited<ReturnType<typeof issueSession>>,
    mode: 'cookie' | 'token',
  ) {
    const { refreshToken, ...rest } = session;
    if (mode === 'token') return { ...rest, refreshToken };
    if (refreshToken) setRefreshCookie(reply, refreshToken, session.refreshTokenExpiresAt);
    return rest;
  }

  app.post(
    '/api/auth/login',
    {
      preHandler: async (request, reply) => {
        await fastify.signInAttempts.assertAllowed(request, reply, request.body.email);
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        security: [],
        body: ZLoginBody,
        response: { 200: ZAuthSession, 400: ZProblem, 401: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { email, password, organisationId, session: mode } = request.body;
      const user = await fastify.db.user.findUnique({ where: { email } });
      const valid = await verifyPassword(user?.passwordHash, password);
      if (!user || !valid || user.disabledAt) {
        await fastify.signInAttempts.recordFailure(request, email);
        throw unauthorized('invalid_credentials', 'E-mail address or password is incorrect.');
      }
      const memberships = await membershipsOf(fastify.systemDb, user.id);
      const membership = organisationId
        ? (memberships.find((m) => m.organisation.id === organisationId) ?? null)
        : (memberships[0] ?? null);
      if (!membership && (organisationId || !user.isPlatformAdmin)) {
        throw unauthorized('no_membership', 'This account has no access to that organisation.');
      }
      const session = await issueSession(fastify, {
        user,
        membership,
        memberships,
        userAgent: request.headers['user-agent'],
      });
      return respond(reply, session, mode);
    },
  );

  app.post(
    '/api/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Exchange a refresh token (cookie or body) for a new access token; the refresh token rotates',
        security: [],
        body: ZRefreshBody,
        response: { 200: ZAuthSession, 400: ZProblem, 401: ZProblem },
      },
    },
    async (request, reply) => {
      const fromBody = request.body?.refreshToken;
      const presented = fromBody ?? request.cookies[REFRESH_COOKIE];
      if (!presented) throw unauthorized('refresh_missing', 'No session to refresh; sign in.');
      const session = await rotateRefreshToken(fastify, presented, request.headers['user-agent']);
      return respond(reply, session, request.body?.session ?? (fromBody ? 'token' : 'cookie'));
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Revoke the session (its whole refresh-token family), named by the refresh token or the access token',
        security: [],
        body: ZRefreshBody,
        response: { 204: z.null(), 400: ZProblem },
      },
    },
    async (request, reply) => {
      const presented = request.body?.refreshToken ?? request.cookies[REFRESH_COOKIE];
      const families = new Set<string>();
      const fromRefresh = presented ? await familyOfRefreshToken(fastify.systemDb, presented) : null;
      if (fromRefresh) families.add(fromRefresh);
      const fromAccess = await sessionOfAccessToken(request);
      if (fromAccess) families.add(fromAccess);
      for (const familyId of families) await revokeSession(fastify, familyId);
      reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      preHandler: fastify.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Who am I: user, organisation, role, own employee record and led teams',
        response: { 200: ZMe, 401: ZProblem },
      },
    },
    async (request: FastifyRequest) => {
      const userId = request.user.sub;
      const user = await fastify.db.user.findUnique({ where: { id: userId } });
      if (!user || user.disabledAt) throw unauthorized('account_disabled', 'The account is disabled.');
      const memberships = await membershipsOf(fastify.systemDb, userId);
      const actor = request.actor;
      const membership = actor ? memberships.find((m) => m.id === actor.memberId) : undefined;
      if (actor && !membership)
        throw unauthorized('membership_ended', 'You are no longer a member of this organisation.');
      const managed = actor
        ? await fastify.db.managedTeam.findMany({
            where: { organisationId: actor.organisationId, memberId: actor.memberId },
            select: { teamId: true },
            orderBy: { teamId: 'asc' },
          })
        : [];
      return {
        user: { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin },
        organisation: membership?.organisation ?? null,
        role: membership?.role ?? null,
        employeeId: membership?.employeeId ?? null,
        managedTeamIds: managed.map((m) => m.teamId),
        organisations: memberships.map((m) => ({ ...m.organisation, role: m.role })),
      };
    },
  );
}
