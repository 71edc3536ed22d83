import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { ZOrganisationCoverageExportQuery, ZTeamCoverageExportQuery } from '@teamspiegel/domain/api/exports';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedFileName, sendDownload } from '../../lib/download.ts';
import { notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { teamIdsInScope } from '../../services/access.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import {
  coverageScope,
  organisationCoverage,
  organisationCoverageView,
  teamCoverageView,
} from '../../services/coverage-views.ts';
import {
  gapsTable,
  matrixTable,
  renderTables,
  teamTable,
  totalsTable,
} from '../../services/export/coverage-export.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Coverage downloads (XLSX or CSV) for board, hr and managers (their teams). The numbers come
 * from the same coverage services as GET /api/organisation/coverage and /api/teams/:id/coverage.
 */
export default async function exportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/exports/organisation-coverage',
    {
      preHandler: fastify.requirePermission('coverage.export'),
      schema: {
        tags: ['exports'],
        summary:
          'Download the teams × areas coverage matrix (XLSX: with the ranked gaps and totals as further sheets; CSV: part=matrix|gaps)',
        querystring: ZOrganisationCoverageExportQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { format, siteId, part, locale } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      const { teamIds, siteTeamCounts } = await coverageScope(fastify.db, actor, snapshot, siteId);
      const coverage = organisationCoverage(snapshot, teamIds);
      const view = organisationCoverageView(
        snapshot,
        coverage,
        {
          siteId: siteId ?? null,
          page: 1,
          pageSize: Math.max(1, teamIds.length),
          rankingLimit: Math.max(1, coverage.ranking.length),
        },
        siteTeamCounts,
      );
      const tables =
        format === 'csv'
          ? [part === 'gaps' ? gapsTable(view.ranking, locale) : matrixTable(view, locale)]
          : [matrixTable(view, locale), gapsTable(view.ranking, locale), totalsTable(view, locale)];
      const file = await renderTables(tables, format);
      const siteName = siteId ? snapshot.sites.get(siteId) : undefined;
      const name = [
        locale === 'nl' ? 'dekking' : 'coverage',
        siteName,
        format === 'csv' && part === 'gaps' ? (locale === 'nl' ? 'hiaten' : 'gaps') : undefined,
      ]
        .filter(Boolean)
        .join('-');
      return sendDownload(reply, {
        body: file.body,
        contentType: file.contentType,
        fileName: datedFileName(name, file.extension),
      });
    },
  );

  app.get(
    '/api/exports/teams/:id/coverage',
    {
      preHandler: fastify.requirePermission('coverage.export'),
      schema: {
        tags: ['exports'],
        summary:
          "Download a team's requirements with supply, gap, status, projection and pipeline (XLSX or CSV)",
        params: ZIdParams,
        querystring: ZTeamCoverageExportQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { format, locale } = request.query;
      const teamId = request.params.id;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      if (!snapshot.teams.has(teamId)) throw notFound('Team');
      const exportable = await teamIdsInScope(fastify.db, actor, 'coverage.export');
      if (exportable && !exportable.includes(teamId)) throw notFound('Team');
      const view = teamCoverageView(snapshot, teamId, {
        anonymised: false,
        selfEmployeeId: actor.employeeId,
      });
      if (!view) throw notFound('Team');
      const file = await renderTables([teamTable(view, locale)], format);
      return sendDownload(reply, {
        body: file.body,
        contentType: file.contentType,
        fileName: datedFileName(`${locale === 'nl' ? 'team' : 'team'}-${view.team.name}`, file.extension),
      });
    },
  );
}
