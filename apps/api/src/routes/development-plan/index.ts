import { ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import { ZPlanGap, ZPlanGapQuery } from '@teamspiegel/domain/api/development-plan';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { coverageScope } from '../../services/coverage-views.ts';
import { planGaps } from './service.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** The development plan's gap table, computed here so the web page only shows it. */
export default async function developmentPlanRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/development-plan/gaps',
    {
      preHandler: fastify.requirePermission('development.gaps'),
      schema: {
        tags: ['development-plan'],
        summary:
          'The gaps the overview counts (every kind), most severe first, with the open actions already aimed at each and the suggested next step',
        querystring: ZPlanGapQuery,
        response: { 200: ZPage(ZPlanGap), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { siteId, teamId, area, level, requirementId, page, pageSize } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      if (teamId && !snapshot.teams.has(teamId)) throw notFound('Team');
      const scope = await coverageScope(fastify.db, actor, snapshot, siteId);
      const teamIds = teamId ? scope.teamIds.filter((id) => id === teamId) : scope.teamIds;
      const all = (await planGaps(fastify.db, snapshot, teamIds)).filter(
        (gap) =>
          (!area || gap.area === area) &&
          (!level || gap.minLevel === level) &&
          (!requirementId || gap.requirementId === requirementId),
      );
      const start = (page - 1) * pageSize;
      return { items: all.slice(start, start + pageSize), page, pageSize, total: all.length };
    },
  );
}
