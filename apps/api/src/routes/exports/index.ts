import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { ZOrganisationCoverageExportQuery, ZTeamCoverageExportQuery } from '@teamspiegel/domain/api/exports';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../lib/download.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { organisationCoverageFile, teamCoverageFile } from '../../services/export/export-files.ts';
import exportJobRoutes from './jobs.ts';

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
      return sendDownload(reply, await organisationCoverageFile(fastify.db, actorOf(request), request.query));
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
      const file = await teamCoverageFile(fastify.db, actorOf(request), request.params.id, request.query);
      return sendDownload(reply, file);
    },
  );

  await fastify.register(exportJobRoutes);
}
