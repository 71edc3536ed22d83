import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { appDatabaseUrl, provisionAppRole } from '../../src/db/app-role.ts';
import { repoRoot } from '../../src/db/database.ts';
import { applyMigrations, migrationsDir } from '../../src/db/migrate.ts';
import { ensureTemplate, hashFiles, quoteIdent, testServerUrl } from './template-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL the test databases live on. */
    testServerUrl: string;
    /** Template with all migrations applied, named after a hash of prisma/migrations. */
    templateDatabase: string;
    /** Name for the migrated and seeded template (built lazily by the first test that needs it). */
    seededTemplateDatabase: string;
    /** Prefix of this run's test databases, dropped in teardown. */
    testDatabasePrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const probe = new pg.Client({ connectionString: testServerUrl, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    await probe.end();
  } catch (error) {
    throw new Error(
      `Tests need PostgreSQL at ${testServerUrl} (set TEST_DATABASE_URL to use another server): ${(error as Error).message}`,
    );
  }

  const migrationsHash = hashFiles([migrationsDir]);
  const templateDatabase = `teamspiegel_tmpl_${migrationsHash}`;
  await ensureTemplate(testServerUrl, templateDatabase, async (url) => {
    await applyMigrations(url);
    // The API's row-level-security role (cluster-wide) and its grants, cloned with the template;
    // each app start repeats this idempotently, as the product's start does.
    await provisionAppRole(url, appDatabaseUrl(url));
  });
  // The seed's dates follow the calendar, so the seeded template is rebuilt daily as well.
  const seedHash = hashFiles(
    [path.join(repoRoot, 'apps/api/src/db/seed'), path.join(repoRoot, 'packages/domain/src')],
    `${migrationsHash}:${new Date().toISOString().slice(0, 10)}`,
  );
  const testDatabasePrefix = `teamspiegel_test_${randomBytes(4).toString('hex')}_`;

  project.provide('testServerUrl', testServerUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('seededTemplateDatabase', `teamspiegel_tmpl_${seedHash}_seeded`);
  project.provide('testDatabasePrefix', testDatabasePrefix);

  return async () => {
    // Databases a crashed or forgetful test left behind.
    const admin = new pg.Client({ connectionString: testServerUrl, connectionTimeoutMillis: 5000 });
    await admin.connect();
    try {
      const leftovers = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [testDatabasePrefix],
      );
      for (const { datname } of leftovers.rows) {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
      }
    } finally {
      await admin.end();
    }
  };
}
