/**
 * `npm run db:check [-- --schema path]` — fails when prisma/schema.prisma and prisma/migrations
 * disagree (a schema change without a migration, or a migration that does not apply).
 */
import { parseArgs } from 'node:util';
import { checkDrift, DriftError } from '../migrate.ts';

const { values } = parseArgs({ options: { schema: { type: 'string' } } });
try {
  await checkDrift(values.schema ? { schemaPath: values.schema } : {});
  console.log('db:check: migrations match prisma/schema.prisma');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof DriftError) {
    console.error(
      '\nFix: DATABASE_URL=<a PostgreSQL server> node packages/prisma-offline/bin/new-migration.mjs <snake_case_name>',
    );
  }
  process.exit(1);
}
