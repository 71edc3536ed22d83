import { ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import { ZDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import {
  ZDevelopmentSuggestion,
  ZDevelopmentSuggestionAccept,
  ZDevelopmentSuggestionQuery,
} from '@teamspiegel/domain/api/development-suggestions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { developmentActionDto } from '../development-actions/index.ts';
import { acceptSuggestion } from './accept.ts';
import { developmentSuggestions } from './service.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Development planning: suggestions per gap (hr, board) and accepting one into a development
 * action (hr). Completing that action later raises the level (routes/development-actions).
 */
export default async function developmentSuggestionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/development-suggestions',
    {
      preHandler: fastify.requirePermission('development.suggestions'),
      schema: {
        tags: ['development-suggestions'],
        summary:
          'Suggested coaching, training or hiring per uncovered area requirement, most severe gap first (paginated)',
        querystring: ZDevelopmentSuggestionQuery,
        response: { 200: ZPage(ZDevelopmentSuggestion), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { siteId, teamId, page, pageSize } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      if (siteId && !snapshot.sites.has(siteId)) throw notFound('Site');
      if (teamId && !snapshot.teams.has(teamId)) throw notFound('Team');
      let teamIds = teamId ? [teamId] : [...snapshot.teams.keys()];
      if (siteId) teamIds = teamIds.filter((id) => snapshot.teams.get(id)?.siteId === siteId);
      const all = await developmentSuggestions(fastify.db, snapshot, teamIds);
      const start = (page - 1) * pageSize;
      return { items: all.slice(start, start + pageSize), page, pageSize, total: all.length };
    },
  );

  app.post(
    '/api/development-suggestions/accept',
    {
      preHandler: fastify.requirePermission('development.manage'),
      schema: {
        tags: ['development-suggestions'],
        summary: 'Accept a suggestion: creates the planned development action (with a Dutch title)',
        body: ZDevelopmentSuggestionAccept,
        response: { 201: ZDevelopmentAction, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;

      const row = await fastify.db.$transaction((tx) => acceptSuggestion(tx, actor, body));
      reply.status(201);
      return developmentActionDto(row);
    },
  );
}
