import type { TImportJob, TImportReport, TImportRowError } from '@teamspiegel/domain/api/imports';
import type { FastifyBaseLogger } from 'fastify';
import { withOrganisation } from '../../db/tenant-context.ts';
import { type ImportJob, Prisma } from '../../generated/prisma/client.ts';
import { isoDateTime } from '../../lib/http.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { applyImport } from './apply.ts';
import { collectGarbage } from './memory.ts';
import type { ParsedFile } from './parse.ts';
import { type ImportContext, loadImportContext, validateImport } from './validate.ts';

type StoredRowError = Omit<TImportRowError, 'sheet'> & { sheet?: TImportRowError['sheet'] };
type StoredReport = Partial<TImportReport> & { errors?: StoredRowError[]; errorCount?: number };

export function importJobDto(job: ImportJob): TImportJob {
  const report = (job.report ?? {}) as StoredReport;
  const completed = job.status === 'completed' && typeof report.created === 'number';
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    report: completed
      ? {
          created: report.created ?? 0,
          updated: report.updated ?? 0,
          memberships: report.memberships ?? 0,
          levelChanges: report.levelChanges ?? 0,
          sites: report.sites ?? 0,
          teams: report.teams ?? 0,
          certificates: report.certificates ?? 0,
          durationMs: report.durationMs ?? 0,
        }
      : null,
    // Errors stored before the certificates sheet existed were all the people's.
    errors: (report.errors ?? []).map((error) => ({ ...error, sheet: error.sheet ?? 'employees' })),
    errorCount: report.errorCount ?? report.errors?.length ?? 0,
    error: job.error,
    createdByUserId: job.createdByUserId,
    createdAt: isoDateTime(job.createdAt),
    finishedAt: isoDateTime(job.finishedAt),
  };
}

/** Validates the file and lets go of it: from here on only the plan is needed. */
function validateOnce(source: { file: ParsedFile | null }, context: ImportContext) {
  const { file } = source;
  source.file = null;
  if (!file) throw new Error('The import file was validated already.');
  return validateImport(file, context);
}

/**
 * Runs import jobs inside the API process. The request that starts a job answers 202 at once;
 * the job validates again against the data as it is then (the preview may be stale), and either
 * fails with the errors (nothing written) or applies every row in one transaction.
 * `drain()` waits for running jobs, so closing the server never cuts a transaction short.
 */
export class ImportJobRunner {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    /**
     * Whether progress is written while the import's transaction is open. Not on the embedded
     * PGlite: it serves one session, so a write from another connection waits for the transaction,
     * which would wait for that write (a deadlock); there the job reports its rows when it ends.
     */
    private readonly options: { progressDuringTransaction: boolean } = { progressDuringTransaction: true },
  ) {}

  start(actor: Actor, jobId: string, file: ParsedFile, fileName: string) {
    // The runner holds the file only until it is validated: the apply phase needs the plan alone,
    // and a 20,000-row file's cells would otherwise stay in memory for the whole transaction.
    const source: { file: ParsedFile | null } = { file };
    // A job outlives its request: it runs in its organisation's tenant scope explicitly.
    const run = withOrganisation(actor.organisationId, () => this.run(actor, jobId, source, fileName)).catch(
      (error: unknown) => {
        this.log.error({ err: error, jobId }, 'import job bookkeeping failed');
      },
    );
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  async drain() {
    await Promise.allSettled([...this.running]);
  }

  private async run(actor: Actor, jobId: string, source: { file: ParsedFile | null }, fileName: string) {
    const { organisationId } = actor;
    const where = { organisationId_id: { organisationId, id: jobId } };
    await this.db.importJob.update({ where, data: { status: 'running' } });
    try {
      const validation = validateOnce(source, await loadImportContext(this.db, organisationId));
      collectGarbage();
      if (validation.errorCount > 0) {
        await this.db.importJob.update({
          where,
          data: {
            status: 'failed',
            // The stored file goes with the status, in one statement: an ended job never still holds it.
            input: Prisma.DbNull,
            error: 'validation_failed',
            report: { errors: validation.errors, errorCount: validation.errorCount },
            finishedAt: new Date(),
          },
        });
        return;
      }
      const report = await applyImport(this.db, actor, validation.plan, {
        fileName,
        jobId,
        onProgress: async (processedRows) => {
          if (!this.options.progressDuringTransaction) return;
          await this.db.importJob.update({ where, data: { processedRows }, select: { id: true } });
        },
      });
      await this.db.importJob.update({
        where,
        data: {
          status: 'completed',
          // The stored file goes with the status, in one statement: an ended job never still holds it.
          input: Prisma.DbNull,
          processedRows: validation.plan.rows.length + validation.plan.certificates.length,
          report,
          finishedAt: new Date(),
        },
      });
    } catch (error) {
      this.log.error({ err: error, jobId }, 'import job failed');
      // Everything was rolled back; progress reflects that.
      await this.db.importJob.update({
        where,
        data: {
          status: 'failed',
          // The stored file goes with the status, in one statement: an ended job never still holds it.
          input: Prisma.DbNull,
          processedRows: 0,
          error: 'apply_failed',
          finishedAt: new Date(),
        },
      });
    }
  }
}
