import { ZProblem } from '@teamspiegel/domain/api/common';
import { ZCoverageTrend, ZCoverageTrendQuery } from '@teamspiegel/domain/api/trend';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../plugins/app/auth.ts';
import { trendScope, trendSiteScope } from '../../services/coverage-scope.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { coverageTrend } from '../../services/coverage-trend.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** History and trend of the organisation's coverage (board, hr; managers: the teams they lead). */
export default async function trendRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/organisation/coverage/trend',
    {
      preHandler: fastify.requirePermission('coverage.trend'),
      schema: {
        tags: ['coverage'],
        summary:
          "The organisation's coverage totals at the end of each of the last N months (1–36), reconstructed from level and membership history against the requirements valid then, with the site certificate requirements beside them",
        querystring: ZCoverageTrendQuery,
        response: { 200: ZCoverageTrend, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { months, siteId } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      const teamIds = await trendScope(fastify.db, actor, snapshot, siteId);
      return coverageTrend(fastify.db, snapshot, {
        months,
        teamIds,
        siteId: siteId ?? null,
        siteIds: trendSiteScope(actor, snapshot, teamIds, siteId),
      });
    },
  );
}
