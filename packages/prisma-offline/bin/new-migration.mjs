#!/usr/bin/env node
// Creates the next migration from the difference between prisma/migrations and prisma/schema.prisma,
// as computed by Prisma's schema engine (`migrate diff --script`). Used instead of
// `migrate dev --create-only`, whose data-loss check needs a shadow database the wasm engine
// cannot be given here once migrations exist. Needs DATABASE_URL (a server for the shadow database).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const repoRoot = path.resolve(packageRoot, '../..');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error(
    'usage: new-migration.mjs <snake_case_name>   (DATABASE_URL must point at a PostgreSQL server)',
  );
  process.exit(1);
}
const migrationsDir = path.join(repoRoot, 'prisma/migrations');
const result = spawnSync(
  process.execPath,
  [
    path.join(packageRoot, 'bin/prisma-offline.mjs'),
    'migrate',
    'diff',
    '--from-migrations',
    migrationsDir,
    '--to-schema-datamodel',
    path.join(repoRoot, 'prisma/schema.prisma'),
    '--script',
  ],
  { encoding: 'utf8', env: process.env },
);
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}
const sql = result.stdout.trim();
if (!sql || /^-- This is an empty migration\.?$/m.test(sql)) {
  console.log('new-migration: schema and migrations already agree; nothing to create.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), `${sql}\n`);
console.log(`new-migration: wrote ${path.relative(repoRoot, dir)}/migration.sql`);
