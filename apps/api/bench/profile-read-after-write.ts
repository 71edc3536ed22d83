/**
 * Profiling aid (not a benchmark): starts the built API with BENCH_NODE_FLAGS (e.g. `--cpu-prof`),
 * then makes PROFILE_ROUNDS audited writes, each followed by an organisation coverage read, and prints
 * the read times. Uses the 20,000-people database of `npm run bench:api` (BENCH_DATABASE).
 */
import { DEMO_PASSWORD } from '../src/db/seed/index.ts';
import { benchClient, stats } from './api-client.ts';
import { prepareOrganisation } from './api-fixture.ts';
import { signIn, startApi } from './harness.ts';

const rounds = Number(process.env.PROFILE_ROUNDS ?? 200);
const fixture = await prepareOrganisation(Number(process.env.BENCH_SIZES ?? 20_000));
const api = await startApi(fixture.databaseUrl, Number(process.env.BENCH_PORT ?? 3399), { built: true });
try {
  const token = await signIn(api.base, 'hr@benchmark.teamspiegel.nl', DEMO_PASSWORD);
  const client = benchClient(api.base, token, fixture.targets);
  const first = await client.timed(client.orgUrl);
  console.log('organisation coverage JSON', JSON.stringify(first.body).length, 'characters');
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await client.write(i, i);
    times.push((await client.timed(client.orgUrl)).ms);
  }
  console.log('organisation read after write', stats(times));
} finally {
  await api.stop();
  await fixture.close();
}
