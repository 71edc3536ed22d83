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
}
