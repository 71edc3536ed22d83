import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZDevelopmentRequest,
  ZDevelopmentRequestDecline,
  ZDevelopmentRequestListQuery,
} from '@teamspiegel/domain/api/development-requests';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pageArgs } from '../../lib/http.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { declineDevelopmentRequest, listDevelopmentRequests } from '../../services/own-development.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Employees' requests for training or coaching, seen beside the development plan: hr everyone's, a
 * manager her teams' members', an employee her own. Planning an action for her in that area
 * answers a request (the database marks it planned); hr may also decline it with an answer.
 */
export default async function developmentRequestRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/development-requests',
    {
      preHandler: fastify.requirePermission('development.read'),
      schema: {
        tags: ['development'],
        summary: 'Requests for training or coaching, newest first (paginated; filter by status)',
        querystring: ZDevelopmentRequestListQuery,
        response: { 200: ZPage(ZDevelopmentRequest), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, status } = request.query;
      const { skip, take } = pageArgs({ page, pageSize });
      const { rows, total } = await listDevelopmentRequests(fastify.db, actor, { status, skip, take });
      return { items: rows, page, pageSize, total };
    },
  );

  app.post(
    '/api/development-requests/:id/decline',
    {
      preHandler: fastify.requirePermission('development.manage'),
      schema: {
        tags: ['development'],
        summary: 'Decline an open request with an answer (the employee is notified)',
        params: ZIdParams,
        body: ZDevelopmentRequestDecline,
        response: { 200: ZDevelopmentRequest, ...problems, 409: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return fastify.db.$transaction((tx) =>
        declineDevelopmentRequest(tx, actor, request.params.id, request.body.answer),
      );
    },
  );
}
