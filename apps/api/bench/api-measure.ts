/**
 * One organisation size of `npm run bench:api`: starts the API on the seeded database and measures
 * the cold start, the floor, warm reads, reads after a write (one client and 10 at once) and the
 * mixed load.
 */
import { DEMO_PASSWORD } from '../src/db/seed/index.ts';
import { autocannonRun, benchClient, connections, type Stats, stats } from './api-client.ts';
import { prepareOrganisation } from './api-fixture.ts';
import { type MixedResult, mixedLoad } from './api-mixed.ts';
import { signIn, startApi } from './harness.ts';

const port = Number(process.env.BENCH_PORT ?? 3399);
const writeRounds = Number(process.env.BENCH_WRITE_ROUNDS ?? 15);

export type SizeResult = {
  people: number;
  employees: number;
  teams: number;
  coldMs: number;
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
  writeMs: Stats;
  mixed: MixedResult;
};

export async function benchSize(people: number): Promise<SizeResult> {
  const fixture = await prepareOrganisation(people);
  // Built, as `npm start` runs it: the RSS is the API's own, without the TypeScript loader's.
  const api = await startApi(fixture.databaseUrl, port, { built: true });
  try {
    const accessToken = await signIn(api.base, 'hr@benchmark.teamspiegel.nl', DEMO_PASSWORD);
    const client = benchClient(api.base, accessToken, fixture.targets);
    const { orgUrl, pingUrl, timed, sequential, write, targetTeamUrl } = client;

    // Cold start: the first organisation request loads the whole organisation.
    const cold = await timed(orgUrl);
    if (!cold.ok) throw new Error(`organisation coverage failed: ${JSON.stringify(cold.body)}`);

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
    await Promise.all(
      Array.from({ length: connections }, async (_, reader) => {
        for (let round = 0; round < Math.max(4, Math.round(writeRounds / 2)); round++) {
          const index = reader + connections * round;
          await write(round, index);
          parallelOrg.push((await timed(orgUrl)).ms);
          parallelTeam.push((await timed(targetTeamUrl(index))).ms);
        }
      }),
    );
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
      coldMs: cold.ms,
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
      writeMs: stats(writeTimes),
      mixed,
    };
  } finally {
    await api.stop();
    await fixture.close();
  }
}
