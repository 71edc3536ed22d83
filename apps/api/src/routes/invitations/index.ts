import {
  ZAuthSession,
  ZInvitation,
  ZInvitationCreate,
  ZInvitationPreview,
} from '@teamspiegel/domain/api/auth';
import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZInvitationAcceptBody,
  ZInvitationListQuery,
  ZInvitationPreviewQuery,
} from '@teamspiegel/domain/api/members';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pinOrganisation } from '../../db/tenant-context.ts';
import type { Invitation } from '../../generated/prisma/client.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { conflict, notFound, unauthorized } from '../../lib/problem.ts';
import { tokenWhere } from '../../lib/tokens.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { issueSession, membershipsOf } from '../../services/sessions.ts';
import { REFRESH_COOKIE } from '../auth/index.ts';
import {
  claimInvitation,
  gone,
  invitationStatus,
  inviteMember,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from './service.ts';

/** 404 unknown, 409 already used, 410 revoked or expired. */
function assertUsable<T extends Invitation>(invitation: T | null): asserts invitation is T {
  if (!invitation) throw notFound('Invitation');
  switch (invitationStatus(invitation)) {
    case 'accepted':
      throw conflict('invitation_used', 'This invitation was already accepted; sign in instead.');
    case 'revoked':
      throw gone('invitation_revoked', 'This invitation was withdrawn; ask for a new one.');
    case 'expired':
      throw gone('invitation_expired', 'This invitation expired; ask for a new one.');
    default:
  }
}

/**
 * Invitations: hr and board invite people by e-mail; the link leads to the web app, which
 * previews and accepts the invitation (public endpoints, the token is the credential).
 */
export default async function invitationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
  // The token is a credential: guessing it is limited per address, on top of the global limit.
  const publicLimit = fastify.routeRateLimit({
    name: 'invitation',
    max: fastify.config.invitationRateLimitMax,
    timeWindowMs: 15 * 60_000,
  });

  app.post(
    '/api/invitations',
    {
      preHandler: fastify.requirePermission('members.invite'),
      schema: {
        tags: ['invitations'],
        summary:
          'Invite someone by e-mail (the link is valid for 7 days; one pending invitation per address)',
        body: ZInvitationCreate,
        response: { 201: ZInvitation, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const invitation = await inviteMember(fastify, actorOf(request), request.body);
      reply.status(201);
      return invitation;
    },
  );

  app.get(
    '/api/invitations',
    {
      preHandler: fastify.requirePermission('members.read'),
      schema: {
        tags: ['invitations'],
        summary: 'Invitations of the organisation, newest first',
        querystring: ZInvitationListQuery,
        response: { 200: ZPage(ZInvitation), ...problems },
      },
    },
    async (request) => listInvitations(fastify.db, actorOf(request), request.query),
  );

  app.delete(
    '/api/invitations/:id',
    {
      preHandler: fastify.requirePermission('members.invite'),
      schema: {
        tags: ['invitations'],
        summary: 'Revoke an invitation (409 once accepted)',
        params: ZIdParams,
        response: { 204: z.null(), ...problems, 409: ZProblem },
      },
    },
    async (request, reply) => {
      await revokeInvitation(fastify.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/invitations/:id/resend',
    {
      preHandler: fastify.requirePermission('members.invite'),
      schema: {
        tags: ['invitations'],
        summary: 'Send a pending or expired invitation again with a new link (the old link stops working)',
        params: ZIdParams,
        response: { 200: ZInvitation, ...problems, 409: ZProblem },
      },
    },
    async (request) => resendInvitation(fastify, actorOf(request), request.params.id),
  );

  app.get(
    '/api/invitations/preview',
    {
      preHandler: publicLimit,
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link is for (public: the token is the credential)',
        security: [],
        querystring: ZInvitationPreviewQuery,
        response: {
          200: ZInvitationPreview,
          400: ZProblem,
          404: ZProblem,
          409: ZProblem,
          410: ZProblem,
          429: ZProblem,
        },
      },
    },
    async (request) => {
      // The token is the credential and names the organisation: a cross-organisation lookup.
      const invitation = await fastify.systemDb.invitation.findFirst({
        where: tokenWhere(request.query.token),
        include: { organisation: { select: { name: true } } },
      });
      assertUsable(invitation);
      const user = await fastify.db.user.findUnique({
        where: { email: invitation.email },
        select: { passwordHash: true },
      });
      return {
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        organisation: { name: invitation.organisation.name },
        accountExists: Boolean(user?.passwordHash),
      };
    },
  );

  function respond(reply: FastifyReply, session: Awaited<ReturnType<typeof issueSession>>, mode: string) {
    const { refreshToken, ...rest } = session;
    if (mode === 'token') return { ...rest, refreshToken };
    if (refreshToken) {
      // The same cookie as /api/auth/login, so /api/auth/refresh continues this session.
      reply.setCookie(REFRESH_COOKIE, refreshToken, {
        httpOnly: true,
        secure: fastify.config.env === 'production',
        sameSite: 'strict',
        path: '/api/auth',
        expires: new Date(session.refreshTokenExpiresAt),
      });
    }
    return rest;
  }

  app.post(
    '/api/invitations/accept',
    {
      preHandler: publicLimit,
      schema: {
        tags: ['invitations'],
        summary:
          'Accept an invitation: creates the login (or joins an existing one, whose password must match) and signs in',
        security: [],
        body: ZInvitationAcceptBody,
        response: {
          200: ZAuthSession,
          400: ZProblem,
          401: ZProblem,
          404: ZProblem,
          409: ZProblem,
          410: ZProblem,
          422: ZProblem,
          429: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const lookup = tokenWhere(body.token);
      // The token is the credential and names the organisation: a cross-organisation lookup; the
      // rest of the request works in that organisation through the tenant client.
      const invitation = await fastify.systemDb.invitation.findFirst({ where: lookup });
      assertUsable(invitation);
      pinOrganisation(invitation.organisationId);

      // Password work happens before the transaction (argon2 is deliberately slow).
      const existingUser = await fastify.db.user.findUnique({ where: { email: invitation.email } });
      if (existingUser?.disabledAt) throw unauthorized('account_disabled', 'The account is disabled.');
      let newHash: string | null = null;
      if (existingUser?.passwordHash) {
        // This checks the account's password: limited exactly like signing in.
        await fastify.signInAttempts.assertAllowed(request, reply, existingUser.email);
        if (!(await verifyPassword(existingUser.passwordHash, body.password))) {
          await fastify.signInAttempts.recordFailure(request, existingUser.email);
          throw unauthorized(
            'invalid_credentials',
            'This e-mail address already has an account; enter its current password.',
          );
        }
      } else {
        newHash = await hashPassword(body.password);
      }

      const userId = await claimInvitation(fastify.db, invitation, {
        existingUser,
        newHash,
        name: body.name,
      });

      const user = await fastify.db.user.findUniqueOrThrow({ where: { id: userId } });
      const memberships = await membershipsOf(fastify.systemDb, user.id);
      const membership = memberships.find((m) => m.organisation.id === invitation.organisationId) ?? null;
      const session = await issueSession(fastify, {
        user,
        membership,
        memberships,
        userAgent: request.headers['user-agent'],
      });
      return respond(reply, session, body.session);
    },
  );
}
