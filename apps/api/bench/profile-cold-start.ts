/**
 * Profiling aid (not a benchmark): the phases of a cold organisation overview in a fresh process,
 * timed one by one (wall and this process's CPU): the first Prisma query, the snapshot, the engine
 * over every team, last month's point (the change tile), the view and its JSON. Run it with
 * `node --max-semi-space-size=8 --import tsx bench/profile-cold-start.ts` (add `--cpu-prof` for a
 * profile) against the database of `npm run bench:api` (BENCH_DATABASE, BENCH_SIZES: one size).
 */

import { subscribe } from 'node:diagnostics_channel';
import { createPrismaClient } from '../src/db/prisma-client.ts';
import { BENCHMARK_SLUG } from '../src/db/seed/index.ts';
import type { Db } from '../src/plugins/app/prisma.ts';
import { coverageChange } from '../src/services/coverage-change.ts';
import { writeCheckpoint } from '../src/services/coverage-checkpoint.ts';
import { organisationCoverageBytes } from '../src/services/coverage-matrix-items.ts';
import { coverageSnapshot } from '../src/services/coverage-snapshot.ts';
import { organisationCoverage, organisationCoverageView } from '../src/services/coverage-views.ts';
import { benchDatabase } from './harness.ts';

const people = Number(process.env.BENCH_SIZES ?? 20_000);
const base = process.env.BENCH_DATABASE ?? 'teamspiegel_bench';
const url = await benchDatabase(people === 20_000 ? base : `${base}_${people}`);
const db = createPrismaClient(url) as unknown as Db;

const phases: string[] = [];
subscribe('teamspiegel:coverage-checkpoint', (event) => console.log('checkpoint', JSON.stringify(event)));
let wall = performance.now();
let cpu = process.cpuUsage();
function phase(name: string) {
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  phases.push(
    `${name.padEnd(28)} ${(now - wall).toFixed(0).padStart(6)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms CPU`,
  );
  wall = performance.now();
  cpu = process.cpuUsage();
}

const { id: organisationId } = await db.organisation.findUniqueOrThrow({ where: { slug: BENCHMARK_SLUG } });
phase('first query');
const snapshot = await coverageSnapshot(db, organisationId);
phase('snapshot');
const teamIds = [...snapshot.teams.keys()];
const coverage = organisationCoverage(snapshot, teamIds);
phase('engine (every team)');
const change = await coverageChange(db, snapshot, {
  teamIds: [...teamIds, ...snapshot.archivedTeams.keys()],
  currentCoverage: coverage.teams,
});
phase('change since last month');
const siteTeamCounts = new Map<string, number>();
for (const team of snapshot.teams.values()) {
  siteTeamCounts.set(team.siteId, (siteTeamCounts.get(team.siteId) ?? 0) + 1);
}
const json = organisationCoverageBytes(
  organisationCoverageView(
    snapshot,
    coverage,
    { siteId: null, page: 1, pageSize: 50, rankingLimit: 10 },
    siteTeamCounts,
    { changes: 0, included: false },
    change,
  ),
);
phase('view + JSON');
console.log(`${snapshot.teams.size} teams, ${snapshot.members.size} members, ${json.length} bytes`);
for (const line of phases) console.log(line);
// For the next run: this process's checkpoint (the API writes it a little after a rebuild).
if (process.env.PROFILE_WRITE_CHECKPOINT !== 'false') {
  console.log('checkpoint written:', await writeCheckpoint(db, snapshot));
}
await (db as unknown as { $disconnect: () => Promise<void> }).$disconnect();
