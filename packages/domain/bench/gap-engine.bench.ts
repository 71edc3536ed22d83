// Times computeOrganisationCoverage on a deterministic synthetic organisation.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { TMemberInput, TRequirement, TTeamInput } from '../src/contracts/inputs.js';
import { compactMember } from '../src/gaps/member-profile.js';
import {
  computeOrganisationCoverage,
  computeOrganisationCoverageFrom,
  type OrganisationCoverageState,
  type TeamCoverageMemo,
} from '../src/gaps/organisation-coverage.js';
import { AREA_IDS, type AreaId } from '../src/model/areas.js';
import { CIRCLE_IDS } from '../src/model/circles.js';
import { COMPETENCY_IDS } from '../src/model/competencies.js';
import { DEVELOPMENT_ACTION_TYPE_IDS } from '../src/model/development.js';
import { LEVEL_IDS } from '../src/model/levels.js';
import { ROLE_CATALOGUE } from '../src/model/roles.js';

const TEAMS = 1_000;
const MEMBERS_PER_TEAM = 20;
const AREAS_PER_MEMBER = 3;
const REQUIREMENTS_PER_TEAM = 8;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 15;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function generate(seed: number): { teams: TTeamInput[]; rows: number } {
  const rand = prng(seed);
  const teams: TTeamInput[] = [];
  let rows = 0;
  for (let t = 0; t < TEAMS; t++) {
    const members: TMemberInput[] = [];
    for (let m = 0; m < MEMBERS_PER_TEAM; m++) {
      const levels: Partial<Record<AreaId, (typeof LEVEL_IDS)[number]>> = {};
      const start = Math.floor(rand() * AREA_IDS.length);
      for (let k = 0; k < AREAS_PER_MEMBER; k++) {
        levels[AREA_IDS[(start + k * 3) % AREA_IDS.length] as AreaId] = pick(rand, LEVEL_IDS);
        rows++;
      }
      const competencies: TMemberInput['competencies'] = {};
      for (let k = 0; k < 3; k++) competencies[pick(rand, COMPETENCY_IDS)] = 1 + Math.floor(rand() * 5);
      const development: TMemberInput['development'] =
        rand() < 0.3
          ? [
              {
                source: rand() < 0.5 ? 'ambition' : 'action',
                sourceId: `d-${t}-${m}`,
                area: pick(rand, AREA_IDS),
                level: pick(rand, LEVEL_IDS),
                expectedDate: rand() < 0.8 ? `2026-0${1 + Math.floor(rand() * 9)}-15` : null,
                actionType: pick(rand, DEVELOPMENT_ACTION_TYPE_IDS),
              },
            ]
          : [];
      members.push({
        employeeId: `e-${t}-${String(m).padStart(2, '0')}`,
        fte: Math.round((0.4 + rand() * 0.6) * 10) / 10,
        levels,
        competencies,
        circles: rand() < 0.5 ? [pick(rand, CIRCLE_IDS)] : [pick(rand, CIRCLE_IDS), pick(rand, CIRCLE_IDS)],
        development,
      });
    }
    const requirements: TRequirement[] = [];
    for (let r = 0; r < REQUIREMENTS_PER_TEAM - 3; r++) {
      requirements.push({
        id: `r-${r}`,
        kind: 'area',
        area: pick(rand, AREA_IDS),
        minLevel: pick(rand, LEVEL_IDS),
        count: 1 + Math.floor(rand() * 3),
      });
    }
    requirements.push({ id: 'r-role', kind: 'role', roleId: pick(rand, ROLE_CATALOGUE).id, count: 1 });
    requirements.push({
      id: 'r-comp',
      kind: 'competency',
      competency: pick(rand, COMPETENCY_IDS),
      minScore: 3,
      count: 2,
    });
    requirements.push({ id: 'r-circle', kind: 'circle', circle: pick(rand, CIRCLE_IDS), count: 1 });
    teams.push({ teamId: `t-${String(t).padStart(4, '0')}`, siteId: `s-${t % 40}`, members, requirements });
  }
  return { teams, rows };
}

const { teams, rows } = generate(20240601);
// The members as the API's coverage snapshot holds them: compacted once when the input is built
// (BENCH_MEMBERS=plain times plain objects, as a caller that never compacts passes them).
const plain = process.env.BENCH_MEMBERS === 'plain';
if (!plain) for (const team of teams) for (const member of team.members) compactMember(member);
const input = { teams, groupBySite: true };

let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += computeOrganisationCoverage(input).totals.overall.totalGap;

// Wall time is what a caller waits; CPU time (this process, all threads) is shown beside it
// because wall time on a shared machine also counts time spent waiting for a core.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = computeOrganisationCoverage(input);
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  sink += result.totals.overall.totalGap;
}
if (process.env.BENCH_VERBOSE) console.log(times.map((t) => t.toFixed(1)).join(' '));
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;
const best = times[0] as number;
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)] as number;
const result = computeOrganisationCoverage(input);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `organisation: ${fmt(TEAMS)} teams, ${fmt(TEAMS * MEMBERS_PER_TEAM)} members, ${fmt(rows)} area rows, ` +
    `${fmt(result.totals.overall.requirements)} requirements (${result.ranking.length} ranked, total gap ${result.totals.overall.totalGap}), ` +
    `members ${plain ? 'plain' : 'compacted'}`,
);
console.log(
  `computeOrganisationCoverage over ${RUNS} runs (after ${WARMUP} warm-up), ` +
    `load average ${loadavg()[0]?.toFixed(2)} — other work on the machine inflates wall time:`,
);
console.log(`  median ${median.toFixed(2)} ms  → ${fmt(rows / (median / 1000))} area rows/s`);
console.log(`  best   ${best.toFixed(2)} ms  → ${fmt(rows / (best / 1000))} area rows/s`);
console.log(`  cpu    ${cpuMedian.toFixed(2)} ms median (process CPU time, incl. GC threads)`);
console.log(
  `  target ≤ 12 ms per organisation (≥ 5,000,000 rows/s): median ${median <= 12 ? 'met' : 'not met'}, ` +
    `best ${best <= 12 ? 'met' : 'not met'}`,
);

// Second view: collect garbage before each run, so the run starts with an empty young
// generation. This defers (does not remove) the GC cost of the ~6 MB result; it shows how
// much of the wall time above is the engine and how much is the collector.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const computeTimes: number[] = [];
// Heap growth over a run that starts after a full GC: what the run allocates (the largest seen,
// in case a scavenge ran during one). Read outside the timed span.
let allocated = 0;
for (let i = 0; i < RUNS; i++) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const r = computeOrganisationCoverage(input);
  computeTimes.push(performance.now() - start);
  allocated = Math.max(allocated, process.memoryUsage().heapUsed - heapBefore);
  sink += r.totals.overall.totalGap;
}
computeTimes.sort((a, b) => a - b);
const computeMedian = computeTimes[Math.floor(computeTimes.length / 2)] as number;
const computeBest = computeTimes[0] as number;
console.log('with a full GC before each run (collector cost deferred, not counted):');
console.log(`  median ${computeMedian.toFixed(2)} ms  → ${fmt(rows / (computeMedian / 1000))} area rows/s`);
console.log(`  best   ${computeBest.toFixed(2)} ms  → ${fmt(rows / (computeBest / 1000))} area rows/s`);
console.log(`  heap allocated per run ${(allocated / 1e6).toFixed(2)} MB (the result and its garbage)`);

// Third view, the API's case: after a write one team's input is a new object, the rest come from
// the memo. Summing every team's part and sorting the whole ranking again, against adjusting the
// previous result for the one team (computeOrganisationCoverageFrom).
const memo: TeamCoverageMemo = new WeakMap();
let current = teams.slice();
let state: OrganisationCoverageState = computeOrganisationCoverageFrom(null, {
  teams: current,
  groupBySite: true,
  memo,
});
const changeOneTeam = (round: number) => {
  const at = (round * 37) % current.length;
  const team = current[at] as TTeamInput;
  current = current.slice();
  // A new object, as the snapshot makes for a team a write touched; every other third round a member leaves.
  current[at] = { ...team, members: round % 3 === 0 ? team.members.slice(1) : team.members.slice() };
};
const summed: number[] = [];
const adjusted: number[] = [];
for (let i = 0; i < WARMUP + RUNS; i++) {
  changeOneTeam(i);
  let start = performance.now();
  const full = computeOrganisationCoverage({ teams: current, groupBySite: true, memo });
  const summedMs = performance.now() - start;
  start = performance.now();
  state = computeOrganisationCoverageFrom(state, { teams: current, groupBySite: true, memo });
  const adjustedMs = performance.now() - start;
  if (state.result.totals.overall.totalGap !== full.totals.overall.totalGap)
    throw new Error('adjusted differs');
  if (i >= WARMUP) {
    summed.push(summedMs);
    adjusted.push(adjustedMs);
  }
}
summed.sort((a, b) => a - b);
adjusted.sort((a, b) => a - b);
const mid = (list: number[]) => (list[Math.floor(list.length / 2)] as number).toFixed(2);
console.log(
  `after one team changed (the API's read after a write), ${RUNS} runs, the other teams from the memo:`,
);
console.log(`  every team summed and the ranking sorted again: median ${mid(summed)} ms`);
console.log(
  `  the previous result adjusted for the team (computeOrganisationCoverageFrom): median ${mid(adjusted)} ms`,
);
if (sink < 0) console.log(sink);
