/**
 * Profiling aid (not a benchmark): starts the built API with BENCH_NODE_FLAGS (e.g. `--cpu-prof`),
 * then makes PROFILE_ROUNDS audited writes, each followed by an organisation coverage read, and prints
 * the read times (PROFILE_READ=0: no reads). With PROFILE_CLIENTS (default 1) clients at once, each writes to its own team and
 * then reads, as the benchmark's "10 clients" figure does. Also prints the CPU time the API process
 * spent (from /proc), which a shared machine's wall times hide. Uses the 20,000-people database of
 * `npm run bench:api` (BENCH_DATABASE).
 */
import { DEMO_PASSWORD } from '../src/db/seed/index.ts';
import { benchClient, stats } from './api-client.ts';
import { prepareOrganisation } from './api-fixture.ts';
import { cpuMeter } from './cpu.ts';
import { signIn, startApi } from './harness.ts';

const rounds = Number(process.env.PROFILE_ROUNDS ?? 200);
const clients = Number(process.env.PROFILE_CLIENTS ?? 1);
/** PROFILE_READ=0: writes only, to tell the writes' share of the API's CPU from the reads'. */
const read = process.env.PROFILE_READ !== '0';
const fixture = await prepareOrganisation(Number(process.env.BENCH_SIZES ?? 20_000));
const api = await startApi(fixture.databaseUrl, Number(process.env.BENCH_PORT ?? 3399), { built: true });
try {
  const token = await signIn(api.base, 'hr@benchmark.teamspiegel.nl', DEMO_PASSWORD);
  const client = benchClient(api.base, token, fixture.targets);
  const first = await client.timed(client.orgUrl);
  console.log('organisation coverage JSON', JSON.stringify(first.body).length, 'characters');
  const times: number[] = [];
  const cpuEnd = cpuMeter(api.process.pid ?? 0);
  const versionBefore = await fixture.currentVersion();
  await Promise.all(
    Array.from({ length: clients }, async (_, reader) => {
      for (let round = reader; round < rounds; round += clients) {
        await client.write(round, round);
        if (read) times.push((await client.timed(client.orgUrl)).ms);
      }
    }),
  );
  const versions = (await fixture.currentVersion()) - versionBefore;
  console.log(`organisation read after write, ${clients} client(s)`, stats(times));
  const cpu = cpuEnd();
  console.log(`API CPU ${cpu.apiMs} ms for ${rounds} writes + reads (${versions} versions)`);
  console.log(`load generator CPU ${Math.round(cpu.generatorMs)} ms, wall ${Math.round(cpu.wallMs)} ms`);
} finally {
  await api.stop();
  await fixture.close();
}
