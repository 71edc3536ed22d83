import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../src/db/backup.ts';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { databaseUrl, quoteIdent } from '../helpers/template-database.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL('../../', import.meta.url));

/** Runs one of the db CLIs the way `npm run db:backup|db:restore` does, on the given database. */
async function cli(script: 'backup' | 'restore', file: string, env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', `src/db/cli/${script}.ts`, file], {
    cwd: apiDir,
    env: { ...process.env, ...env },
  });
}

/** An md5 of every table's rows in a stable order: equal means the data is identical. */
async function tableChecksums(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const sums: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const result = await client.query<{ sum: string | null; rows: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum, count(*) AS rows FROM ${quoteIdent(name)} t`,
      );
      sums[name] = `${result.rows[0]?.rows}:${result.rows[0]?.sum}`;
    }
    return sums;
  } finally {
    await client.end();
  }
}

/**
 * Every organisation's coverage over all its teams, computed by the API's own services. The
 * snapshot cache lives in the module and is keyed by organisation and dataVersion, which a
 * restored copy shares: fresh module instances make sure the copy's rows are really read.
 */
async function coverageOfEveryOrganisation(url: string) {
  vi.resetModules();
  const { coverageSnapshot } = await import('../../src/services/coverage-snapshot.ts');
  const { organisationCoverage } = await import('../../src/services/coverage-views.ts');
  const db = createPrismaClient(url);
  try {
    const organisations = await db.organisation.findMany({ orderBy: { slug: 'asc' } });
    const coverage: Record<string, unknown> = {};
    for (const organisation of organisations) {
      const snapshot = await coverageSnapshot(db, organisation.id);
      coverage[organisation.slug] = organisationCoverage(snapshot, [...snapshot.teams.keys()].sort());
    }
    return coverage;
  } finally {
    await db.$disconnect();
  }
}

describe('db:backup and db:restore on a PostgreSQL server', () => {
  const serverUrl = inject('testServerUrl');
  const freshName = `${inject('testDatabasePrefix')}restore_${randomBytes(4).toString('hex')}`;
  const freshUrl = databaseUrl(serverUrl, freshName);
  let source: TestDatabase;
  let dir: string;

  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    source = await createTestDatabase({ seeded: true });
    dir = await mkdtemp(path.join(tmpdir(), 'teamspiegel-backup-'));
    await admin(`CREATE DATABASE ${quoteIdent(freshName)}`);
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${quoteIdent(freshName)} WITH (FORCE)`);
    await source?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restores into a fresh database with identical rows and identical coverage for every organisation', async () => {
    const file = path.join(dir, 'teamspiegel.dump');
    const backup = await cli('backup', file, { DATABASE_URL: source.url });
    expect(backup.stdout).toContain(`backup written to ${file}`);
    const restore = await cli('restore', file, { DATABASE_URL: freshUrl });
    expect(restore.stdout).toContain(`restored ${file}`);

    const [before, after] = [await tableChecksums(source.url), await tableChecksums(freshUrl)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    expect(before.Organisation).not.toMatch(/^0:/);

    const original = await coverageOfEveryOrganisation(source.url);
    const restored = await coverageOfEveryOrganisation(freshUrl);
    expect(Object.keys(original).length).toBeGreaterThanOrEqual(2);
    expect(restored).toEqual(original);
  });

  it('fails with a message when the backup file does not exist', async () => {
    await expect(cli('restore', path.join(dir, 'missing.dump'), { DATABASE_URL: freshUrl })).rejects.toThrow(
      /restore failed: no backup file/,
    );
  });
});

// PGlite boots a wasm PostgreSQL per open, which is slow on a busy machine.
describe('backup and restore of the embedded database', { timeout: 120_000 }, () => {
  let dir = '';
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('copies the closed data directory into an empty one; refuses an open database and overwriting data', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'teamspiegel-pglite-backup-'));
    const original = path.join(dir, 'original');
    const copy = path.join(dir, 'copy');
    const file = path.join(dir, 'embedded.tar.gz');

    const first = await PGlite.create(original);
    await first.exec(
      `CREATE TABLE "Site" (name text); INSERT INTO "Site" VALUES ('Locatie Noord'), ('Locatie Zuid');`,
    );
    await expect(backupDatabase({ kind: 'embedded', dataDir: original }, file)).rejects.toThrow(/in use/);
    await first.close();

    await backupDatabase({ kind: 'embedded', dataDir: original }, file);
    await restoreDatabase({ kind: 'embedded', dataDir: copy }, file);
    await expect(restoreDatabase({ kind: 'embedded', dataDir: original }, file)).rejects.toThrow(/not empty/);

    const restored = await PGlite.create(copy);
    try {
      const sites = await restored.query<{ name: string }>(`SELECT name FROM "Site" ORDER BY name`);
      expect(sites.rows.map((row) => row.name)).toEqual(['Locatie Noord', 'Locatie Zuid']);
    } finally {
      await restored.close();
    }
  });
});
