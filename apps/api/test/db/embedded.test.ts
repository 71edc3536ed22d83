import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createPrismaClient } from '../../src/db/prisma-client.ts';

// PGlite boots a wasm PostgreSQL per open, which is slow on a busy machine.
describe('embedded PGlite', { timeout: 90_000 }, () => {
  let dataDir = '';
  afterAll(() => (dataDir ? rm(dataDir, { recursive: true, force: true }) : undefined));

  it('migrates, serves the Prisma client and keeps data across restarts', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'teamspiegel-pglite-'));
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };

    const first = await openDatabase({ env: {}, dataDir, logger });
    try {
      expect(first.kind).toBe('embedded');
      expect(lines.join('\n')).toMatch(/database: embedded PGlite at .*\(127\.0\.0\.1:\d+\)/);
      await applyMigrations(first.url);
      const prisma = createPrismaClient(first.url);
      try {
        await prisma.organisation.create({ data: { slug: 'embedded-smoke', name: 'Embedded smoke' } });
        expect(await prisma.organisation.count()).toBe(1);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await first.close();
    }

    const second = await openDatabase({ env: {}, dataDir, logger });
    try {
      const prisma = createPrismaClient(second.url);
      try {
        const found = await prisma.organisation.findUnique({ where: { slug: 'embedded-smoke' } });
        expect(found?.name).toBe('Embedded smoke');
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await second.close();
    }
  });

  it('uses DATABASE_URL when set and never logs its password', async () => {
    const lines: string[] = [];
    const database = await openDatabase({
      env: { DATABASE_URL: 'postgres://app:s3cret@db.example:5433/teamspiegel' },
      logger: { info: (line) => lines.push(line), warn: (line) => lines.push(line) },
    });
    expect(database.kind).toBe('external');
    expect(lines).toEqual(['database: PostgreSQL at db.example:5433/teamspiegel as app']);
    await database.close();
  });
});
