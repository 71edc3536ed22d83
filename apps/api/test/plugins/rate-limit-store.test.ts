import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseRateLimitStore, rateLimitPool } from '../../src/plugins/external/rate-limit-store.ts';
import { buildTestApp, type TestApp } from '../helpers/build.ts';

/*
 * The shared rate-limit store counts exactly as one upsert per request would, also when the
 * requests of one key arrive together and are counted by one upsert. The global limit's instance
 * (made with the limit's `max`) answers from this process below half the limit, and counts in the
 * database first from there on.
 */

let t: TestApp;
let pool: pg.Pool;
let queries = 0;

beforeAll(async () => {
  t = await buildTestApp({ seeded: false });
  pool = rateLimitPool(t.databaseUrl);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    queries++;
    return query(...args);
  };
});

afterAll(async () => {
  await pool?.end();
  await t?.close();
});

type Counted = { current: number; ttl: number };

function store() {
  const Store = databaseRateLimitStore(pool);
  return new Store();
}

/** The global limit's instance, as @fastify/rate-limit makes it: with the limit's parameters. */
function globalStore(max: number, Store = databaseRateLimitStore(pool)) {
  return new Store({ max });
}

/** The count a store gives, and whether it gave it before any database round trip. */
function incrNow(instance: ReturnType<typeof store>, key: string) {
  let answered: Counted | null = null;
  const done = new Promise<Counted>((resolve, reject) => {
    instance.incr(
      key,
      (error, result) => {
        if (error || !result) return reject(error);
        answered = result;
        resolve(result);
      },
      60_000,
    );
  });
  return { immediate: answered as Counted | null, done };
}

/** Until the store's pending upserts are in (they run beside the requests). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

function incr(instance: ReturnType<typeof store>, key: string, windowMs = 60_000): Promise<Counted> {
  return new Promise((resolve, reject) => {
    instance.incr(key, (error, result) => (error || !result ? reject(error) : resolve(result)), windowMs);
  });
}

function read(instance: ReturnType<typeof store>, key: string): Promise<Counted> {
  return new Promise((resolve, reject) => {
    instance.read(key, (error, result) => (error || !result ? reject(error) : resolve(result)));
  });
}

describe('database rate-limit store', () => {
  it('gives parallel requests of one key each their own place, in fewer upserts than requests', async () => {
    const counter = store();
    queries = 0;
    const counted = await Promise.all(Array.from({ length: 20 }, () => incr(counter, 'user:parallel')));
    expect(counted.map((result) => result.current).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(Math.min(...counted.map((result) => result.ttl))).toBeGreaterThan(0);
    // The window end is stored to the millisecond, so a ttl may round up by one.
    expect(Math.max(...counted.map((result) => result.ttl))).toBeLessThanOrEqual(60_001);
    expect(queries).toBeLessThan(20);
    expect(queries).toBeGreaterThanOrEqual(2);
    expect((await read(counter, 'user:parallel')).current).toBe(20);
    // The next request, alone, counts on from there.
    expect((await incr(counter, 'user:parallel')).current).toBe(21);
  });

  it('counts keys apart, and two stores (two processes) on one total', async () => {
    const first = store();
    const second = store();
    await Promise.all([incr(first, 'address:a'), incr(first, 'address:a'), incr(first, 'address:b')]);
    expect((await incr(second, 'address:a')).current).toBe(3);
    expect((await incr(second, 'address:b')).current).toBe(2);
    expect((await read(first, 'address:c')).current).toBe(0);
  });

  it('starts a new window for a whole batch once the old one ran out', async () => {
    const counter = store();
    await incr(counter, 'user:window', 50);
    await incr(counter, 'user:window', 50);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const counted = await Promise.all(Array.from({ length: 5 }, () => incr(counter, 'user:window', 50)));
    expect(counted.map((result) => result.current).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it('passes a database error to every waiting caller', async () => {
    const broken = rateLimitPool('postgres://nobody@127.0.0.1:1/none');
    const Store = databaseRateLimitStore(broken);
    const counter = new Store();
    const results = await Promise.allSettled(Array.from({ length: 3 }, () => incr(counter, 'user:down')));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    await broken.end();
  });

  it('global limit: below half the limit a request is answered at once and counted in a later upsert', async () => {
    const counter = globalStore(100);
    queries = 0;
    // The first request of a key learns the total and the window from the database.
    expect((await incr(counter, 'user:local')).current).toBe(1);
    expect(queries).toBe(1);
    const answers = Array.from({ length: 20 }, () => incrNow(counter, 'user:local'));
    // Answered without waiting, each with its own place...
    expect(answers.map((answer) => answer.immediate?.current)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
    // ...and counted in the database by fewer upserts than requests.
    await settle();
    expect(queries).toBeLessThan(20);
    expect((await read(counter, 'user:local')).current).toBe(21);
    // Another process's store sees the whole count.
    expect((await incr(globalStore(100), 'user:local')).current).toBe(22);
  });

  it('global limit: from half the limit on, and in route and attempt limits, the database counts first', async () => {
    const Store = databaseRateLimitStore(pool);
    const first = globalStore(10, Store);
    const second = globalStore(10, databaseRateLimitStore(pool));
    const counts: number[] = [];
    for (let i = 0; i < 6; i++) counts.push((await incr(first, 'address:shared')).current);
    await settle();
    for (let i = 0; i < 4; i++) counts.push((await incr(second, 'address:shared')).current);
    expect(counts).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    // The first process saw 6 of the 10: past half the limit it asks the database, which has all 10.
    expect((await incr(first, 'address:shared')).current).toBe(11);
    // A below-half answer is never given from this process once the total passed half the limit.
    expect(incrNow(first, 'address:shared').immediate).toBeNull();
    // A route limit of the same store counts in the database first, however low its count.
    const route = first.child();
    expect(incrNow(route, 'login:someone').immediate).toBeNull();
  });
});
