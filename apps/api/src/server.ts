import cluster from 'node:cluster';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config/env.ts';
import { openDatabase } from './db/database.ts';
import { applyMigrations } from './db/migrate.ts';
import { createPrismaClient } from './db/prisma-client.ts';
import { runSeed } from './db/seed/index.ts';
import { waitForDatabase } from './db/wait-for-database.ts';

/** Creates the app on the configured (or embedded) database, applies pending migrations, listens. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const database = await openDatabase();
  // A database that is not up yet is waited for (with backoff, logged), not a reason to exit.
  await waitForDatabase(database.url, { log: (line) => console.log(line) });
  // In `start:cluster` the primary has applied them once, before forking this process.
  if (!cluster.isWorker) await applyMigrations(database.url);
  if (config.seedDemo && !cluster.isWorker) {
    // `npm start`: make sure the demo tenants exist (idempotent; unchanged data is left alone).
    const prisma = createPrismaClient(database.url);
    try {
      await runSeed(prisma, { log: (line) => console.log(`seed: ${line}`) });
    } finally {
      await prisma.$disconnect();
    }
  }
  const app = await buildApp({
    config,
    databaseUrl: database.url,
    appDatabaseUrl: database.appUrl,
    embeddedDatabase: database.kind === 'embedded',
  });
  for (const warning of config.warnings) app.log.warn(warning);
  app.log.info({ database: database.kind }, `database: ${database.kind}`);

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
  });

  await app.listen({ host: config.host, port: config.port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
