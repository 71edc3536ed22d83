/**
 * The organisation `npm run bench:api` measures: its own database per size, migrated and seeded
 * idempotently, and per written team a requirement to change and a person of another team to add.
 */
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaClient } from '../src/db/prisma-client.ts';
import { BENCHMARK_SLUG, runSeed } from '../src/db/seed/index.ts';
import { benchDatabase } from './harness.ts';

/** A team the benchmark writes to: a requirement to change, a member, and an outsider to add. */
export type Target = {
  team: { id: string; name: string };
  requirement: { id: string; area: string | null; minLevel: string | null };
  memberId: string;
  outsiderId: string;
};

export type Fixture = {
  databaseUrl: string;
  employees: number;
  teams: number;
  targets: Target[];
  /** The organisation's dataVersion now (read on a connection of the benchmark's own). */
  currentVersion: () => Promise<number>;
  close: () => Promise<void>;
};

const databaseBase = process.env.BENCH_DATABASE ?? 'teamspiegel_bench';

export async function prepareOrganisation(people: number): Promise<Fixture> {
  const databaseName = people === 20_000 ? databaseBase : `${databaseBase}_${people}`;
  const databaseUrl = await benchDatabase(databaseName);
  console.log(`\n== ${people} people: database ${databaseName}, migrations and seed (idempotent)…`);
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  await runSeed(prisma, {
    size: 'large',
    benchmarkPeople: people,
    log: (line) => console.log(`  seed: ${line}`),
  });
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: BENCHMARK_SLUG } });
  const scope = { organisationId: organisation.id };
  const teamRows = await prisma.team.findMany({ where: scope, orderBy: { name: 'asc' }, take: 40 });
  const employees = await prisma.employee.count({ where: scope });
  const teams = await prisma.team.count({ where: scope });
  const targets: Target[] = [];
  for (const team of teamRows) {
    const requirement = await prisma.teamRequirement.findFirstOrThrow({
      where: { ...scope, teamId: team.id, kind: 'area' },
      orderBy: { id: 'asc' },
    });
    const member = await prisma.teamMembership.findFirstOrThrow({
      where: { ...scope, teamId: team.id },
      orderBy: { employeeId: 'asc' },
    });
    const outsider: { id: string } = await prisma.employee.findFirstOrThrow({
      where: { ...scope, active: true, memberships: { none: { teamId: team.id } } },
      orderBy: { id: 'asc' },
      skip: targets.length,
    });
    // The renames append ` · n` to the seeded name: to that name, not to a previous run's.
    const name = team.name.split(' · ')[0] ?? team.name;
    targets.push({
      team: { id: team.id, name },
      requirement,
      memberId: member.employeeId,
      outsiderId: outsider.id,
    });
  }
  // Memberships a previous run left behind are removed, so every run starts from the seed.
  await prisma.teamMembership.deleteMany({ where: { ...scope, roleInTeam: 'Benchmark' } });
  await prisma.$disconnect();
  const versionClient = new pg.Client({ connectionString: databaseUrl });
  await versionClient.connect();
  // The database kept from earlier runs carries their dead row versions (the organisation's version
  // row is updated by every write): measured from where autovacuum would have left it, not from
  // wherever this machine's settings (autovacuum may be off) and earlier runs left it.
  const vacuumStarted = performance.now();
  await versionClient.query('VACUUM (ANALYZE)');
  console.log(`  vacuumed in ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`);
  const currentVersion = async () =>
    Number(
      (await versionClient.query('SELECT "dataVersion" FROM "Organisation" WHERE id = $1', [organisation.id]))
        .rows[0]?.dataVersion,
    );
  return { databaseUrl, employees, teams, targets, currentVersion, close: () => versionClient.end() };
}
