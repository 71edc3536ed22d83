import pg from 'pg';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type Row = { count: number; ttl: number };

/**
 * The counters' own small pool, beside the Prisma clients: every request of every API process
 * counts here once, and a plain pg query costs a fraction of a Prisma call (about 0.35 ms of the
 * 1 ms a signed-in ping cost). `synchronous_commit=off`: a counter write does not wait for the WAL
 * flush; a database crash may forget the last fraction of a second of counts, which for a rate
 * limit is harmless.
 */
export function rateLimitPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    connectionTimeoutMillis: 5000,
    options: '-c synchronous_commit=off',
  });
  // An idle connection that breaks (a database restart) is replaced on the next query.
  pool.on('error', () => undefined);
  return pool;
}

const UPSERT = `INSERT INTO "RateLimitCounter" (key, count, "resetAt")
  VALUES ($1, $3, now() + make_interval(secs => $2))
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN "RateLimitCounter"."resetAt" <= now() THEN EXCLUDED.count
                 ELSE "RateLimitCounter".count + EXCLUDED.count END,
    "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= now() THEN EXCLUDED."resetAt"
                     ELSE "RateLimitCounter"."resetAt" END
  RETURNING count, GREATEST(0, ceil(extract(epoch FROM "resetAt" - now()) * 1000))::int AS ttl`;

/**
 * A store for @fastify/rate-limit in PostgreSQL (table RateLimitCounter), so every API process
 * counts against the same numbers, a fixed window per key as the in-memory store counts. One
 * upsert per counted request; requests of one key that arrive while its upsert runs are counted
 * together by the next one (+n), each told its own place in that count. So the figures are exactly
 * those of one upsert each, but ten parallel requests of one user do not queue on that user's row
 * ten times. One read per peek.
 */
export function databaseRateLimitStore(pool: pg.Pool) {
  /** Keys with an upsert running, and the callers waiting for the next one. */
  const running = new Map<string, Callback[]>();

  function count(key: string, callbacks: Callback[], timeWindow: number) {
    running.set(key, []);
    pool
      .query<Row>(UPSERT, [key, timeWindow / 1000, callbacks.length])
      .then(
        ({ rows: [row] }) => {
          const total = row?.count ?? callbacks.length;
          const ttl = row?.ttl ?? timeWindow;
          // In arrival order: the last caller holds the total.
          callbacks.forEach((callback, index) => {
            callback(null, { current: total - (callbacks.length - 1 - index), ttl });
          });
        },
        (error: Error) => {
          for (const callback of callbacks) callback(error);
        },
      )
      .finally(() => {
        const waiting = running.get(key) ?? [];
        running.delete(key);
        if (waiting.length > 0) count(key, waiting, timeWindow);
      });
  }

  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number) {
      const waiting = running.get(key);
      if (waiting) waiting.push(callback);
      else count(key, [callback], timeWindow);
    }

    read(key: string, callback: Callback) {
      pool
        .query<Row>(
          `SELECT count, GREATEST(0, ceil(extract(epoch FROM "resetAt" - now()) * 1000))::int AS ttl
          FROM "RateLimitCounter" WHERE key = $1 AND "resetAt" > now()`,
          [key],
        )
        .then(({ rows: [row] }) => callback(null, { current: row?.count ?? 0, ttl: row?.ttl ?? 0 }))
        .catch((error: Error) => callback(error));
    }

    /** Route and counter limits share the table: their keys carry their own names. */
    child() {
      return this;
    }
  };
}
