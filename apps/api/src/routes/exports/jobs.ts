import { can } from '@teamspiegel/domain/access';
import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { ZExportJob, ZExportJobStart } from '@teamspiegel/domain/api/exports';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportJobDto, newExportJob } from '../../jobs/export-jobs.ts';
import { sendDownload } from '../../lib/download.ts';
import { conflict, forbidden, notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { assertTeamExportable } from '../../services/export/export-files.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Exports as durable jobs, for organisations whose files take a while: start (202 with the job),
 * follow its progress, download the file. A job and its file are its creator's alone (they hold
 * what the creator's role may see) and are deleted after a day.
 */
export default async function exportJobRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const anyExport = fastify.requirePermission('coverage.export', 'coverage.report');

  /** The creator's own job, without its file; 404 for anyone else's. */
  const ownJob = async (organisationId: string, userId: string, id: string) => {
    const job = await fastify.db.exportJob.findFirst({
      where: { organisationId, id, createdByUserId: userId, expiresAt: { gt: new Date() } },
      omit: { file: true, input: true },
    });
    if (!job) throw notFound('Export job');
    return job;
  };

  app.post(
    '/api/exports',
    {
      preHandler: anyExport,
      schema: {
        tags: ['exports'],
        summary:
          'Start an export as a job: organisation coverage or a team (XLSX/CSV, coverage.export) or the board report (PDF, coverage.report); 202 with the job',
        body: ZExportJobStart,
        response: { 202: ZExportJob, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      if (!can(actor.role, body.kind === 'board_report' ? 'coverage.report' : 'coverage.export')) {
        throw forbidden();
      }
      if (body.kind === 'team_coverage') await assertTeamExportable(fastify.db, actor, body.teamId);
      const job = await fastify.db.exportJob.create({
        data: newExportJob(actor, body),
        omit: { file: true, input: true },
      });
      // A message lost here (the process dies before sending) is sent again by the sweep.
      await fastify.exportJobs.enqueue(actor.organisationId, job.id);
      return reply.status(202).send(exportJobDto(job));
    },
  );

  app.get(
    '/api/exports/:id',
    {
      preHandler: anyExport,
      schema: {
        tags: ['exports'],
        summary: 'One of your export jobs: status and progress (0–100); the file name once completed',
        params: ZIdParams,
        response: { 200: ZExportJob, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return exportJobDto(await ownJob(actor.organisationId, actor.userId, request.params.id));
    },
  );

  app.get(
    '/api/exports/:id/file',
    {
      preHandler: anyExport,
      schema: {
        tags: ['exports'],
        summary: "The file of one of your completed export jobs (409 export_not_ready while it isn't)",
        params: ZIdParams,
        response: { 200: z.any(), ...problems, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const job = await ownJob(actor.organisationId, actor.userId, request.params.id);
      if (job.status !== 'completed') {
        throw conflict('export_not_ready', `The export is ${job.status}; download it once it is completed.`);
      }
      const stored = await fastify.db.exportJob.findFirst({
        where: { organisationId: actor.organisationId, id: job.id },
        select: { file: true },
      });
      if (!stored?.file || !job.fileName || !job.contentType) throw notFound('Export file');
      return sendDownload(reply, {
        body: Buffer.from(stored.file),
        contentType: job.contentType,
        fileName: job.fileName,
      });
    },
  );
}
