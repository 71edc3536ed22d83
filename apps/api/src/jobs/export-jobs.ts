import { type TExportJob, type TExportJobStart, ZExportJobStart } from '@teamspiegel/domain/api/exports';
import type { FastifyBaseLogger } from 'fastify';
import { type ExportJob, Prisma } from '../generated/prisma/client.ts';
import { isoDateTime } from '../lib/http.ts';
import { ProblemError } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { exportFile, exportFormat } from '../services/export/export-files.ts';
import { DurableJob, type JobRow } from './durable-job.ts';
import type { JobQueue } from './job-queue.ts';

export const EXPORT_QUEUE = 'export';
/** A finished file (and its job) is kept this long, then deleted. */
export const EXPORT_TTL_MS = 24 * 60 * 60_000;

/** What the worker needs, kept in ExportJob.input: the request and who asked (role and scope). */
type StoredExportInput = { request: TExportJobStart; actor: Actor };

export function exportJobDto(job: Omit<ExportJob, 'file' | 'input'>): TExportJob {
  return {
    id: job.id,
    kind: job.kind as TExportJob['kind'],
    format: job.format as TExportJob['format'],
    status: job.status,
    progress: job.progress,
    fileName: job.status === 'completed' ? job.fileName : null,
    byteSize: job.status === 'completed' ? job.byteSize : null,
    error: job.error,
    createdAt: isoDateTime(job.createdAt),
    finishedAt: isoDateTime(job.finishedAt),
    expiresAt: isoDateTime(job.expiresAt),
  };
}

/** The columns of a new queued job (the route inserts it, then sends the message). */
export function newExportJob(actor: Actor, request: TExportJobStart, now = new Date()) {
  const input: StoredExportInput = { request, actor };
  return {
    organisationId: actor.organisationId,
    createdByUserId: actor.userId,
    kind: request.kind,
    format: exportFormat(request),
    input: input as unknown as Prisma.InputJsonValue,
    status: 'queued' as const,
    heartbeatAt: now,
    expiresAt: new Date(now.getTime() + EXPORT_TTL_MS),
  };
}

/**
 * Large exports as durable jobs (see DurableJob, shared with the imports): the process that claims
 * a job renders the file as the synchronous route would (in the organisation's tenant scope, as the
 * actor who asked) and stores it in the row. Each sweep also deletes jobs past their expiry with
 * their files.
 */
export class ExportJobs {
  private readonly durable: DurableJob;

  constructor(
    queue: JobQueue,
    private readonly db: Db,
    private readonly systemDb: Db,
    private readonly log: FastifyBaseLogger,
  ) {
    this.durable = new DurableJob(
      {
        label: 'export',
        queue: EXPORT_QUEUE,
        idKey: 'exportJobId',
        concurrency: 1,
        expireInSeconds: 15 * 60,
        table: { name: 'ExportJob', statusType: 'ExportJobStatus' },
        rows: (client) => client.exportJob,
        claimProgress: 10,
        resetWhenLost: Prisma.sql`progress = 0`,
        work: (job) => this.render(job),
        afterSweep: () => this.deleteExpired(),
      },
      queue,
      db,
      systemDb,
      log,
    );
  }

  enqueue(organisationId: string, exportJobId: string) {
    return this.durable.enqueue(organisationId, exportJobId);
  }

  startSweeping() {
    this.durable.startSweeping();
  }

  stopSweeping() {
    this.durable.stopSweeping();
  }

  /** One pass over all organisations (the owner's client, as the import sweep). */
  sweep() {
    return this.durable.sweep();
  }

  private async render(where: JobRow) {
    const row = await this.db.exportJob.findFirst({ where, select: { input: true } });
    const stored = row?.input as StoredExportInput | undefined;
    const request = ZExportJobStart.safeParse(stored?.request);
    if (!stored || !request.success) {
      await this.fail(where, 'input_invalid');
      return;
    }
    try {
      const file = await exportFile(this.db, stored.actor, request.data);
      await this.db.exportJob.updateMany({
        where: { ...where, status: 'running' },
        data: {
          status: 'completed',
          progress: 100,
          fileName: file.fileName,
          contentType: file.contentType,
          byteSize: file.body.length,
          file: new Uint8Array(file.body),
          finishedAt: new Date(),
        },
      });
    } catch (error) {
      // A problem (the team left the actor's scope, was deleted) is the answer; anything else is logged.
      if (!(error instanceof ProblemError))
        this.log.error({ err: error, jobId: where.id }, 'export job failed');
      await this.fail(where, error instanceof ProblemError ? error.code : 'export_failed');
    }
  }

  private async fail(where: JobRow, reason: string) {
    await this.db.exportJob.updateMany({
      where,
      data: { status: 'failed', error: reason, finishedAt: new Date() },
    });
  }

  private async deleteExpired() {
    await this.systemDb.$executeRaw`DELETE FROM "ExportJob" WHERE "expiresAt" < now() AT TIME ZONE 'UTC'`;
  }
}
