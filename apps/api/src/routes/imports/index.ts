import multipart from '@fastify/multipart';
import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZImportJob,
  ZImportJobListQuery,
  ZImportPreview,
  ZImportStarted,
  ZImportTemplateQuery,
  ZImportUpload,
} from '@teamspiegel/domain/api/imports';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { storeImportInput } from '../../jobs/import-jobs.ts';
import { datedFileName, sendDownload } from '../../lib/download.ts';
import { pageArgs } from '../../lib/http.ts';
import { badRequest, conflict, notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { importJobDto } from '../../services/import/jobs.ts';
import { readImportFile } from '../../services/import/parse.ts';
import { importTemplate } from '../../services/import/template.ts';
import { loadImportContext, validateImport } from '../../services/import/validate.ts';

/** Largest accepted upload; larger files answer 413. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Queued or running jobs older than this no longer block a new import (a safety net: the job
 * sweep ends a job whose process died within a minute).
 */
const STALE_JOB_MS = 30 * 60_000;

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
const uploadProblems = { ...problems, 409: ZProblem, 413: ZProblem };

/** Reads the first file part; the parser's own errors (malformed body) surface from here. */
async function readFilePart(request: FastifyRequest) {
  const part = await request.file();
  if (part?.fieldname !== 'file') return { part, buffer: undefined };
  return { part, buffer: await part.toBuffer() };
}

/**
 * A multipart body the parser cannot read (no boundary, a truncated part, a bad part header) is
 * the client's error: 400. Limits and other HTTP errors keep their own status.
 */
function malformedMultipart(error: unknown) {
  if (typeof (error as { statusCode?: unknown }).statusCode === 'number') return error;
  return badRequest('malformed_multipart', 'The multipart body cannot be read.');
}

/** The uploaded file (multipart field `file`), read into memory (at most MAX_IMPORT_BYTES). */
async function uploadedFile(request: FastifyRequest) {
  const missing = () =>
    badRequest('validation_failed', 'The request is invalid; see errors.', [
      {
        path: 'body.file',
        message: 'Send the file as multipart/form-data in the field "file".',
        code: 'import_file_missing',
      },
    ]);
  if (!request.isMultipart()) throw missing();
  const { part, buffer } = await readFilePart(request).catch((error: unknown) => {
    throw malformedMultipart(error);
  });
  if (part?.fieldname !== 'file' || !buffer) throw missing();
  const parsed = await readImportFile(part.filename || 'upload', buffer);
  return { fileName: (part.filename || 'upload').slice(0, 200), parsed };
}

/**
 * HR import of employees, team memberships, levels and certificates (XLSX or CSV): template, preview (nothing
 * written) and the commit as a background job with progress. hr only.
 */
export default async function importRoutes(fastify: FastifyInstance) {
  // Scoped to this route folder: only the import endpoints accept multipart uploads.
  await fastify.register(multipart, {
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, parts: 6 },
  });
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/imports/template',
    {
      preHandler: fastify.requirePermission('imports.run'),
      schema: {
        tags: ['imports'],
        summary:
          'The import template (XLSX with an explanation sheet "Toelichting", or CSV): header row and two example rows',
        querystring: ZImportTemplateQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const file = await importTemplate(fastify.db, actor.organisationId, request.query.format);
      return sendDownload(reply, {
        body: file.body,
        contentType: file.contentType,
        fileName: datedFileName('importsjabloon', file.extension),
      });
    },
  );

  app.post(
    '/api/imports/preview',
    {
      preHandler: fastify.requirePermission('imports.run'),
      schema: {
        tags: ['imports'],
        summary:
          'Validate an import file (multipart field "file", .xlsx or .csv, at most 5 MB): every row checked, nothing written',
        consumes: ['multipart/form-data'],
        body: ZImportUpload,
        response: { 200: ZImportPreview, ...uploadProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { parsed } = await uploadedFile(request);
      const context = await loadImportContext(fastify.db, actor.organisationId);
      const result = validateImport(parsed, context);
      return {
        format: parsed.format,
        rows: result.rows,
        certificateRows: result.certificateRows,
        errors: result.errors,
        errorCount: result.errorCount,
        summary: result.summary,
      };
    },
  );

  app.post(
    '/api/imports',
    {
      preHandler: fastify.requirePermission('imports.run'),
      schema: {
        tags: ['imports'],
        summary:
          'Start importing a file (as for preview) as a job: 202 with its id; all rows are applied in one transaction, or none',
        consumes: ['multipart/form-data'],
        body: ZImportUpload,
        response: { 202: ZImportStarted, ...uploadProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { fileName, parsed } = await uploadedFile(request);
      // Check and insert under one lock per organisation: two uploads at the same moment cannot
      // both see "nothing running" and both start.
      const job = await fastify.db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`import:${actor.organisationId}`}, 0))`;
        const busy = await tx.importJob.findFirst({
          where: {
            organisationId: actor.organisationId,
            status: { in: ['queued', 'running'] },
            // A job can run at most the transaction timeout (15 min); older ones died with their process.
            createdAt: { gt: new Date(Date.now() - STALE_JOB_MS) },
          },
          select: { id: true },
        });
        if (busy) throw conflict('import_running', 'Another import of your organisation is still running.');
        return tx.importJob.create({
          data: {
            organisationId: actor.organisationId,
            createdByUserId: actor.userId,
            status: 'queued',
            fileName,
            totalRows: parsed.rows.length + parsed.certificates.rows.length,
            // The job runs in whichever process fetches it, also after this one restarted.
            input: storeImportInput(parsed, fileName, actor),
            heartbeatAt: new Date(),
          },
          select: { id: true },
        });
      });
      // A message lost here (the process dies before sending) is sent again by the sweep.
      await fastify.importJobs.enqueue(actor.organisationId, job.id);
      return reply.status(202).send({ jobId: job.id });
    },
  );

  app.get(
    '/api/imports',
    {
      preHandler: fastify.requirePermission('imports.run'),
      schema: {
        tags: ['imports'],
        summary: 'Import jobs of the organisation, newest first',
        querystring: ZImportJobListQuery,
        response: { 200: ZPage(ZImportJob), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query;
      const where = {
        organisationId: actor.organisationId,
        ...(query.status ? { status: query.status } : {}),
      };
      const [rows, total] = await Promise.all([
        fastify.db.importJob.findMany({
          where,
          // The stored file of a waiting job is the worker's, not the list's.
          omit: { input: true },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          ...pageArgs(query),
        }),
        fastify.db.importJob.count({ where }),
      ]);
      return {
        items: rows.map((row) => importJobDto({ ...row, input: null })),
        page: query.page,
        pageSize: query.pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/imports/:id',
    {
      preHandler: fastify.requirePermission('imports.run'),
      schema: {
        tags: ['imports'],
        summary: 'One import job: status, progress (processedRows of totalRows), report or errors',
        params: ZIdParams,
        response: { 200: ZImportJob, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const job = await fastify.db.importJob.findFirst({
        where: { organisationId: actor.organisationId, id: request.params.id },
        omit: { input: true },
      });
      if (!job) throw notFound('Import job');
      return importJobDto({ ...job, input: null });
    },
  );
}
