import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations } from '../../src/db/migrate.ts';
import { databaseUrl, quoteIdent } from '../helpers/template-database.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

const serverUrl = inject('testServerUrl');
const emptyName = `${inject('testDatabasePrefix')}empty_${randomBytes(4).toString('hex')}`;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function tableNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    return result.rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  afterAll(() =>
    admin((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(emptyName)} WITH (FORCE)`)),
  );

  it('apply to an empty database', async () => {
    await admin((client) => client.query(`CREATE DATABASE ${quoteIdent(emptyName)}`));
    const url = databaseUrl(serverUrl, emptyName);
    expect(await tableNames(url)).toEqual([]);

    const output = await applyMigrations(url);
    expect(output).toMatch(/successfully applied/);
    const tables = await tableNames(url);
    expect(tables).toEqual(
      expect.arrayContaining(['_prisma_migrations', 'Organisation', 'Employee', 'AreaLevel', 'AuditEvent']),
    );

    // Applying again is a no-op.
    expect(await applyMigrations(url)).toMatch(/No pending migrations/);
  });

  it('gives each test database a copy of the migrated template', async () => {
    const first = await createTestDatabase();
    const second = await createTestDatabase();
    try {
      expect(first.url).not.toEqual(second.url);
      expect(await tableNames(first.url)).toContain('Organisation');
      expect(await tableNames(second.url)).toContain('Organisation');
    } finally {
      await first.drop();
      await second.drop();
    }
  });
});
