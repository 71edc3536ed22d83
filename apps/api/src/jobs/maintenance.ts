import type { Db } from '../plugins/app/prisma.ts';
import type { JobQueue } from './job-queue.ts';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Deletes what has expired for good: refresh tokens a day past their expiry (they refresh
 * nothing any more) and shared rate-limit counters whose window has ended. Across organisations
 * by nature, so with the owner's client.
 */
export async function purgeExpired(systemDb: Db, now = new Date()) {
  const refreshTokens = await systemDb.refreshToken.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - DAY_MS) } },
  });
  const rateLimitCounters = await systemDb.rateLimitCounter.deleteMany({ where: { resetAt: { lt: now } } });
  return { refreshTokens: refreshTokens.count, rateLimitCounters: rateLimitCounters.count };
}

/**
 * Tables with rows that every request or write updates: an organisation's dataVersion (moved by
 * every audited change, read by every coverage request) and the shared rate-limit counters. Each
 * update leaves a dead row version; under concurrent writers PostgreSQL cannot prune them on the
 * spot, and until a vacuum each lookup of the live row walks them (measured on the benchmark's
 * database, autovacuum off, after 16,000 writes: 114 pages and 2.7 ms for the version's one-row
 * lookup, 2 pages and 0.3 ms after a VACUUM). Autovacuum may be off, or wait for a share of the
 * table; this vacuums them every minute whatever it does.
 */
export const HOT_TABLES = ['Organisation', 'RateLimitCounter'] as const;

/** VACUUM (without FULL: no lock that blocks reads or writes) of the hot tables, as their owner. */
export async function vacuumHotTables(systemDb: Db) {
  for (const table of HOT_TABLES) await systemDb.$executeRawUnsafe(`VACUUM "${table}"`);
}

/** The scheduled jobs of the API; each runs once per slot, whatever the number of processes. */
export function registerMaintenanceJobs(
  queue: JobQueue,
  systemDb: Db,
  log: { info: (o: object, m: string) => void },
) {
  queue.schedule({
    name: 'purge-expired',
    cron: '17 3 * * *',
    run: async () => {
      log.info(await purgeExpired(systemDb), 'purged expired refresh tokens and rate-limit counters');
    },
  });
  queue.schedule({ name: 'vacuum-hot-tables', cron: '* * * * *', run: () => vacuumHotTables(systemDb) });
}
