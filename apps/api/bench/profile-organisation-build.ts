/**
 * Profiling aid (not a benchmark): what one new data version costs the organisation overview's
 * build, step by step, in CPU time of this process (process.cpuUsage, not wall time: the machine
 * may be shared). Loads the 20,000-people organisation of `npm run bench:api` (BENCH_DATABASE) once,
 * then PROFILE_ROUNDS times replaces one team's input by a copy (as a patch does: the engine's memo
 * misses for that team only) and builds the view as GET /api/organisation/coverage does, without
 * the database parts (scope, change since last month).
 */

import { createPrismaClient } from '../src/db/prisma-client.ts';
import { BENCHMARK_SLUG } from '../src/db/seed/index.ts';
import { organisationCoverageBytes } from '../src/services/coverage-matrix-items.ts';
import { loadSnapshot } from '../src/services/coverage-snapshot.ts';
import {
  organisationCoverage,
  organisationCoverageView,
  overdueFilter,
  pendingInTeams,
  reassessmentInfo,
} from '../src/services/coverage-views.ts';
import { benchDatabase } from './harness.ts';

const rounds = Number(process.env.PROFILE_ROUNDS ?? 300);
const databaseUrl = await benchDatabase(process.env.BENCH_DATABASE ?? 'teamspiegel_bench');
const prisma = createPrismaClient(databaseUrl);
const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: BENCHMARK_SLUG } });
const snapshot = await loadSnapshot(prisma, organisation.id, organisation.dataVersion);
snapshot.reassessmentMonths = organisation.reassessmentMonths;
await prisma.$disconnect();

const teamIds = [...snapshot.teams.keys()];
const siteTeamCounts = new Map<string, number>();
for (const id of teamIds) {
  const siteId = snapshot.teams.get(id)?.siteId;
  if (siteId) siteTeamCounts.set(siteId, (siteTeamCounts.get(siteId) ?? 0) + 1);
}
const query = { siteId: null, page: 1, pageSize: 200, rankingLimit: 25, sort: 'site' as const };
const steps = ['engine', 'view', 'reassessment', 'bytes'] as const;
const spent = Object.fromEntries(steps.map((step) => [step, 0])) as Record<(typeof steps)[number], number>;
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
let bytes = 0;
for (let round = -20; round < rounds; round++) {
  // A patch gives the changed team a new input object (and its members' views); the rest stay.
  const teamId = teamIds[(round + 20) % teamIds.length] as string;
  const input = snapshot.teams.get(teamId);
  if (input) snapshot.teams.set(teamId, { ...input });
  let at = cpu();
  const lap = (step: (typeof steps)[number]) => {
    const now = cpu();
    if (round >= 0) spent[step] += now - at;
    at = now;
  };
  const coverage = organisationCoverage(snapshot, teamIds, false);
  lap('engine');
  const view = organisationCoverageView(snapshot, coverage, query, siteTeamCounts, {
    changes: pendingInTeams(snapshot, teamIds),
    included: false,
  });
  lap('view');
  const reassessment = reassessmentInfo(snapshot, teamIds, overdueFilter(snapshot), false);
  lap('reassessment');
  bytes = organisationCoverageBytes({ ...view, ...reassessment, dataVersion: snapshot.dataVersion }).length;
  lap('bytes');
}
const total = Object.values(spent).reduce((sum, ms) => sum + ms, 0);
console.log(`${teamIds.length} teams, response ${bytes} bytes; CPU per version over ${rounds} rounds:`);
for (const step of steps) console.log(`  ${step.padEnd(12)} ${(spent[step] / rounds).toFixed(2)} ms`);
console.log(`  ${'total'.padEnd(12)} ${(total / rounds).toFixed(2)} ms`);
