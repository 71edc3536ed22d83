/**
 * `npm run db:backup [-- <file>]` — backs up the database the app would use (DATABASE_URL with
 * pg_dump, or the embedded PGlite directory as a .tar.gz) to <file>, default .data/backups/.
 */
import path from 'node:path';
import { backupDatabase, backupSource, defaultBackupFile } from '../backup.ts';
import { repoRoot } from '../database.ts';

const source = backupSource();
// npm runs this inside apps/api: a relative path means relative to where npm was called.
const given = process.argv[2];
const file = given
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given)
  : defaultBackupFile(source, path.join(repoRoot, '.data', 'backups'));
try {
  await backupDatabase(source, file);
  console.log(`backup written to ${file}`);
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
