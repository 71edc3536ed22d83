/**
 * `npm run db:seed [-- --size large] [-- --reset]`
 * Opens the database (DATABASE_URL, or the embedded PGlite when unset), applies migrations, then
 * seeds the demo tenants idempotently and prints row counts per tenant.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../database.ts';
import { applyMigrations } from '../migrate.ts';
import { createPrismaClient } from '../prisma-client.ts';
import { coverageMix, loadSeededCoverage } from '../seed/coverage.ts';
import {
  assertDemoSeedAllowed,
  BENCHMARK_SLUG,
  DEMO_SLUG,
  runSeed,
  type SeedSize,
  summarise,
  ZON_SLUG,
} from '../seed/index.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'default' },
    reset: { type: 'boolean', default: false },
  },
});
if (values.size !== 'default' && values.size !== 'large') {
  console.error(`--size must be "default" or "large", got "${values.size}"`);
  process.exit(2);
}
const size: SeedSize = values.size;
try {
  assertDemoSeedAllowed();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const database = await openDatabase();
let exitCode = 0;
try {
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    console.log(`Seeding (${size}${values.reset ? ', reset' : ''}) into ${database.kind} database…`);
    const result = await runSeed(prisma, {
      size,
      reset: values.reset,
      log: (line) => console.log(`  ${line}`),
    });
    const slugs = size === 'large' ? [DEMO_SLUG, ZON_SLUG, BENCHMARK_SLUG] : [DEMO_SLUG, ZON_SLUG];
    const summaries = await summarise(prisma, slugs);
    console.table(Object.fromEntries(summaries.map(({ slug, name: _name, ...counts }) => [slug, counts])));
    for (const tenant of result.tenants) {
      if (tenant.slug === BENCHMARK_SLUG) continue;
      const mix = coverageMix(await loadSeededCoverage(prisma, tenant.organisationId));
      console.log(
        `  ${tenant.slug} coverage: ${mix.covered} covered, ${mix.noMargin} without margin, ${mix.singlePoints} single points, ` +
          `${mix.gaps} gaps (${mix.gapsWithPipeline} with a pipeline, ${mix.gapsClosedByPipeline} closed by it) of ${mix.requirements} requirements`,
      );
    }
    console.log(`Seed finished in ${(result.ms / 1000).toFixed(1)} s.`);
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
