import { ZAuthSession, ZLoginBody, ZMe, ZRefreshBody } from '@teamspiegel/domain/api/auth';
import { ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyPassword } from '../../lib/passwords.ts';
import { ProblemError, unauthorized } from '../../lib/problem.ts';
import {
  issueSession,
  membershipsOf,
  revokeRefreshFamily,
  rotateRefreshToken,
} from '../../services/sessions.ts';

export const REFRESH_COOKIE = 'ts_refresh';

export default async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const windowMs = 15 * 60_000;
  // Two independent counters: per client address and per e-mail address (guessing one account
  // from many addresses). createRateLimit, unlike a second rateLimit preHandler, always counts.
  const limiters = [
    fastify.createRateLimit({
      max: fastify.config.loginRateLimitMax,
      timeWindow: windowMs,
      keyGenerator: (request) => `login-ip:${request.ip}`,
    }),
    fastify.createRateLimit({
      max: fastify.config.loginRateLimitMax,
      timeWindow: windowMs,
      keyGenerator: (request) =>
        `login-email:${(request.body as { email?: string } | undefined)?.email ?? ''}`,
    }),
  ];
  async function limitLoginAttempts(request: FastifyRequest, reply: FastifyReply) {
    for (const limiter of limiters) {
      const result = await limiter(request);
      if (!result.isAllowed && result.isExceeded) {
        reply.header('retry-after', String(result.ttlInSeconds));
        throw new ProblemError(
          429,
          'rate_limited',
          'Too many requests',
          'Too many sign-in attempts; try again later.',
        );
      }
    }
  }

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
      preHandler: limitLoginAttempts,
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
        summary: 'Revoke the session (its whole refresh-token family)',
        security: [],
        body: ZRefreshBody,
        response: { 204: z.null(), 400: ZProblem },
      },
    },
    async (request, reply) => {
      const presented = request.body?.refreshToken ?? request.cookies[REFRESH_COOKIE];
      if (presented) await revokeRefreshFamily(fastify.systemDb, presented);
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
