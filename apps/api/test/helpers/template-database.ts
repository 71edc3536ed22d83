import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../../src/db/database.ts';

/** The server the tests use; each test file gets its own database on it. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Short hash of every file under the given paths (names and contents), in a stable order. */
export function hashFiles(paths: readonly string[], extra = ''): string {
  const hash = createHash('sha256').update(extra);
  const visit = (file: string) => {
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) visit(path.join(file, entry));
      return;
    }
    hash.update(path.relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  };
  for (const root of paths) {
    try {
      visit(root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Builds `name` once, whoever asks first: parallel vitest runs (and workers) serialise on an
 * advisory lock; a database counts as built only once it is marked IS_TEMPLATE, so a build that
 * died halfway is dropped and redone.
 */
export async function ensureTemplate(
  serverUrl: string,
  name: string,
  build: (url: string) => Promise<void>,
  source?: string,
): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const existing = await admin.query<{ datistemplate: boolean }>(
      'SELECT datistemplate FROM pg_database WHERE datname = $1',
      [name],
    );
    if (existing.rows[0]?.datistemplate) return;
    if (existing.rows[0]) await admin.query(`DROP DATABASE ${quoteIdent(name)} WITH (FORCE)`);
    await admin.query(
      `CREATE DATABASE ${quoteIdent(name)}${source ? ` TEMPLATE ${quoteIdent(source)}` : ''}`,
    );
    await build(databaseUrl(serverUrl, name));
    await admin.query(`ALTER DATABASE ${quoteIdent(name)} WITH IS_TEMPLATE true`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => {});
    await admin.end();
  }
}
