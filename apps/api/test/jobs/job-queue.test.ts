import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, STALE_AFTER_MS } from '../../src/jobs/durable-job.ts';
import { HOT_TABLES, purgeExpired, vacuumHotTables } from '../../src/jobs/maintenance.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';

/**
 * The job queue inside one app: scheduled jobs are stored once, the daily purge deletes what
 * expired, and the sweep ends jobs whose process is gone (running without a heartbeat).
 */
let t: TestApp;
let organisationId: string;
let userId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const organisation = await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
  organisationId = organisation.id;
  userId = (await t.app.systemDb.user.findUniqueOrThrow({ where: { email: DEMO.hr } })).id;
});

afterAll(async () => {
  await t?.close();
});

const longAgo = () => new Date(Date.now() - STALE_AFTER_MS * 3);

describe('scheduled jobs', () => {
  it('stores each schedule once in the database (pg-boss), with its cron expression', async () => {
    expect(t.app.jobs.scheduledJobs.map((job) => job.name)).toContain('purge-expired');
    const rows = await t.app.systemDb.$queryRaw<Array<{ name: string; cron: string }>>`
      SELECT name, cron FROM pgboss.schedule`;
    expect(rows).toContainEqual({ name: 'purge-expired', cron: '17 3 * * *' });
    expect(rows).toContainEqual({ name: 'vacuum-hot-tables', cron: '* * * * *' });
  });

  it('the minutely vacuum vacuums the tables every write updates (the version row, the rate-limit counters)', async () => {
    const vacuums = async () => {
      const rows = await t.app.systemDb.$queryRaw<Array<{ relname: string; vacuums: bigint }>>`
        SELECT relname, vacuum_count AS vacuums FROM pg_stat_user_tables WHERE relname = ANY(${[...HOT_TABLES]})`;
      return new Map(rows.map((row) => [row.relname, Number(row.vacuums)]));
    };
    const before = await vacuums();
    expect([...before.keys()].sort()).toEqual([...HOT_TABLES].sort());
    await vacuumHotTables(t.app.systemDb);
    const after = await vacuums();
    for (const table of HOT_TABLES) expect(after.get(table), table).toBe((before.get(table) ?? 0) + 1);
  });

  it('the daily purge deletes refresh tokens a day past expiry and ended rate-limit windows only', async () => {
    const db = t.app.systemDb;
    const token = (hash: string, expiresAt: Date) =>
      db.refreshToken.create({
        data: { userId, organisationId, familyId: crypto.randomUUID(), tokenHash: hash, expiresAt },
      });
    const old = await token(`purge-old-${Date.now()}`, new Date(Date.now() - 2 * 86_400_000));
    const fresh = await token(`purge-fresh-${Date.now()}`, new Date(Date.now() - 3_600_000));
    await db.rateLimitCounter.createMany({
      data: [
        { key: 'purge:ended', count: 3, resetAt: new Date(Date.now() - 1000) },
        { key: 'purge:open', count: 3, resetAt: new Date(Date.now() + 60_000) },
      ],
    });
    const purged = await purgeExpired(db);
    expect(purged.refreshTokens).toBeGreaterThanOrEqual(1);
    expect(await db.refreshToken.findFirst({ where: { id: old.id } })).toBeNull();
    expect(await db.refreshToken.findFirst({ where: { id: fresh.id } })).not.toBeNull();
    expect(await db.rateLimitCounter.findUnique({ where: { key: 'purge:ended' } })).toBeNull();
    expect(await db.rateLimitCounter.findUnique({ where: { key: 'purge:open' } })).not.toBeNull();
  });
});

describe('the import sweep', () => {
  it('fails a running job without a heartbeat after its last attempt, with the reason worker_lost', async () => {
    const db = t.app.systemDb;
    const job = await db.importJob.create({
      data: {
        organisationId,
        createdByUserId: userId,
        status: 'running',
        fileName: 'lost.csv',
        totalRows: 3,
        processedRows: 2,
        attempts: MAX_ATTEMPTS,
        heartbeatAt: longAgo(),
        input: { stale: true },
      },
    });
    await t.app.importJobs.sweep();
    const swept = await db.importJob.findFirstOrThrow({ where: { id: job.id } });
    expect(swept).toMatchObject({ status: 'failed', error: 'worker_lost', processedRows: 0, input: null });
    expect(swept.finishedAt).not.toBeNull();
    const response = await t
      .request()
      .get(`/api/imports/${job.id}`)
      .set({ authorization: `Bearer ${await t.tokenFor(DEMO.hr)}` });
    expect(response.body).toMatchObject({ status: 'failed', error: 'worker_lost' });
  });

  it('leaves a running job with a recent heartbeat alone', async () => {
    const db = t.app.systemDb;
    const job = await db.importJob.create({
      data: {
        organisationId,
        status: 'running',
        fileName: 'alive.csv',
        attempts: 1,
        heartbeatAt: new Date(),
      },
    });
    await t.app.importJobs.sweep();
    expect((await db.importJob.findFirstOrThrow({ where: { id: job.id } })).status).toBe('running');
    await db.importJob.deleteMany({ where: { id: job.id } });
  });

  it('sends a queued job whose message was lost again; a job without its stored file fails as input_missing', async () => {
    const db = t.app.systemDb;
    const job = await db.importJob.create({
      data: { organisationId, status: 'queued', fileName: 'unsent.csv', heartbeatAt: longAgo() },
    });
    await t.app.importJobs.sweep();
    const started = Date.now();
    let row = await db.importJob.findFirstOrThrow({ where: { id: job.id } });
    while (row.status !== 'failed' && row.status !== 'completed' && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      row = await db.importJob.findFirstOrThrow({ where: { id: job.id } });
    }
    expect(row).toMatchObject({ status: 'failed', error: 'input_missing', attempts: 1 });
  });
});
