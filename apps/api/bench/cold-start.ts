/**
 * `npm run bench:cold` — the cold start only, measured several times: for each size in BENCH_SIZES
 * it starts the built API BENCH_COLD_RUNS times (default 5) without a stored checkpoint (deleted
 * before the run), as many times with the one the previous process wrote (both with the warm-up at
 * start switched off: the request itself loads) and as many times as a process starts by default,
 * warming up from that checkpoint before it reports ready; interleaved, each a fresh process
 * living BENCH_COLD_LINGER_MS (5 s) after its first answer, and times the first
 * GET /api/organisation/coverage after sign-in (wall time and the API process's own CPU time,
 * read from /proc, which a loaded machine disturbs less). Also printed: the time from spawning the
 * process to its first healthy answer (so that work moved before "ready" would show there).
 * BENCH_NODE_FLAGS="--max-semi-space-size=8 --cpu-prof" leaves a profile of each process in apps/api.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/db/seed/index.ts';
import { benchClient, stats } from './api-client.ts';
import { type Fixture, prepareOrganisation } from './api-fixture.ts';
import { signIn, startApi } from './harness.ts';

const sizes = (process.env.BENCH_SIZES ?? '2000,20000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isFinite(size) && size > 0);
const runs = Number(process.env.BENCH_COLD_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3399);
const lingerMs = Number(process.env.BENCH_COLD_LINGER_MS ?? 5_000);

/** User + system CPU time of a process in ms (Linux /proc: fields 14 and 15, in clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const fmt = (s: { p50: number; p95: number }) => `median ${s.p50.toFixed(0)} ms (max ${s.p95.toFixed(0)})`;

type Run = { wall: number; cpu: number; ready: number };

/** One fresh process: spawn, sign in, the first organisation coverage; then it lives on a little. */
async function coldRun(fixture: Fixture, warmUp: boolean): Promise<Run> {
  const spawned = performance.now();
  const env: Record<string, string> = warmUp ? {} : { COVERAGE_WARMUP_ORGANISATIONS: '0' };
  const api = await startApi(fixture.databaseUrl, port, { built: true, env });
  const ready = performance.now() - spawned;
  try {
    const token = await signIn(api.base, 'hr@benchmark.teamspiegel.nl', DEMO_PASSWORD);
    const client = benchClient(api.base, token, fixture.targets);
    const pid = api.process.pid as number;
    const cpuBefore = cpuMsOf(pid);
    const cold = await client.timed(client.orgUrl);
    if (!cold.ok) throw new Error(`organisation coverage failed: ${JSON.stringify(cold.body)}`);
    const cpu = cpuMsOf(pid) - cpuBefore;
    // A server lives on after its first answer: time for the checkpoint it writes off the request path.
    await sleep(lingerMs);
    return { wall: cold.ms, cpu, ready };
  } finally {
    await api.stop();
  }
}

const variants = ['without', 'with', 'warmed'] as const;
const labels = {
  without: 'without checkpoint',
  with: 'with checkpoint',
  warmed: 'with checkpoint, warmed up before ready',
};

for (const people of sizes) {
  const fixture = await prepareOrganisation(people);
  const admin = new pg.Client({ connectionString: fixture.databaseUrl });
  await admin.connect();
  try {
    const results = { without: [] as Run[], with: [] as Run[], warmed: [] as Run[] };
    // Interleaved, so that all see the same (shared, noisy) machine.
    for (let run = 0; run < runs; run++) {
      for (const checkpoint of variants) {
        // Without: as after a new day, a deploy, or before any was written. With: the one the
        // previous process wrote while it lived on. Warmed: the same, loaded before ready.
        if (checkpoint === 'without') await admin.query('DELETE FROM "CoverageCheckpoint"');
        const result = await coldRun(fixture, checkpoint === 'warmed');
        results[checkpoint].push(result);
        console.log(
          `  ${labels[checkpoint]}, run ${run + 1}: cold ${result.wall.toFixed(0)} ms wall, ${result.cpu} ms CPU; ready after ${result.ready.toFixed(0)} ms`,
        );
      }
    }
    for (const checkpoint of variants) {
      const list = results[checkpoint];
      const at = `@${people} ${labels[checkpoint]}`;
      console.log(
        `${at}: cold start (first organisation coverage) ${fmt(stats(list.map((r) => r.wall)))} wall`,
      );
      console.log(`${at}: cold start CPU of the API process ${fmt(stats(list.map((r) => r.cpu)))}`);
      console.log(`${at}: spawn to ready ${fmt(stats(list.map((r) => r.ready)))}`);
    }
  } finally {
    await admin.end();
    await fixture.close();
  }
}
