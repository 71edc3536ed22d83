import type { FastifyBaseLogger } from 'fastify';
import { withOrganisation } from '../db/tenant-context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { ImportJobRunner } from '../services/import/jobs.ts';
import type { Cell, ParsedFile } from '../services/import/parse.ts';
import type { JobQueue } from './job-queue.ts';

export const IMPORT_QUEUE = 'import';

/** How often the process running an import marks it alive. */
export const HEARTBEAT_MS = 10_000;
/** A running import without a beat for this long lost its process (killed, crashed, cut off). */
export const STALE_AFTER_MS = 40_000;
/** How often every process looks for imports whose process died, or that were never sent. */
export const SWEEP_EVERY_MS = 10_000;
/** Runs of one import: one more after a lost process, then it fails with `worker_lost`. */
export const MAX_ATTEMPTS = 2;

type ImportJobData = { organisationId: string; importJobId: string };

/**
 * What the job needs to run, kept in the ImportJob row (row-level security) until it ends. Compact:
 * the column keys once, then each row as an array — its number, then its values in column order —
 * so a 20,000-row file is a few MB of JSON, not one key per cell.
 */
export type StoredImportInput = {
  fileName: string;
  actor: Actor;
  file: {
    format: ParsedFile['format'];
    columns: ParsedFile['columns'];
    rows: StoredRow[];
    certificates?: { columns: ParsedFile['certificates']['columns']; rows: StoredRow[] };
  };
};
type StoredCell = string | number | boolean | null | { date: string };
type StoredRow = [row: number, ...values: StoredCell[]];
/** The shape of jobs stored before the compact one (a queued job may outlive a deploy). */
type LegacyStoredRow = { row: number; cells: Array<[string, StoredCell]> };

const storedCell = (value: Cell | undefined): StoredCell =>
  value instanceof Date ? { date: value.toISOString() } : (value ?? null);
const cellOf = (value: StoredCell | undefined): Cell =>
  value !== null && typeof value === 'object' ? new Date(value.date) : (value ?? null);

function storedRows<Key extends string>(
  columns: Key[],
  rows: Array<{ row: number; cells: Map<Key, Cell> }>,
): StoredRow[] {
  return rows.map((row) => [row.row, ...columns.map((key) => storedCell(row.cells.get(key)))]);
}

function readRows<Key extends string>(
  columns: Key[],
  rows: Array<StoredRow | LegacyStoredRow>,
): Array<{ row: number; cells: Map<Key, Cell> }> {
  return rows.map((stored) => {
    if (!Array.isArray(stored)) {
      return {
        row: stored.row,
        cells: new Map(stored.cells.map(([key, value]) => [key as Key, cellOf(value)])),
      };
    }
    const [row, ...values] = stored;
    return { row, cells: new Map(columns.map((key, index) => [key, cellOf(values[index])])) };
  });
}

export function storeImportInput(file: ParsedFile, fileName: string, actor: Actor): Prisma.InputJsonValue {
  const input: StoredImportInput = {
    fileName,
    actor,
    file: {
      format: file.format,
      columns: file.columns,
      rows: storedRows(file.columns, file.rows),
      certificates: {
        columns: file.certificates.columns,
        rows: storedRows(file.certificates.columns, file.certificates.rows),
      },
    },
  };
  return input as unknown as Prisma.InputJsonValue;
}

export function readImportInput(stored: unknown): { file: ParsedFile; fileName: string; actor: Actor } {
  const input = stored as StoredImportInput;
  const certificateColumns = input.file.certificates?.columns ?? [];
  return {
    fileName: input.fileName,
    actor: input.actor,
    file: {
      format: input.file.format,
      columns: input.file.columns,
      rows: readRows(input.file.columns, input.file.rows),
      certificates: {
        columns: certificateColumns,
        rows: readRows(certificateColumns, input.file.certificates?.rows ?? []),
      },
    },
  };
}

/**
 * Imports as durable jobs. The route stores the job (with its parsed file) and sends a queue
 * message; whichever process fetches it claims the row (queued → running, atomically, so a
 * duplicate message runs nothing), beats a heartbeat while E's ImportJobRunner validates and
 * applies it in the organisation's tenant scope, and clears the stored file at the end.
 * Every process sweeps: a running job without a beat for STALE_AFTER_MS lost its process — its
 * transaction was rolled back — and is queued again (or failed after MAX_ATTEMPTS runs); a queued
 * job whose message was lost (the process died between commit and send) is sent again.
 */
export class ImportJobs {
  private readonly running = new Set<string>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly queue: JobQueue,
    private readonly db: Db,
    private readonly systemDb: Db,
    private readonly log: FastifyBaseLogger,
    /** The embedded PGlite (one session): see ImportJobRunner's progressDuringTransaction. */
    private readonly embeddedDatabase = false,
  ) {
    queue.define<ImportJobData>({
      name: IMPORT_QUEUE,
      run: (data) => this.run(data),
      concurrency: 2,
      // Longer than the apply transaction may last (15 min); liveness is the heartbeat's job.
      expireInSeconds: 20 * 60,
      pollingIntervalSeconds: 1,
    });
  }

  /** Sends the message for a job the caller has just stored as queued. */
  async enqueue(organisationId: string, importJobId: string) {
    await this.queue.send(IMPORT_QUEUE, { organisationId, importJobId } satisfies ImportJobData);
  }

  startSweeping() {
    this.sweeper = setInterval(() => {
      this.sweep().catch((error: unknown) => this.log.error({ err: error }, 'import sweep failed'));
    }, SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  stopSweeping() {
    clearInterval(this.sweeper);
  }

  private async run({ organisationId, importJobId }: ImportJobData) {
    const where = { organisationId, id: importJobId };
    const claimed = await withOrganisation(organisationId, () =>
      this.db.importJob.updateMany({
        where: { ...where, status: 'queued' },
        data: { status: 'running', attempts: { increment: 1 }, heartbeatAt: new Date() },
      }),
    );
    if (claimed.count === 0) return; // run (or being run) elsewhere, or ended
    this.running.add(importJobId);
    const beat = setInterval(() => {
      withOrganisation(organisationId, () =>
        this.db.importJob.updateMany({
          where: { ...where, status: 'running' },
          data: { heartbeatAt: new Date() },
        }),
      ).catch((error: unknown) =>
        this.log.warn({ err: error, jobId: importJobId }, 'import heartbeat failed'),
      );
    }, HEARTBEAT_MS);
    beat.unref();
    try {
      await withOrganisation(organisationId, async () => {
        const runner = await this.startRunner(where, importJobId);
        if (!runner) {
          await this.db.importJob.updateMany({
            where,
            data: { status: 'failed', error: 'input_missing', finishedAt: new Date() },
          });
          return;
        }
        await runner.drain();
      });
    } finally {
      clearInterval(beat);
      this.running.delete(importJobId);
      await withOrganisation(organisationId, () =>
        this.db.importJob.updateMany({
          where: { ...where, status: { in: ['completed', 'failed'] } },
          data: { input: Prisma.DbNull },
        }),
      );
    }
  }

  /**
   * Reads the job's stored file and hands it to E's runner (which validates again against today's
   * data, applies in one transaction and reports); null when the file is gone. In a function of its
   * own so that neither the stored JSON nor the file stays referenced while the job runs.
   */
  private async startRunner(where: { organisationId: string; id: string }, importJobId: string) {
    const row = await this.db.importJob.findFirst({ where, select: { input: true } });
    if (!row?.input) return null;
    const { actor, file, fileName } = readImportInput(row.input);
    const runner = new ImportJobRunner(this.db, this.log, {
      progressDuringTransaction: !this.embeddedDatabase,
    });
    runner.start(actor, importJobId, file, fileName);
    return runner;
  }

  /**
   * One pass over all organisations (the owner's client: a maintenance task, like the metrics'
   * queue depth). Each row is taken by one UPDATE … RETURNING, so sweeping processes never
   * both act on it.
   */
  async sweep() {
    const mine = [...this.running];
    // The columns are timestamp(3) holding UTC (as Prisma writes them): compare in UTC.
    const lost = await this.systemDb.$queryRaw<Array<{ id: string; organisationId: string; status: string }>>`
      UPDATE "ImportJob"
         SET status = (CASE WHEN attempts < ${MAX_ATTEMPTS} THEN 'queued' ELSE 'failed' END)::"ImportJobStatus",
             error = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN NULL ELSE 'worker_lost' END,
             "processedRows" = 0,
             "heartbeatAt" = now() AT TIME ZONE 'UTC',
             "finishedAt" = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN NULL ELSE now() AT TIME ZONE 'UTC' END,
             input = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN input ELSE NULL END
       WHERE status = 'running'
         AND COALESCE("heartbeatAt", "createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${STALE_AFTER_MS / 1000})
         AND NOT (id::text = ANY(${mine}::text[]))
      RETURNING id, "organisationId", status::text AS status`;
    const unsent = await this.systemDb.$queryRaw<Array<{ id: string; organisationId: string }>>`
      UPDATE "ImportJob" SET "heartbeatAt" = now() AT TIME ZONE 'UTC'
       WHERE status = 'queued'
         AND COALESCE("heartbeatAt", "createdAt") < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${(STALE_AFTER_MS * 1.5) / 1000})
      RETURNING id, "organisationId"`;
    for (const job of lost) {
      this.log.warn({ jobId: job.id, status: job.status }, 'import lost its process');
    }
    const again = [...lost.filter((job) => job.status === 'queued'), ...unsent];
    for (const job of again) await this.enqueue(job.organisationId, job.id);
  }
}
