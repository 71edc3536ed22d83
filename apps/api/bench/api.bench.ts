/**
 * `npm run bench:api` — a benchmark, not a test. For each organisation size in BENCH_SIZES
 * (default 2000,20000 people; each in its own database, seeded idempotently) it starts the API in
 * its own process and measures (api-measure.ts):
 *   - cold start: the first organisation coverage after the API reported ready, which it does once
 *     it warmed up from the stored checkpoint (and the time to ready); for context also the first
 *     one without the warm-up, with nothing stored and with a checkpoint;
 *   - the floor: GET /api/session/ping (auth + one trivial SQL query), sequential and autocannon;
 *   - warm team and organisation coverage;
 *   - read after write: an audited change (a level, a membership, a requirement, a team rename)
 *     through the API, then the next organisation coverage and the next coverage of the changed
 *     team, one client and 10 clients at once (and where the 10 clients' CPU went: the API,
 *     PostgreSQL, this load generator, all on the same cores here — bench/cpu.ts);
 *   - mixed load (api-mixed.ts): 10 readers (organisation and team coverage) while a writer changes
 *     something every 100 ms for BENCH_MIXED_SECONDS (30): read p95, errors, stale reads (a read that
 *     started after a write was acknowledged but answers an older dataVersion), the API's peak RSS.
 * Then it prints one table: figure | measured | target | met.
 */
import { connections } from './api-client.ts';
import { benchSize, type SizeResult } from './api-measure.ts';
import { type Figure, printTable } from './harness.ts';

const sizes = (process.env.BENCH_SIZES ?? '2000,20000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isFinite(size) && size > 0);

const ms = (value: number) => `${value.toFixed(1)} ms`;
const row = (figure: string, measured: string, target = '', met: boolean | null = null): Figure => ({
  figure,
  measured,
  target,
  met,
});

/** The figures of one size; targets apply at 20,000 people (and the mixed load at every size). */
function sizeFigures(r: SizeResult): Figure[] {
  const at = `@${r.people.toLocaleString('en')}`;
  const big = r.people >= 20_000;
  const target = (text: string, met: boolean) => (big ? { target: text, met } : { target: '', met: null });
  const withTarget = (figure: string, measured: string, t: { target: string; met: boolean | null }) =>
    row(figure, measured, t.target, t.met);
  const { mixed } = r;
  return [
    row(`${at} organisation: ${r.teams} teams, ${r.employees} employees`, ''),
    row(`${at} floor (ping) p50 / p95, one client`, `${ms(r.floor.p50)} / ${ms(r.floor.p95)}`),
    row(
      `${at} req/s floor / team / organisation (${connections} conn.)`,
      `${r.floorRps.toFixed(0)} / ${r.teamRps.toFixed(0)} / ${r.orgRps.toFixed(0)}`,
    ),
    row(`${at} warm team coverage p50 / p95`, `${ms(r.teamWarm.p50)} / ${ms(r.teamWarm.p95)}`),
    row(`${at} warm organisation coverage p50 / p95`, `${ms(r.orgWarm.p50)} / ${ms(r.orgWarm.p95)}`),
    row(`${at} audited write p50 / p95 (the write itself)`, `${ms(r.writeMs.p50)} / ${ms(r.writeMs.p95)}`),
    withTarget(
      `${at} read after write: organisation p95, one client`,
      ms(r.rawOrg.p95),
      target('≤ 50 ms', r.rawOrg.p95 <= 50),
    ),
    withTarget(
      `${at} read after write: team p95, one client`,
      `${ms(r.rawTeam.p95)} (${(r.rawTeam.p95 / r.floor.p95).toFixed(1)}× floor p95)`,
      target('≤ 5× floor p95', r.rawTeam.p95 <= 5 * r.floor.p95),
    ),
    withTarget(
      `${at} read after write: organisation p95, ${connections} clients`,
      ms(r.rawOrgParallel.p95),
      target('≤ 50 ms', r.rawOrgParallel.p95 <= 50),
    ),
    withTarget(
      `${at} read after write: team p95, ${connections} clients`,
      `${ms(r.rawTeamParallel.p95)} (${(r.rawTeamParallel.p95 / r.rawFloorParallel.p95).toFixed(1)}× floor p95 at ${connections} clients, ${ms(r.rawFloorParallel.p95)})`,
      target('≤ 5× floor p95', r.rawTeamParallel.p95 <= 5 * r.rawFloorParallel.p95),
    ),
    ...saturationFigures(at, r.parallelCpu),
    withTarget(
      `${at} cold start: first organisation coverage after ready`,
      `${ms(r.coldMs)} (ready ${ms(r.readyMs)} after spawn)`,
      target('≤ 300 ms', r.coldMs <= 300),
    ),
    row(
      `${at} … without warm-up: nothing stored / checkpoint + 1 write`,
      `${ms(r.coldFullMs)} / ${ms(r.coldCheckpointMs)}`,
    ),
    row(
      `${at} mixed load: read p95 (${mixed.reads} reads, ${mixed.writes} writes)`,
      ms(mixed.read.p95),
      '≤ 50 ms',
      mixed.read.p95 <= 50,
    ),
    row(`${at} mixed load: errors`, String(mixed.errors), '0', mixed.errors === 0),
    row(`${at} mixed load: stale reads`, String(mixed.staleReads), '0', mixed.staleReads === 0),
    withTarget(
      `${at} API peak RSS under mixed load`,
      `${mixed.peakRssMb.toFixed(0)} MB`,
      target('≤ 300 MB', mixed.peakRssMb <= 300),
    ),
  ];
}

/**
 * Where the CPU of the 10-client read after write went. In a closed loop of N clients on C cores
 * that all of it shares, a client's round takes at least N × (CPU per round) ÷ C: when the measured
 * round is near that, the latencies above are the machine's queue, whatever the code does.
 */
function saturationFigures(at: string, cpu: SizeResult['parallelCpu']): Figure[] {
  const perRound = (ms: number) => ms / cpu.rounds;
  const demand = perRound(cpu.apiMs + cpu.postgresMs + cpu.generatorMs);
  const least = (connections * demand) / cpu.cores;
  return [
    row(
      `${at} ${connections} clients: CPU per round (write, organisation and team read), API / PostgreSQL / load generator`,
      `${ms(perRound(cpu.apiMs))} / ${ms(perRound(cpu.postgresMs))} / ${ms(perRound(cpu.generatorMs))} = ${ms(demand)} (${cpu.cores} cores ${(cpu.coresBusy * 100).toFixed(0)}% busy)`,
    ),
    row(
      `${at} ${connections} clients: mean round, and the least the CPU allows (${connections} × CPU per round ÷ ${cpu.cores} cores)`,
      `${ms(cpu.roundMeanMs)} / ${ms(least)}`,
    ),
  ];
}

/** How team coverage and the cold start grow from the small organisation to the large one. */
function scalingFigures(small: SizeResult, large: SizeResult): Figure[] {
  const warm = large.teamWarm.p50 / small.teamWarm.p50;
  const afterWrite = large.rawTeam.p50 / small.rawTeam.p50;
  const cold = large.coldMs / small.coldMs;
  const ratio = `${large.people}/${small.people}`;
  const parallel = large.rawOrgParallel.p95 / small.rawOrgParallel.p95;
  return [
    // Without a target: whether the 10-client figure grows with the organisation or with the load.
    row(`organisation read after write p95 ${ratio}, ${connections} clients`, `${parallel.toFixed(2)}×`),
    row(`team coverage p50 ${ratio}, warm`, `${warm.toFixed(2)}×`, '≤ 1.5×', warm <= 1.5),
    row(
      `team coverage p50 ${ratio}, after a write`,
      `${afterWrite.toFixed(2)}×`,
      '≤ 1.5×',
      afterWrite <= 1.5,
    ),
    row(`cold start ${ratio}`, `${cold.toFixed(1)}×`, '≤ 12×', cold <= 12),
  ];
}

const results: SizeResult[] = [];
for (const people of sizes) results.push(await benchSize(people));
const figures = results.flatMap(sizeFigures);
const small = results.find((r) => r.people < 20_000);
const large = results.find((r) => r.people >= 20_000);
if (small && large) figures.push(...scalingFigures(small, large));
console.log('');
printTable(figures);
