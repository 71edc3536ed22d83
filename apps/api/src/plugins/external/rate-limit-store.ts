import type { Db } from '../app/prisma.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type Row = { count: number; ttl: number };

/**
 * A store for @fastify/rate-limit in PostgreSQL (table RateLimitCounter), so every API process
 * counts against the same numbers: one upsert per counted request, one read per peek. A fixed
 * window per key, as the in-memory store counts.
 */
export function databaseRateLimitStore(db: Db) {
  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number) {
      db.$queryRaw<Row[]>`
        INSERT INTO "RateLimitCounter" (key, count, "resetAt")
        VALUES (${key}, 1, now() + make_interval(secs => ${timeWindow / 1000}))
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN "RateLimitCounter"."resetAt" <= now() THEN 1 ELSE "RateLimitCounter".count + 1 END,
          "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= now() THEN EXCLUDED."resetAt"
                           ELSE "RateLimitCounter"."resetAt" END
        RETURNING count, GREATEST(0, ceil(extract(epoch FROM "resetAt" - now()) * 1000))::int AS ttl`
        .then(([row]) => callback(null, { current: row?.count ?? 1, ttl: row?.ttl ?? timeWindow }))
        .catch((error: Error) => callback(error));
    }

    read(key: string, callback: Callback) {
      db.$queryRaw<Row[]>`
        SELECT count, GREATEST(0, ceil(extract(epoch FROM "resetAt" - now()) * 1000))::int AS ttl
          FROM "RateLimitCounter" WHERE key = ${key} AND "resetAt" > now()`
        .then(([row]) => callback(null, { current: row?.count ?? 0, ttl: row?.ttl ?? 0 }))
        .catch((error: Error) => callback(error));
    }

    /** Route and counter limits share the table: their keys carry their own names. */
    child() {
      return this;
    }
  };
}
