import PgBoss from 'pg-boss';

export type JobLog = {
  info: (object: object, message: string) => void;
  error: (object: object, message: string) => void;
};

export type JobDefinition<T extends object> = {
  name: string;
  run: (data: T) => Promise<void>;
  /** Jobs of this queue one process runs at the same time (default 1). */
  concurrency?: number;
  /**
   * pg-boss fails a job whose handler runs longer than this. Liveness of long jobs is the
   * handler's own business (imports beat a heartbeat); this is only the outer bound.
   */
  expireInSeconds?: number;
  /** How often an idle worker asks for work (default 2 s). */
  pollingIntervalSeconds?: number;
};

export type ScheduledJob = {
  /** Unique name: one schedule per name, whatever the number of processes. */
  name: string;
  /** Five-field cron expression in `timeZone` (default Europe/Amsterdam), e.g. '15 6 * * *'. */
  cron: string;
  timeZone?: string;
  run: () => Promise<void>;
};

/**
 * Durable jobs on PostgreSQL (pg-boss, in its own schema `pgboss`): a job sent is stored before
 * `send` returns, runs in whichever API process fetches it first (SKIP LOCKED: once), and a
 * schedule fires once per slot across all processes. Queues and schedules are declared before
 * `start()`; a process with `work: false` only sends.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly schedules = new Map<string, ScheduledJob>();
  private started = false;

  constructor(
    databaseUrl: string,
    private readonly log: JobLog,
    private readonly options: { work: boolean } = { work: true },
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      max: 4,
      application_name: 'teamspiegel-jobs',
      // Only the processes that work keep the queue tidy and watch the schedules.
      supervise: options.work,
      schedule: options.work,
    });
    this.boss.on('error', (error: Error) => this.log.error({ err: error }, 'job queue error'));
  }

  /** Declares a queue and its handler (before start). */
  define<T extends object>(definition: JobDefinition<T>) {
    if (this.started) throw new Error(`Job queue: define "${definition.name}" before start()`);
    this.definitions.set(definition.name, definition as JobDefinition<object>);
  }

  /**
   * The one way to add a scheduled (cron) job: issue #14's daily reminder registers here too.
   * Call before start(); the schedule is stored in the database and fires once per slot.
   */
  schedule(job: ScheduledJob) {
    if (this.started) throw new Error(`Job queue: schedule "${job.name}" before start()`);
    if (this.schedules.has(job.name) || this.definitions.has(job.name)) {
      throw new Error(`Job queue: "${job.name}" is declared twice`);
    }
    this.schedules.set(job.name, job);
    this.define({ name: job.name, run: () => job.run(), expireInSeconds: 30 * 60 });
  }

  get scheduledJobs(): ScheduledJob[] {
    return [...this.schedules.values()];
  }

  async start() {
    await this.boss.start();
    this.started = true;
    for (const definition of this.definitions.values()) {
      await retryOnDeadlock(() =>
        this.boss.createQueue(definition.name, {
          name: definition.name,
          expireInSeconds: definition.expireInSeconds ?? 15 * 60,
          retryLimit: 0,
        }),
      );
    }
    for (const job of this.schedules.values()) {
      await retryOnDeadlock(() =>
        this.boss.schedule(job.name, job.cron, {}, { tz: job.timeZone ?? 'Europe/Amsterdam' }),
      );
    }
    if (!this.options.work) return;
    for (const definition of this.definitions.values()) {
      for (let i = 0; i < (definition.concurrency ?? 1); i++) {
        await this.boss.work<object>(
          definition.name,
          { batchSize: 1, pollingIntervalSeconds: definition.pollingIntervalSeconds ?? 2 },
          async ([job]) => {
            if (!job) return;
            try {
              await definition.run(job.data);
            } catch (error) {
              this.log.error({ err: error, job: definition.name, jobId: job.id }, 'job failed');
              throw error;
            }
          },
        );
      }
    }
  }

  /** Stores a job; it runs in some process's worker. Returns pg-boss's job id. */
  async send(name: string, data: object): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Job queue: unknown queue "${name}"`);
    return this.boss.send(name, data);
  }

  /** Stops fetching and waits (up to `timeoutSeconds`) for the handlers that run. */
  async stop(timeoutSeconds = 20) {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutSeconds * 1000 });
  }
}

/**
 * Processes that start together on a fresh database (start:cluster) create the same queues at once,
 * and PostgreSQL may pick one of them as a deadlock victim (40P01). Creating a queue is idempotent,
 * so the victim tries again after a short random pause.
 */
async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: unknown }).code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}
