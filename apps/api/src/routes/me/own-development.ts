import { ZAmbitionImpactPreview, ZAmbitionImpactPreviewQuery } from '@teamspiegel/domain/api/ambition-impact';
import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZDevelopmentRequest,
  ZDevelopmentRequestCreate,
  ZMyDevelopment,
} from '@teamspiegel/domain/api/development-requests';
import { ZNotificationList, ZNotificationListQuery } from '@teamspiegel/domain/api/notifications';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../plugins/app/auth.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import {
  createDevelopmentRequest,
  developmentRequestDto,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../../services/own-development.ts';
import { developmentActionDto } from '../development-actions/index.ts';
import { ambitionImpactOf } from './pending-impact.ts';
import { ownEmployeeId } from './profile-service.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Self-service for the employee's own development (issue 15, items 8 and 10): her notifications,
 * her actions and requests, a request for training or coaching, and the effect of an ambition she
 * has not saved yet.
 */
export default async function ownDevelopmentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const own = { preHandler: fastify.requirePermission('profile.own') };

  app.get(
    '/api/me/notifications',
    {
      ...own,
      schema: {
        tags: ['me'],
        summary:
          'Your latest notifications (validated or adjusted levels, planned actions, answers), newest first',
        querystring: ZNotificationListQuery,
        response: { 200: ZNotificationList, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return listNotifications(fastify.db, actor.organisationId, ownEmployeeId(actor), request.query.limit);
    },
  );

  app.post(
    '/api/me/notifications/:id/read',
    {
      ...own,
      schema: {
        tags: ['me'],
        summary: 'Mark one of your notifications read',
        params: ZIdParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await markNotificationRead(fastify.db, actor.organisationId, ownEmployeeId(actor), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/me/notifications/read-all',
    {
      ...own,
      schema: {
        tags: ['me'],
        summary: 'Mark all your notifications read',
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await markAllNotificationsRead(fastify.db, actor.organisationId, ownEmployeeId(actor));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/development',
    {
      ...own,
      schema: {
        tags: ['me'],
        summary:
          'Your own development: the actions planned for you and your requests for training or coaching',
        response: { 200: ZMyDevelopment, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const where = { organisationId: actor.organisationId, employeeId: ownEmployeeId(actor) };
      const employee = { select: { firstName: true, lastName: true } } as const;
      const [actions, requests] = await Promise.all([
        fastify.db.developmentAction.findMany({
          where,
          include: { employee },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
        fastify.db.developmentRequest.findMany({
          where,
          include: { employee },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
      ]);
      return { actions: actions.map(developmentActionDto), requests: requests.map(developmentRequestDto) };
    },
  );

  app.post(
    '/api/me/development-requests',
    {
      ...own,
      schema: {
        tags: ['me'],
        summary:
          'Ask for a training or coaching towards one of your active ambitions (hr and your manager see it)',
        body: ZDevelopmentRequestCreate,
        response: { 201: ZDevelopmentRequest, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const employeeId = ownEmployeeId(actor);
      const created = await fastify.db.$transaction((tx) =>
        createDevelopmentRequest(tx, actor, employeeId, request.body),
      );
      reply.status(201);
      return created;
    },
  );

  app.get(
    '/api/me/ambition-impact/preview',
    {
      ...own,
      schema: {
        tags: ['me'],
        summary:
          'Before you save an ambition: which gaps of your teams reaching this level in this area would close or narrow',
        querystring: ZAmbitionImpactPreviewQuery,
        response: { 200: ZAmbitionImpactPreview, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const employeeId = ownEmployeeId(actor);
      const { area, targetLevel } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      // A draft has no id yet; the computation keys its result by one, so it gets a fixed one.
      const draft = { id: '00000000-0000-4000-8000-000000000000', area, targetLevel };
      const [result] = ambitionImpactOf(snapshot, employeeId, [draft]).ambitions;
      return { area, targetLevel, requirements: result?.requirements ?? [] };
    },
  );
}
