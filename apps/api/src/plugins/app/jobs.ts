import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ExportJobs } from '../../jobs/export-jobs.ts';
import { ImportJobs } from '../../jobs/import-jobs.ts';
import { JobQueue } from '../../jobs/job-queue.ts';
import { registerMaintenanceJobs } from '../../jobs/maintenance.ts';
import { registerReminderDigest } from '../../jobs/reminder-digest.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Durable jobs (pg-boss): `jobs.schedule({ name, cron, run })` adds a scheduled job. */
    jobs: JobQueue;
    importJobs: ImportJobs;
    exportJobs: ExportJobs;
  }
}

/**
 * The job queue of the process. Queues and schedules are declared while the app registers;
 * the workers start when the server is ready and stop (finishing what runs) before it closes.
 */
export default fp(
  async (fastify: FastifyInstance, opts: { databaseUrl: string; embeddedDatabase?: boolean | undefined }) => {
    const work = fastify.config.jobs.work;
    const queue = new JobQueue(opts.databaseUrl, fastify.log, { work });
    const importJobs = new ImportJobs(
      queue,
      fastify.db,
      fastify.systemDb,
      fastify.log,
      opts.embeddedDatabase === true,
    );
    const exportJobs = new ExportJobs(queue, fastify.db, fastify.systemDb, fastify.log);
    registerMaintenanceJobs(queue, fastify.systemDb, fastify.log);
    registerReminderDigest(queue, {
      db: fastify.db,
      systemDb: fastify.systemDb,
      mailer: fastify.mailer,
      log: fastify.log,
      publicWebUrl: fastify.config.publicWebUrl,
    });
    fastify.decorate('jobs', queue);
    fastify.decorate('importJobs', importJobs);
    fastify.decorate('exportJobs', exportJobs);

    fastify.addHook('onReady', async () => {
      await queue.start();
      if (work) {
        importJobs.startSweeping();
        exportJobs.startSweeping();
        // At start, without waiting a whole interval: jobs a killed process left behind.
        importJobs
          .sweep()
          .catch((error: unknown) => fastify.log.error({ err: error }, 'import sweep failed'));
        exportJobs
          .sweep()
          .catch((error: unknown) => fastify.log.error({ err: error }, 'export sweep failed'));
      }
    });
    fastify.addHook('preClose', async () => {
      importJobs.stopSweeping();
      exportJobs.stopSweeping();
      await queue.stop();
    });
  },
  { name: 'jobs', dependencies: ['config', 'prisma', 'mailer'] },
);
