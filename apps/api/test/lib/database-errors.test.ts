import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { classifyDatabaseError } from '../../src/lib/database-errors.ts';
import { toProblem } from '../../src/plugins/app/error-handler.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/** Real errors from Prisma over the pg adapter, classified for the error handler. */
let database: TestDatabase;
let db: ReturnType<typeof createPrismaClient>;

async function failureOf(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    return classifyDatabaseError(error);
  }
  throw new Error('expected the database call to fail');
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient(database.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('classifyDatabaseError', () => {
  it('calls every PostgreSQL data exception (class 22) invalid data', async () => {
    // 22021: a NUL byte in a filter; 22008: year 0000; 22P02: not a number; 22003: out of range.
    expect(await failureOf(() => db.site.findMany({ where: { name: { contains: 'a\u0000b' } } }))).toBe(
      'invalid_data',
    );
    expect(await failureOf(() => db.$queryRaw`SELECT ${'0000-01-01'}::date`)).toBe('invalid_data');
    expect(await failureOf(() => db.$queryRaw`SELECT ${'abc'}::int`)).toBe('invalid_data');
    expect(await failureOf(() => db.$queryRaw`SELECT ${'99999999999'}::int`)).toBe('invalid_data');
    expect(await failureOf(() => db.$queryRaw`SELECT 1 / 0`)).toBe('invalid_data');
  });

  it('calls an unreachable server unavailable, for model queries, raw queries and transactions', async () => {
    const down = createPrismaClient('postgresql://postgres@127.0.0.1:1/nothing');
    try {
      expect(await failureOf(() => down.site.findMany())).toBe('unavailable');
      expect(await failureOf(() => down.$queryRaw`SELECT 1`)).toBe('unavailable');
      expect(await failureOf(() => down.$transaction(async (tx) => tx.site.count()))).toBe('unavailable');
    } finally {
      await down.$disconnect();
    }
  });

  it('leaves other errors (a missing table, a programming error) to the other rules', async () => {
    expect(await failureOf(() => db.$queryRaw`SELECT * FROM no_such_table`)).toBeUndefined();
    expect(classifyDatabaseError(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('the error handler', () => {
  const request = { url: '/api/sites?q=x' } as Parameters<typeof toProblem>[1];

  it('answers a data exception with 400 invalid_value', async () => {
    const error = await db.$queryRaw`SELECT ${'0000-01-01'}::date`.catch((e: unknown) => e);
    expect(toProblem(error, request).body).toMatchObject({ status: 400, code: 'invalid_value' });
  });

  it('answers an unreachable database with 503 database_unavailable and a retry delay', async () => {
    const down = createPrismaClient('postgresql://postgres@127.0.0.1:1/nothing');
    const error = await down.site.count().catch((e: unknown) => e);
    await down.$disconnect();
    const problem = toProblem(error, request);
    expect(problem.body).toMatchObject({ status: 503, code: 'database_unavailable' });
    expect(problem.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('answers a transaction that ran out of time (every connection busy) with 503 database_busy', async () => {
    const error = await db
      .$transaction(
        async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await tx.site.count();
        },
        { timeout: 20 },
      )
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('P2028');
    const problem = toProblem(error, request);
    expect(problem.body).toMatchObject({ status: 503, code: 'database_busy' });
    expect(problem.retryAfterSeconds).toBeGreaterThan(0);
  });
});
