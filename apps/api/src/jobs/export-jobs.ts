import { type TExportJob, type TExportJobStart, ZExportJobStart } from '@teamspiegel/domain/api/exports';
import type { FastifyBaseLogger } from 'fastify';
import { withOrganisation } from '../db/tenant-context.ts';
import type { ExportJob, Prisma } from '../generated/prisma/client.ts';
import { isoDateTime } from '../lib/http.ts';
import { ProblemError } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { exportFile, exportFormat } from '../services/export/export-files.ts';
import { HEARTBEAT_MS, MAX_ATTEMPTS, STALE_AFTER_MS, SWEEP_EVERY_MS } from './import-jobs.ts';
import type { JobQueue } from './job-queue.ts';

export const EXPORT_QUEUE = 'export';
/** A finished file (and its job) is kept this long, then deleted. */
export const EXPORT_TTL_MS = 24 * 60 * 60_000;

type ExportJobData = { organisationId: string; exportJobId: string };
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
 * Large exports as durable jobs, on the import jobs' mechanics: the route stores a queued row and
 * sends a message; the process that fetches it claims the row (queued → running in one UPDATE, so
 * a duplicate message makes nothing), beats a heartbeat, renders the file as the synchronous route
 * would (in the organisation's tenant scope, as the actor who asked) and stores it in the row.
 * The sweep queues a job whose process died again (failed after MAX_ATTEMPTS runs), sends lost
 * messages again, and deletes jobs past their expiry with their files.
 */
export class ExportJobs {
  private readonly running = new Set<string>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly queue: JobQueue,
    private readonly db: Db,
    private readonly systemDb: Db,
    private readonly log: FastifyBaseLogger,
  ) {
    queue.define<ExportJobData>({
      name: EXPORT_QUEUE,
      run: (data) => this.run(data),
      concurrency: 1,
      expireInSeconds: 15 * 60,
      pollingIntervalSeconds: 1,
    });
  }

  async enqueue(organisationId: string, exportJobId: string) {
    await this.queue.send(EXPORT_QUEUE, { organisationId, exportJobId } satisfies ExportJobData);
  }

  startSweeping() {
    this.sweeper = setInterval(() => {
      this.sweep().catch((error: unknown) => this.log.error({ err: error }, 'export sweep failed'));
    }, SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  stopSweeping() {
    clearInterval(this.sweeper);
  }

  private async run({ organisationId, exportJobId }: ExportJobData) {
    const where = { organisationId, id: exportJobId };
    await withOrganisation(organisationId, async () => {
      const claimed = await this.db.exportJob.updateMany({
        where: { ...where, status: 'queued' },
        data: { status: 'running', progress: 10, attempts: { increment: 1 }, heartbeatAt: new Date() },
      });
      if (claimed.count === 0) return; // run (or being run) elsewhere, or ended
      this.running.add(exportJobId);
      const beat = setInterval(() => {
        withOrganisation(organisationId, () =>
          this.db.exportJob.updateMany({
            where: { ...where, status: 'running' },
            data: { heartbeatAt: new Date() },
          }),
        ).catch((error: unknown) =>
          this.log.warn({ err: error, jobId: exportJobId }, 'export heartbeat failed'),
        );
      }, HEARTBEAT_MS);
      beat.unref();
      try {
        await this.render(where);
      } finally {
        clearInterval(beat);
        this.running.delete(exportJobId);
      }
    });
  }

  private async render(where: { organisationId: string; id: string }) {
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

  private async fail(where: { organisationId: string; id: string }, reason: string) {
    await this.db.exportJob.updateMany({
      where,
      data: { status: 'failed', error: reason, finishedAt: new Date() },
    });
  }

  /** One pass over all organisations (the owner's client, as the import sweep). */
  async sweep() {
    const mine = [...this.running];
    const lost = await this.systemDb.$queryRaw<Array<{ id: string; organisationId: string; status: string }>>`
      UPDATE "ExportJob"
         SET status = (CASE WHEN attempts < ${MAX_ATTEMPTS} THEN 'queued' ELSE 'failed' END)::"ExportJobStatus",
             error = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN NULL ELSE 'worker_lost' END,
             progress = 0,
             "heartbeatAt" = now() AT TIME ZONE 'UTC',
             "finishedAt" = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN NULL ELSE now() AT TIME ZONE 'UTC' END
       WHERE status = 'running'
         AND COALESCE("heartbeatAt", "createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${STALE_AFTER_MS / 1000})
         AND NOT (id::text = ANY(${mine}::text[]))
      RETURNING id, "organisationId", status::text AS status`;
    const unsent = await this.systemDb.$queryRaw<Array<{ id: string; organisationId: string }>>`
      UPDATE "ExportJob" SET "heartbeatAt" = now() AT TIME ZONE 'UTC'
       WHERE status = 'queued'
         AND COALESCE("heartbeatAt", "createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${(STALE_AFTER_MS * 1.5) / 1000})
      RETURNING id, "organisationId"`;
    await this.systemDb.$executeRaw`DELETE FROM "ExportJob" WHERE "expiresAt" < now() AT TIME ZONE 'UTC'`;
    for (const job of lost) this.log.warn({ jobId: job.id, status: job.status }, 'export lost its process');
    const again = [...lost.filter((job) => job.status === 'queued'), ...unsent];
    for (const job of again) await this.enqueue(job.organisationId, job.id);
  }
}
