/**
 * `npm run db:migrate` — applies pending migrations to the database the app would use
 * (DATABASE_URL, or the embedded PGlite under .data/pglite).
 */
import { openDatabase } from '../database.ts';
import { applyMigrations } from '../migrate.ts';

const database = await openDatabase();
let exitCode = 0;
try {
  process.stdout.write(await applyMigrations(database.url));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
