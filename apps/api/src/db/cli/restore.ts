/**
 * `npm run db:restore -- <file>` — restores a backup made by db:backup into the database the app
 * would use (DATABASE_URL: ideally a freshly created, empty database; embedded: an empty data
 * directory). Run `npm run db:migrate` afterwards when the backup is older than the code.
 */
import path from 'node:path';
import { backupSource, restoreDatabase } from '../backup.ts';

const given = process.argv[2];
if (!given) {
  console.error('usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
// npm runs this inside apps/api: a relative path means relative to where npm was called.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
try {
  await restoreDatabase(backupSource(), file);
  console.log(`restored ${file}`);
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
