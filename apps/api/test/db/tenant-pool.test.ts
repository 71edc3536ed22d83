import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { TenantPool } from '../../src/db/tenant-pool.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/*
 * Prisma sends a transaction's independent reads at once on its one connection. pg 8 queues them
 * with a deprecation warning and pg 9 refuses them: the tenant pool's client sends them one after
 * another itself, in the order asked, whatever each one's outcome. So does the owner's client.
 */
let database: TestDatabase;
let pool: TenantPool;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: false });
  pool = new TenantPool({ connectionString: database.url, max: 1 });
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

/** What pg itself holds queued behind the query it is running (its deprecated path). */
const queuedInPg = (client: unknown) => (client as { _queryQueue: unknown[] })._queryQueue.length;

describe('tenant pool client', () => {
  it('sends queries asked for at once one after another, in order, none queued in pg', async () => {
    const client = await pool.connect();
    try {
      const answers = [1, 2, 3, 4].map((n) =>
        client.query<{ n: number }>('SELECT $1::int AS n, pg_sleep(0.01)', [n]),
      );
      expect(queuedInPg(client)).toBe(0);
      expect((await Promise.all(answers)).map((result) => result.rows[0]?.n)).toEqual([1, 2, 3, 4]);
    } finally {
      client.release();
    }
  });

  it('goes on after a failed query, and inside a transaction keeps its order', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const created = client.query('CREATE TEMP TABLE seen (n int) ON COMMIT DROP');
      const inserted = [1, 2].map((n) => client.query('INSERT INTO seen VALUES ($1)', [n]));
      const read = client.query<{ ns: number[] }>('SELECT array_agg(n ORDER BY n) AS ns FROM seen');
      await Promise.all([created, ...inserted]);
      expect((await read).rows[0]?.ns).toEqual([1, 2]);
      await client.query('COMMIT');
      const failing = client.query('SELECT 1 / 0');
      const after = client.query<{ ok: number }>('SELECT 1 AS ok');
      await expect(failing).rejects.toThrow(/division by zero/);
      expect((await after).rows[0]?.ok).toBe(1);
    } finally {
      client.release();
    }
  });

  it("the owner's Prisma client runs a transaction's parallel reads without pg's deprecated queue", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    const db = createPrismaClient(database.url);
    try {
      // Two relations of one row: Prisma reads them side by side.
      const found = await db.$transaction(async (tx) => {
        const organisation = await tx.organisation.create({
          data: { name: 'Serieel', slug: `serieel-${Date.now()}`, sites: { create: { name: 'Locatie' } } },
        });
        return tx.organisation.findUniqueOrThrow({
          where: { id: organisation.id },
          include: { sites: true, teams: true, employees: true },
        });
      });
      expect([found.sites.length, found.teams.length, found.employees.length]).toEqual([1, 0, 0]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((message) => message.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await db.$disconnect();
    }
  });
});
