/**
 * `npm run bench:api` — a benchmark, not a test. Seeds the large benchmark tenant (1,000 teams,
 * 20,000 employees) idempotently, starts the API in its own process and measures with autocannon:
 *   - the floor: GET /api/session/ping (auth + one trivial SQL query through the same plugins),
 *   - GET /api/teams/:id/coverage,
 *   - GET /api/organisation/coverage (all 1,000 teams, first matrix page).
 * Prints requests/s, p50/p99, each route's ratio to the floor, and a sequential p95 for the
 * organisation coverage. Targets: team coverage ≥ 0.5× the floor; organisation p95 ≤ 50 ms.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaClient } from '../src/db/prisma-client.ts';
import { BENCHMARK_SLUG, DEMO_PASSWORD, runSeed } from '../src/db/seed/index.ts';

const apiDir = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const serverUrl = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = process.env.BENCH_DATABASE ?? 'teamspiegel_bench';
const port = Number(process.env.BENCH_PORT ?? 3399);
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

type Result = {
  requests: { average: number };
  latency: { p50: number; p99: number; p97_5: number };
  non2xx: number;
  errors: number;
};

async function ensureDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

function run(url: string, token: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: durationSeconds, headers: { authorization: `Bearer ${token}` } },
      (error: Error | null, result: Result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function sequentialP95(url: string, token: string, samples: number) {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(samples * 0.5)] ?? 0, p95: times[Math.floor(samples * 0.95)] ?? 0 };
}

const databaseUrl = await ensureDatabase();
console.log(`database ${databaseName}: applying migrations and seeding the large tenant (idempotent)…`);
await applyMigrations(databaseUrl);
const prisma = createPrismaClient(databaseUrl);
await runSeed(prisma, { size: 'large', log: (line) => console.log(`  seed: ${line}`) });
const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: BENCHMARK_SLUG } });
const team = await prisma.team.findFirstOrThrow({
  where: { organisationId: organisation.id },
  orderBy: { name: 'asc' },
});
const employees = await prisma.employee.count({ where: { organisationId: organisation.id } });
const teams = await prisma.team.count({ where: { organisationId: organisation.id } });
await prisma.$disconnect();

const api = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'src/server.ts'], {
  cwd: apiDir,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    JWT_SECRET: 'benchmark-secret-benchmark-secret-benchmark',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '100000000',
    LOGIN_RATE_LIMIT_MAX: '1000',
    // The benchmark saturates the event loop on purpose: measure throughput, not load shedding.
    LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
  },
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    await sleep(500);
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'hr@benchmark.teamspiegel.nl', password: DEMO_PASSWORD, session: 'token' }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };

  const routes = {
    floor: `${base}/api/session/ping`,
    teamCoverage: `${base}/api/teams/${team.id}/coverage`,
    organisationCoverage: `${base}/api/organisation/coverage`,
  };
  // Warm up: the first organisation request loads the snapshot (20,000 employees) into the cache.
  const coldStarted = performance.now();
  await (
    await fetch(routes.organisationCoverage, { headers: { authorization: `Bearer ${accessToken}` } })
  ).arrayBuffer();
  const coldMs = performance.now() - coldStarted;

  console.log(
    `\nbenchmark tenant: ${teams} teams, ${employees} employees; ${connections} connections, ${durationSeconds} s per route`,
  );
  const results: Record<string, Result> = {};
  for (const [name, url] of Object.entries(routes)) {
    results[name] = await run(url, accessToken);
  }
  const floor = results.floor?.requests.average ?? 1;
  console.log('\nroute                   req/s     p50 ms   p99 ms   ratio to floor   non-2xx');
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(22)} ${result.requests.average.toFixed(0).padStart(7)} ${String(result.latency.p50).padStart(9)} ${String(result.latency.p99).padStart(8)} ${(result.requests.average / floor).toFixed(2).padStart(15)} ${String(result.non2xx + result.errors).padStart(9)}`,
    );
  }
  const sequential = await sequentialP95(routes.organisationCoverage, accessToken, 200);
  console.log(
    `\norganisation coverage, one client, 200 requests: p50 ${sequential.p50.toFixed(1)} ms, p95 ${sequential.p95.toFixed(1)} ms (target ≤ 50 ms); first (cold) request ${coldMs.toFixed(0)} ms`,
  );
  const ratio = (results.teamCoverage?.requests.average ?? 0) / floor;
  console.log(`team coverage / floor: ${ratio.toFixed(2)} (target ≥ 0.5)`);
} finally {
  api.kill('SIGTERM');
}
