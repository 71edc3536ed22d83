/**
 * One organisation size of `npm run bench:api`: starts the API on the seeded database and measures
 * the cold start, the floor, warm reads, reads after a write (one client and 10 at once) and the
 * mixed load.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/db/seed/index.ts';
import { autocannonRun, benchClient, connections, type Stats, stats } from './api-client.ts';
import { type Fixture, prepareOrganisation } from './api-fixture.ts';
import { type MixedResult, mixedLoad } from './api-mixed.ts';
import { type CpuSplit, cpuMeter } from './cpu.ts';
import { type RunningApi, signIn, startApi } from './harness.ts';

const port = Number(process.env.BENCH_PORT ?? 3399);
const writeRounds = Number(process.env.BENCH_WRITE_ROUNDS ?? 15);
/** Rounds per client of the 10-client read after write (a p95 of 150 reads, not of 80). */
const parallelRounds = Number(process.env.BENCH_PARALLEL_ROUNDS ?? 15);

export type SizeResult = {
  people: number;
  employees: number;
  teams: number;
  /** The first organisation coverage after the API reported ready (warmed from the checkpoint). */
  coldMs: number;
  /** From spawning the process to ready (boot, connections, the warm-up). */
  readyMs: number;
  /** The first organisation coverage with nothing stored (no checkpoint) and no warm-up. */
  coldFullMs: number;
  /** … with a checkpoint and one write since, but no warm-up (the request loads and patches it). */
  coldCheckpointMs: number;
  floor: Stats;
  floorRps: number;
  teamRps: number;
  orgRps: number;
  teamWarm: Stats;
  orgWarm: Stats;
  rawOrg: Stats;
  rawTeam: Stats;
  rawOrgParallel: Stats;
  rawTeamParallel: Stats;
  rawFloorParallel: Stats;
  /**
   * Where the CPU of the 10-client read after write went, how many rounds the clients made (a
   * round: a write, then the organisation and the team coverage) and their mean wall time.
   */
  parallelCpu: CpuSplit & { rounds: number; roundMeanMs: number };
  writeMs: Stats;
  mixed: MixedResult;
};

const WARM_UP_OFF = { COVERAGE_WARMUP_ORGANISATIONS: '0' };

async function signedInClient(api: RunningApi, fixture: Fixture) {
  const accessToken = await signIn(api.base, 'hr@benchmark.teamspiegel.nl', DEMO_PASSWORD);
  return { accessToken, client: benchClient(api.base, accessToken, fixture.targets) };
}

async function firstOrganisationCoverage(client: ReturnType<typeof benchClient>) {
  const cold = await client.timed(client.orgUrl);
  if (!cold.ok) throw new Error(`organisation coverage failed: ${JSON.stringify(cold.body)}`);
  return cold.ms;
}

/**
 * The cold starts without the warm-up: first with nothing stored (the checkpoints deleted: a full
 * load), then, after that process wrote its checkpoint and one audited change followed, a restart
 * that reads the checkpoint and patches it on the request. Leaves that checkpoint and change for
 * the measured start, which warms up from them before it reports ready.
 */
async function coldStartsWithoutWarmUp(fixture: Fixture) {
  const admin = new pg.Client({ connectionString: fixture.databaseUrl });
  await admin.connect();
  try {
    await admin.query('DELETE FROM "CoverageCheckpoint"');
    let api = await startApi(fixture.databaseUrl, port, { built: true, env: WARM_UP_OFF });
    let coldFullMs: number;
    try {
      const { client } = await signedInClient(api, fixture);
      coldFullMs = await firstOrganisationCoverage(client);
      // The process writes its checkpoint a few seconds after the rebuild, off the request path.
      for (let i = 0; (await admin.query('SELECT 1 FROM "CoverageCheckpoint"')).rowCount === 0; i++) {
        if (i === 300) throw new Error('no checkpoint written within 30 s');
        await sleep(100);
      }
      await client.write(2, 0);
    } finally {
      await api.stop();
    }
    api = await startApi(fixture.databaseUrl, port, { built: true, env: WARM_UP_OFF });
    try {
      const { client } = await signedInClient(api, fixture);
      return { coldFullMs, coldCheckpointMs: await firstOrganisationCoverage(client) };
    } finally {
      await api.stop();
    }
  } finally {
    await admin.end();
  }
}

export async function benchSize(people: number): Promise<SizeResult> {
  const fixture = await prepareOrganisation(people);
  const { coldFullMs, coldCheckpointMs } = await coldStartsWithoutWarmUp(fixture);
  // Built, as `npm start` runs it: the RSS is the API's own, without the TypeScript loader's.
  const spawned = performance.now();
  const api = await startApi(fixture.databaseUrl, port, { built: true });
  const readyMs = performance.now() - spawned;
  try {
    const { accessToken, client } = await signedInClient(api, fixture);
    const { orgUrl, pingUrl, timed, sequential, write, targetTeamUrl } = client;

    // Cold start: the first organisation request after the API reported ready.
    const coldMs = await firstOrganisationCoverage(client);

    const firstTeamUrl = targetTeamUrl(0);
    const floor = await sequential(pingUrl, 300);
    const teamWarm = await sequential(firstTeamUrl, 200);
    const orgWarm = await sequential(orgUrl, 200);
    const floorAc = await autocannonRun(pingUrl, accessToken);
    const teamAc = await autocannonRun(firstTeamUrl, accessToken);
    const orgAc = await autocannonRun(orgUrl, accessToken);

    // Read after write, one client: write, then the next organisation and team coverage.
    const rawOrgTimes: number[] = [];
    const rawTeamTimes: number[] = [];
    const writeTimes: number[] = [];
    for (let round = 0; round < writeRounds; round++) {
      for (let kind = 0; kind < 4; kind++) {
        const index = round * 4 + kind;
        const started = performance.now();
        await write(kind, index);
        writeTimes.push(performance.now() - started);
        rawOrgTimes.push((await timed(orgUrl)).ms);
        rawTeamTimes.push((await timed(targetTeamUrl(index))).ms);
      }
    }
    // Read after write, 10 clients at once, each on its own team.
    const parallelOrg: number[] = [];
    const parallelTeam: number[] = [];
    const parallelRoundTimes: number[] = [];
    const parallelCpuEnd = cpuMeter(api.process.pid ?? 0);
    await Promise.all(
      Array.from({ length: connections }, async (_, reader) => {
        for (let round = 0; round < parallelRounds; round++) {
          const index = reader + connections * round;
          const started = performance.now();
          await write(round, index);
          parallelOrg.push((await timed(orgUrl)).ms);
          parallelTeam.push((await timed(targetTeamUrl(index))).ms);
          parallelRoundTimes.push(performance.now() - started);
        }
      }),
    );
    const parallelCpu = {
      ...parallelCpuEnd(),
      rounds: parallelRoundTimes.length,
      roundMeanMs: parallelRoundTimes.reduce((sum, ms) => sum + ms, 0) / parallelRoundTimes.length,
    };
    const parallelFloor: number[] = [];
    await Promise.all(
      Array.from({ length: connections }, async () => {
        for (let i = 0; i < 50; i++) parallelFloor.push((await timed(pingUrl)).ms);
      }),
    );

    const mixed = await mixedLoad(client, api.process.pid ?? 0, fixture.currentVersion);
    return {
      people,
      employees: fixture.employees,
      teams: fixture.teams,
      coldMs,
      readyMs,
      coldFullMs,
      coldCheckpointMs,
      floor,
      floorRps: floorAc.requests.average,
      teamRps: teamAc.requests.average,
      orgRps: orgAc.requests.average,
      teamWarm,
      orgWarm,
      rawOrg: stats(rawOrgTimes),
      rawTeam: stats(rawTeamTimes),
      rawOrgParallel: stats(parallelOrg),
      rawTeamParallel: stats(parallelTeam),
      rawFloorParallel: stats(parallelFloor),
      parallelCpu,
      writeMs: stats(writeTimes),
      mixed,
    };
  } finally {
    await api.stop();
    await fixture.close();
  }
}
