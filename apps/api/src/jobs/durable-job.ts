import type { FastifyBaseLogger } from 'fastify';
import { withOrganisation } from '../db/tenant-context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from '../plugins/app/prisma.ts';
import type { JobQueue } from './job-queue.ts';

/** How often the process running a job marks it alive. */
export const HEARTBEAT_MS = 10_000;
/** A running job without a beat for this long lost its process (killed, crashed, cut off). */
export const STALE_AFTER_MS = 40_000;
/** How often every process looks for jobs whose process died, or that were never sent. */
export const SWEEP_EVERY_MS = 10_000;
/** Runs of one job: one more after a lost process, then it fails with `worker_lost`. */
export const MAX_ATTEMPTS = 2;

/** The job row a message points at. */
export type JobRow = { organisationId: string; id: string };

/** A queue message: the organisation and, under the spec's idKey, the row id. */
type JobMessage = { organisationId: string; [idKey: string]: string };

/** The part of a job table's Prisma delegate the claim and the heartbeat use. */
type JobRows = {
  updateMany(args: {
    where: JobRow & { status: 'queued' | 'running' };
    data: { status?: 'running'; attempts?: { increment: number }; heartbeatAt: Date; progress?: number };
  }): PromiseLike<{ count: number }>;
};

export type DurableJobSpec = {
  /** 'import', 'export': the first word of log messages. */
  label: string;
  queue: string;
  /** The message's key for the row id (`importJobId`, `exportJobId`): messages already stored keep it. */
  idKey: string;
  concurrency: number;
  expireInSeconds: number;
  /** The table and its status enum, as named in SQL. */
  table: { name: string; statusType: string };
  rows: (db: Db) => JobRows;
  /** Set with the claim besides status, attempts and heartbeat (e.g. the first progress step). */
  claimProgress?: number;
  /** Further columns the sweep resets on a job that lost its process (a SET list fragment). */
  resetWhenLost: Prisma.Sql;
  /** The job's work, in the organisation's tenant scope, after the claim. */
  work: (job: JobRow) => Promise<void>;
  /** After the work, ended or not (in the tenant scope). */
  afterRun?: (job: JobRow) => Promise<void>;
  /** At the end of each sweep (the owner's client), e.g. deleting expired rows. */
  afterSweep?: () => Promise<void>;
};

/**
 * A job table run as durable jobs. The route stores a queued row and sends a message; whichever
 * process fetches it claims the row (queued → running in one UPDATE, so a duplicate message runs
 * nothing), beats a heartbeat while the spec's work runs in the organisation's tenant scope.
 * Every process sweeps: a running job without a beat for STALE_AFTER_MS lost its process — its
 * transaction was rolled back — and is queued again (or failed with `worker_lost` after
 * MAX_ATTEMPTS runs); a queued job whose message was lost (the process died between commit and
 * send) is sent again.
 */
export class DurableJob {
  private readonly running = new Set<string>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly spec: DurableJobSpec,
    private readonly queue: JobQueue,
    private readonly db: Db,
    private readonly systemDb: Db,
    private readonly log: FastifyBaseLogger,
  ) {
    queue.define<JobMessage>({
      name: spec.queue,
      run: (data) => this.run({ organisationId: data.organisationId, id: data[spec.idKey] as string }),
      concurrency: spec.concurrency,
      expireInSeconds: spec.expireInSeconds,
      pollingIntervalSeconds: 1,
    });
  }

  /** Sends the message for a job the caller has just stored as queued. */
  async enqueue(organisationId: string, jobId: string) {
    await this.queue.send(this.spec.queue, { organisationId, [this.spec.idKey]: jobId });
  }

  startSweeping() {
    this.sweeper = setInterval(() => {
      this.sweep().catch((error: unknown) =>
        this.log.error({ err: error }, `${this.spec.label} sweep failed`),
      );
    }, SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  stopSweeping() {
    clearInterval(this.sweeper);
  }

  private async run(job: JobRow) {
    const { organisationId, id } = job;
    const rows = this.spec.rows(this.db);
    const claimed = await withOrganisation(organisationId, () =>
      rows.updateMany({
        where: { ...job, status: 'queued' },
        data: {
          status: 'running',
          ...(this.spec.claimProgress === undefined ? {} : { progress: this.spec.claimProgress }),
          attempts: { increment: 1 },
          heartbeatAt: new Date(),
        },
      }),
    );
    if (claimed.count === 0) return; // run (or being run) elsewhere, or ended
    this.running.add(id);
    const beat = setInterval(() => {
      withOrganisation(organisationId, () =>
        rows.updateMany({ where: { ...job, status: 'running' }, data: { heartbeatAt: new Date() } }),
      ).catch((error: unknown) =>
        this.log.warn({ err: error, jobId: id }, `${this.spec.label} heartbeat failed`),
      );
    }, HEARTBEAT_MS);
    beat.unref();
    try {
      await withOrganisation(organisationId, () => this.spec.work(job));
    } finally {
      clearInterval(beat);
      this.running.delete(id);
      const afterRun = this.spec.afterRun;
      if (afterRun) await withOrganisation(organisationId, () => afterRun(job));
    }
  }

  /**
   * One pass over all organisations (the owner's client: a maintenance task, like the metrics'
   * queue depth). Each row is taken by one UPDATE … RETURNING, so sweeping processes never
   * both act on it.
   */
  async sweep() {
    const mine = [...this.running];
    const table = Prisma.raw(`"${this.spec.table.name}"`);
    const statusType = Prisma.raw(`"${this.spec.table.statusType}"`);
    // The columns are timestamp(3) holding UTC (as Prisma writes them): compare in UTC.
    const lost = await this.systemDb.$queryRaw<Array<{ id: string; organisationId: string; status: string }>>(
      Prisma.sql`
      UPDATE ${table}
         SET status = (CASE WHEN attempts < ${MAX_ATTEMPTS} THEN 'queued' ELSE 'failed' END)::${statusType},
             error = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN NULL ELSE 'worker_lost' END,
             "heartbeatAt" = now() AT TIME ZONE 'UTC',
             "finishedAt" = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN NULL ELSE now() AT TIME ZONE 'UTC' END,
             ${this.spec.resetWhenLost}
       WHERE status = 'running'
         AND COALESCE("heartbeatAt", "createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${STALE_AFTER_MS / 1000})
         AND NOT (id::text = ANY(${mine}::text[]))
      RETURNING id, "organisationId", status::text AS status`,
    );
    const unsent = await this.systemDb.$queryRaw<Array<{ id: string; organisationId: string }>>(
      Prisma.sql`
      UPDATE ${table} SET "heartbeatAt" = now() AT TIME ZONE 'UTC'
       WHERE status = 'queued'
         AND COALESCE("heartbeatAt", "createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${(STALE_AFTER_MS * 1.5) / 1000})
      RETURNING id, "organisationId"`,
    );
    await this.spec.afterSweep?.();
    for (const job of lost) {
      this.log.warn({ jobId: job.id, status: job.status }, `${this.spec.label} lost its process`);
    }
    const again = [...lost.filter((job) => job.status === 'queued'), ...unsent];
    for (const job of again) await this.enqueue(job.organisationId, job.id);
  }
}
