import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { databaseUrl, ensureTemplate, quoteIdent } from './template-database.ts';

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

async function withAdmin<T>(serverUrl: string, run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh database of its own, cloned from the migrated template (`seeded: true`: from the
 * migrated and seeded one), so parallel test files never see each other's rows.
 */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = inject('testServerUrl');
  let template = inject('templateDatabase');
  if (options.seeded) {
    const migrated = template;
    template = inject('seededTemplateDatabase');
    await ensureTemplate(
      serverUrl,
      template,
      async (url) => {
        // Imported here: the seed needs the built domain package, plain database tests do not.
        const { runSeed } = await import('../../src/db/seed/index.ts');
        const prisma = createPrismaClient(url);
        try {
          await runSeed(prisma);
        } finally {
          await prisma.$disconnect();
        }
      },
      migrated,
    );
  }
  const name = `${inject('testDatabasePrefix')}${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) =>
    admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withAdmin(serverUrl, async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      }),
  };
}
