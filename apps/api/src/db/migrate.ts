import { spawn } from 'node:child_process';
import path from 'node:path';
import { type DatabaseLogger, openDatabase, repoRoot } from './database.ts';

export const schemaPath = path.join(repoRoot, 'prisma/schema.prisma');
export const migrationsDir = path.join(repoRoot, 'prisma/migrations');
const prismaOffline = path.join(repoRoot, 'packages/prisma-offline/bin/prisma-offline.mjs');

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(`${message}\n${output.trim()}`);
    this.name = 'MigrationError';
  }
}

export class DriftError extends MigrationError {
  override name = 'DriftError';
}

type CliResult = { code: number; output: string };

/** Runs the wasm-engine Prisma CLI (packages/prisma-offline) against `url`. */
export function runPrismaOffline(args: string[], url: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaOffline, ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Applies pending migrations from prisma/migrations (`migrate deploy`); returns the CLI output. */
export async function applyMigrations(url: string): Promise<string> {
  const result = await runPrismaOffline(['migrate', 'deploy'], url);
  if (result.code !== 0) throw new MigrationError('prisma migrate deploy failed', result.output);
  return result.output;
}

export type CheckDriftOptions = {
  /** Schema to compare with the migrations (default: prisma/schema.prisma). */
  schemaPath?: string;
  /** Reads DATABASE_URL: its server hosts the throwaway shadow database (default: process.env). */
  env?: Record<string, string | undefined>;
  logger?: DatabaseLogger;
};

/**
 * Fails (DriftError) when the migrations do not produce exactly what the schema describes.
 * The engine replays every migration into a fresh shadow database and diffs that with the schema
 * (`migrate diff --from-migrations`), so this also proves the migrations apply from scratch.
 * Without DATABASE_URL the shadow lives in a throwaway in-memory PGlite: PGlite has one database,
 * so the "shadow" is that database itself, which is fine only because nothing else uses it.
 * (A live-database diff, `--from-url`, is not available with the wasm engine.)
 */
export async function checkDrift(options: CheckDriftOptions = {}): Promise<string> {
  const database = await openDatabase({
    dataDir: 'memory://',
    ...(options.env ? { env: options.env } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  try {
    const result = await runPrismaOffline(
      [
        'migrate',
        'diff',
        '--from-migrations',
        migrationsDir,
        '--to-schema-datamodel',
        path.resolve(options.schemaPath ?? schemaPath),
        '--exit-code',
      ],
      database.url,
    );
    if (result.code === 2) {
      throw new DriftError(
        'prisma/schema.prisma and prisma/migrations disagree; create the migration (packages/prisma-offline/bin/new-migration.mjs):',
        result.output,
      );
    }
    if (result.code !== 0) throw new MigrationError('prisma migrate diff failed', result.output);
    return result.output;
  } finally {
    await database.close();
  }
}
