import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { embeddedDataDir } from './database.ts';

const run = promisify(execFile);

/** What to back up or restore: a PostgreSQL server's database, or the embedded database's directory. */
export type BackupSource = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

/** The same choice as openDatabase: DATABASE_URL when set, else the embedded data directory. */
export function backupSource(env: Record<string, string | undefined> = process.env): BackupSource {
  return env.DATABASE_URL
    ? { kind: 'server', url: env.DATABASE_URL }
    : { kind: 'embedded', dataDir: embeddedDataDir(env) };
}

/** The file name a backup gets when none is given: <dir>/teamspiegel-<UTC timestamp>.<dump|tar.gz>. */
export function defaultBackupFile(source: BackupSource, dir: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(dir, `teamspiegel-${stamp}.${source.kind === 'server' ? 'dump' : 'tar.gz'}`);
}

/** pg_dump/pg_restore from PG_BIN_DIR when set (e.g. /usr/lib/postgresql/15/bin), else from PATH. */
function pgTool(name: 'pg_dump' | 'pg_restore', env: Record<string, string | undefined>): string {
  return env.PG_BIN_DIR ? path.join(env.PG_BIN_DIR, name) : name;
}

/** The URL without its password (which goes through PGPASSWORD, not the process list). */
function connection(url: string, env: Record<string, string | undefined>) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/**
 * Writes a backup to `file`: pg_dump's custom format for a server (consistent while the API
 * runs), or a gzipped tar of the embedded database's directory, refused while the API has it open
 * (PGlite is one process's database; its postmaster.pid shows it is in use).
 */
export async function backupDatabase(
  source: BackupSource,
  file: string,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  if (source.kind === 'server') {
    const { dbname, env: toolEnv } = connection(source.url, env);
    await run(
      pgTool('pg_dump', env),
      ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${dbname}`],
      { env: toolEnv },
    );
    return;
  }
  if (!existsSync(source.dataDir)) throw new Error(`no embedded database at ${source.dataDir}`);
  if (existsSync(path.join(source.dataDir, 'postmaster.pid'))) {
    throw new Error(`the embedded database at ${source.dataDir} is in use: stop the API first`);
  }
  await run('tar', [
    '--create',
    '--gzip',
    `--file=${path.resolve(file)}`,
    '--directory',
    source.dataDir,
    '.',
  ]);
}

/**
 * Restores a backup made by backupDatabase. A server's database is cleaned and restored in one
 * transaction (an empty, freshly created database is the safe target); an embedded directory must
 * be empty or missing, so a restore never overwrites data by accident.
 */
export async function restoreDatabase(
  source: BackupSource,
  file: string,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup file at ${file}`);
  if (source.kind === 'server') {
    const { dbname, env: toolEnv } = connection(source.url, env);
    await run(
      pgTool('pg_restore', env),
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--no-privileges',
        '--single-transaction',
        '--exit-on-error',
        `--dbname=${dbname}`,
        file,
      ],
      { env: toolEnv },
    );
    return;
  }
  if (existsSync(source.dataDir) && readdirSync(source.dataDir).length > 0) {
    throw new Error(`${source.dataDir} is not empty: move it aside before restoring into it`);
  }
  await mkdir(source.dataDir, { recursive: true });
  await run('tar', ['--extract', '--gzip', `--file=${path.resolve(file)}`, '--directory', source.dataDir]);
}
