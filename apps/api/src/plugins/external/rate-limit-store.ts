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
 *
 * The global limit (the instance @fastify/rate-limit makes with the limit's `max`) answers from
 * this process while a key is below half its limit by the last total the database gave: the request
 * is counted here at once and sent in the next upsert, so an ordinary request waits for no round
 * trip. From half the limit on, and for every route and attempt limit (`child`: sign-in, invitations,
 * which guard against guessing), each request is counted in the database before it is answered,
 * exactly as above. Other processes' requests reach this process's view with each upsert's total;
 * what it can miss is what they made since, which must be half a limit to let a key through.
 */
export function databaseRateLimitStore(pool: pg.Pool) {
  const keys = new Map<string, KeyState>();

  /**
   * One upsert at a time per key: it adds the requests that waited for it and those answered here
   * meanwhile, so the total it returns holds everything this process counted before it.
   */
  function send(key: string, state: KeyState, timeWindow: number) {
    if (state.inFlight > 0 || (state.waiting.length === 0 && state.unsent === 0)) return;
    const callbacks = state.waiting;
    const increment = callbacks.length + state.unsent;
    state.waiting = [];
    state.unsent = 0;
    state.inFlight = increment;
    // The state is current before any caller hears back (a caller may count again at once).
    const settled = () => {
      state.inFlight = 0;
    };
    pool.query<Row>(UPSERT, [key, timeWindow / 1000, increment]).then(
      ({ rows: [row] }) => {
        settled();
        const total = row?.count ?? increment;
        const ttl = row?.ttl ?? timeWindow;
        state.total = total;
        state.resetAt = Date.now() + ttl;
        // In arrival order, after those answered here: the last caller holds the total.
        callbacks.forEach((callback, index) => {
          callback(null, { current: total - (callbacks.length - 1 - index), ttl });
        });
        send(key, state, timeWindow);
      },
      (error: Error) => {
        settled();
        // Requests answered here stay to be counted, with the next request's upsert (not retried
        // at once while the database is away).
        state.unsent += increment - callbacks.length;
        for (const callback of callbacks) callback(error);
        if (state.waiting.length > 0) send(key, state, timeWindow);
      },
    );
  }

  function stateOf(key: string, now: number): KeyState {
    let state = keys.get(key);
    if (state) return state;
    if (keys.size >= MAX_KEYS) {
      for (const [other, kept] of keys) if (kept.resetAt <= now && isIdle(kept)) keys.delete(other);
    }
    state = { total: 0, resetAt: 0, inFlight: 0, waiting: [], unsent: 0 };
    keys.set(key, state);
    return state;
  }

  return class DatabaseRateLimitStore {
    /** Half the global limit, below which a key is answered here first; null: always by the database. */
    readonly localBelow: number | null;

    constructor(params?: { max?: unknown }, strict = false) {
      this.localBelow = !strict && typeof params?.max === 'number' ? params.max / 2 : null;
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      const now = Date.now();
      const state = stateOf(key, now);
      if (this.localBelow !== null && state.resetAt > now) {
        const current = state.total + pendingOf(state) + 1;
        if (current <= this.localBelow) {
          state.unsent++;
          callback(null, { current, ttl: state.resetAt - now });
          send(key, state, timeWindow);
          return;
        }
      }
      state.waiting.push(callback);
      send(key, state, timeWindow);
    }

    read(key: string, callback: Callback) {
      pool
        .query<Row>(
          `SELECT count, GREATEST(0, ceil(extract(epoch FROM "resetAt" - now()) * 1000))::int AS ttl
          FROM "RateLimitCounter" WHERE key = $1 AND "resetAt" > now()`,
          [key],
        )
        .then(({ rows: [row] }) => {
          // With what this process counted and has not sent yet (or is sending).
          const state = keys.get(key);
          const pending = state && state.resetAt > Date.now() ? pendingOf(state) : 0;
          callback(null, { current: (row?.count ?? 0) + pending, ttl: row?.ttl ?? 0 });
        })
        .catch((error: Error) => callback(error));
    }

    /** Route and attempt limits (their keys carry their own names) count in the database first. */
    child() {
      return new DatabaseRateLimitStore(undefined, true);
    }
  };
}

/**
 * One key in this process: the database's last total and window end, what the upsert under way
 * adds (0: none runs), the requests waiting for the next one, and those answered here but not sent yet.
 */
type KeyState = {
  total: number;
  resetAt: number;
  inFlight: number;
  waiting: Callback[];
  unsent: number;
};
const pendingOf = (state: KeyState) => state.inFlight + state.waiting.length + state.unsent;
const isIdle = (state: KeyState) => pendingOf(state) === 0;
/** Keys kept before those whose window ended are forgotten (one per user or address counted). */
const MAX_KEYS = 10_000;
