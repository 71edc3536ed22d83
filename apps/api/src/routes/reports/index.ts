import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { ZBoardReportQuery } from '@teamspiegel/domain/api/reports';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedFileName, sendDownload } from '../../lib/download.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { conversationSheetPdf } from '../../services/conversation-sheet.ts';
import { boardReportFile } from '../../services/export/export-files.ts';
import { teamReportPdf } from '../../services/reports.ts';

/** A generated PDF as a dated download. */
function sendPdf(reply: FastifyReply, baseName: string, body: Buffer) {
  return sendDownload(reply, {
    body,
    contentType: 'application/pdf',
    fileName: datedFileName(baseName, 'pdf'),
  });
}

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** Reports as PDF files, drawn server-side from the same coverage views as the report pages. */
export default async function reportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/reports/board.pdf',
    {
      preHandler: fastify.requirePermission('coverage.report'),
      schema: {
        tags: ['reports'],
        summary:
          'The board report as an A4 PDF: summary, the teams × areas heatmap (never split inside a row), totals per area and site, the most severe gaps',
        querystring: ZBoardReportQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      return sendDownload(reply, await boardReportFile(fastify.db, actorOf(request), request.query.locale));
    },
  );
  app.get(
    '/api/teams/:id/report.pdf',
    {
      preHandler: fastify.requirePermission('coverage.read.named', 'coverage.read.anonymous'),
      schema: {
        tags: ['reports'],
        summary:
          "One team's report as an A4 PDF: its figures, its coverage per area and every requirement with supply, gap and status (counts only, no names)",
        params: ZIdParams,
        querystring: ZBoardReportQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { locale } = request.query;
      const file = await teamReportPdf(fastify.db, actor, request.params.id, locale);
      return sendPdf(reply, `${locale === 'nl' ? 'teamrapport' : 'team-report'}-${file.teamName}`, file.body);
    },
  );
  app.get(
    '/api/employees/:id/conversation-sheet.pdf',
    {
      preHandler: fastify.requirePermission('people.read.personal'),
      schema: {
        tags: ['reports'],
        summary:
          "One employee's conversation sheet (gespreksblad) as an A4 PDF: levels per area with validation status, ambitions, development actions and the gaps of her teams she could help close",
        params: ZIdParams,
        querystring: ZBoardReportQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { locale } = request.query;
      const file = await conversationSheetPdf(fastify.db, actor, request.params.id, locale);
      return sendPdf(
        reply,
        `${locale === 'nl' ? 'gespreksblad' : 'conversation-sheet'}-${file.employeeName}`,
        file.body,
      );
    },
  );
}
