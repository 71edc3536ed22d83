import { ZProblem } from '@teamspiegel/domain/api/common';
import { ZCertificateExportQuery } from '@teamspiegel/domain/api/exports';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedFileName, sendDownload } from '../../lib/download.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { certificatesTable } from '../../services/certificate-export.ts';
import { renderTables } from '../../services/export/coverage-export.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem };

/** People's certificates as a download (issue 14 item 8), beside the coverage exports. */
export default async function certificateExportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/exports/certificates',
    {
      preHandler: fastify.requirePermission('coverage.export'),
      schema: {
        tags: ['exports'],
        summary:
          "Download people's certificates (every row, renewals included) with today's status, as XLSX or CSV (hr and board: the organisation; managers: their teams' members)",
        querystring: ZCertificateExportQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const { format, locale } = request.query;
      const today = new Date().toISOString().slice(0, 10);
      const table = await certificatesTable(fastify.db, actorOf(request), locale, today);
      const file = await renderTables([table], format);
      return sendDownload(reply, {
        body: file.body,
        contentType: file.contentType,
        fileName: datedFileName(locale === 'nl' ? 'certificaten' : 'certificates', file.extension),
      });
    },
  );
}
