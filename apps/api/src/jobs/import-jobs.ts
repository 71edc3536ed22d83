import type { FastifyBaseLogger } from 'fastify';
import { Prisma } from '../generated/prisma/client.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { ImportJobRunner } from '../services/import/jobs.ts';
import type { Cell, ParsedFile } from '../services/import/parse.ts';
import { DurableJob, type JobRow, MAX_ATTEMPTS } from './durable-job.ts';
import type { JobQueue } from './job-queue.ts';

export const IMPORT_QUEUE = 'import';

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
 * Imports as durable jobs (see DurableJob): the route stores the job (with its parsed file) and
 * sends a message; the process that claims it runs E's ImportJobRunner, which validates and applies
 * it in the organisation's tenant scope, and clears the stored file at the end. A job that lost its
 * process starts over: its rows processed are reset, and its file is cleared when it fails.
 */
export class ImportJobs {
  private readonly durable: DurableJob;

  constructor(
    queue: JobQueue,
    private readonly db: Db,
    systemDb: Db,
    private readonly log: FastifyBaseLogger,
    /** The embedded PGlite (one session): see ImportJobRunner's progressDuringTransaction. */
    private readonly embeddedDatabase = false,
  ) {
    this.durable = new DurableJob(
      {
        label: 'import',
        queue: IMPORT_QUEUE,
        idKey: 'importJobId',
        concurrency: 2,
        // Longer than the apply transaction may last (15 min); liveness is the heartbeat's job.
        expireInSeconds: 20 * 60,
        table: { name: 'ImportJob', statusType: 'ImportJobStatus' },
        rows: (client) => client.importJob,
        resetWhenLost: Prisma.sql`"processedRows" = 0,
             input = CASE WHEN attempts < ${MAX_ATTEMPTS} THEN input ELSE NULL END`,
        work: (job) => this.work(job),
        afterRun: (job) => this.clearInput(job),
      },
      queue,
      db,
      systemDb,
      log,
    );
  }

  /** Sends the message for a job the caller has just stored as queued. */
  enqueue(organisationId: string, importJobId: string) {
    return this.durable.enqueue(organisationId, importJobId);
  }

  startSweeping() {
    this.durable.startSweeping();
  }

  stopSweeping() {
    this.durable.stopSweeping();
  }

  sweep() {
    return this.durable.sweep();
  }

  private async work(where: JobRow) {
    const runner = await this.startRunner(where);
    if (!runner) {
      await this.db.importJob.updateMany({
        where,
        data: { status: 'failed', error: 'input_missing', finishedAt: new Date() },
      });
      return;
    }
    await runner.drain();
  }

  /**
   * Reads the job's stored file and hands it to E's runner (which validates again against today's
   * data, applies in one transaction and reports); null when the file is gone. In a function of its
   * own so that neither the stored JSON nor the file stays referenced while the job runs.
   */
  private async startRunner(where: JobRow) {
    const row = await this.db.importJob.findFirst({ where, select: { input: true } });
    if (!row?.input) return null;
    const { actor, file, fileName } = readImportInput(row.input);
    const runner = new ImportJobRunner(this.db, this.log, {
      progressDuringTransaction: !this.embeddedDatabase,
    });
    runner.start(actor, where.id, file, fileName);
    return runner;
  }

  /** The stored file is needed no more once the job ended. */
  private async clearInput(where: JobRow) {
    await this.db.importJob.updateMany({
      where: { ...where, status: { in: ['completed', 'failed'] } },
      data: { input: Prisma.DbNull },
    });
  }
}
