import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { DEMO_PASSWORD, runSeed } from '../../src/db/seed/index.ts';
import { DEMO, TEST_JWT_SECRET } from '../helpers/build.ts';
import { createThrowawayCluster, type ThrowawayCluster } from '../helpers/throwaway-cluster.ts';

/**
 * Fault test: a PostgreSQL of the test's own is crashed (pg_ctl stop -m immediate) and started
 * again while writers keep posting. During the outage every answer is a 503 problem+json with
 * Retry-After, quickly (no request waits for a connection timeout); after the database is back
 * writes succeed again within 10 s; every write that was acknowledged is in the database.
 * A second case starts the API while the database is down: it waits (logging) instead of exiting.
 */
const WRITERS = 4;
const RECOVERY_LIMIT_MS = 10_000;

type Outcome = { seq: number; name: string; start: number; end: number; status: number; body: string };

let cluster: ThrowawayCluster;
let app: FastifyInstance;
let token: string;
const databaseName = 'teamspiegel_fault';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (condition: () => boolean, limitMs: number) => {
  const started = Date.now();
  while (!condition() && Date.now() - started < limitMs) await sleep(20);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

beforeAll(async () => {
  cluster = await createThrowawayCluster();
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();
  await applyMigrations(cluster.url(databaseName));
  const prisma = createPrismaClient(cluster.url(databaseName));
  await runSeed(prisma);
  await prisma.$disconnect();

  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '1000000',
  });
  app = await buildApp(
    { config, databaseUrl: cluster.url(databaseName), mailer: { async send() {} } },
    { logger: false },
  );
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: DEMO.hr, password: DEMO_PASSWORD, session: 'token' },
  });
  token = (login.json() as { accessToken: string }).accessToken;
}, 300_000);

afterAll(async () => {
  await app?.close();
  await cluster?.destroy();
});

describe('database crash and restart under write load', () => {
  it('answers 503 quickly during the outage, recovers within 10 s and loses no acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    let seq = 0;
    let running = true;
    const writer = async () => {
      while (running) {
        const n = ++seq;
        const name = `fault ${n}`;
        const start = Date.now();
        const response = await app.inject({
          method: 'POST',
          url: '/api/sites',
          headers: { authorization: `Bearer ${token}` },
          payload: { name },
        });
        outcomes.push({
          seq: n,
          name,
          start,
          end: Date.now(),
          status: response.statusCode,
          body: response.body,
        });
        if (response.statusCode === 503) {
          expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
          expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
        }
        // Clients honour Retry-After only loosely; keep the pressure on.
        if (response.statusCode >= 500) await sleep(50);
      }
    };
    const acknowledged = () => outcomes.filter((o) => o.status === 201 || o.status === 200);
    const writers = Array.from({ length: WRITERS }, writer);

    await until(() => acknowledged().length >= 40, 60_000);
    await cluster.stop('immediate');
    const down = Date.now();
    await until(() => outcomes.filter((o) => o.start > down).length >= 40, 30_000);
    const restarting = Date.now();
    await cluster.start();
    const back = Date.now();
    await until(() => acknowledged().some((o) => o.start >= back), 30_000);
    const firstSuccess = acknowledged().find((o) => o.start >= back);
    await sleep(500);
    running = false;
    await Promise.all(writers);

    // `<=`: an answer in the same millisecond as the restart was still counted by the wait above.
    const duringOutage = outcomes.filter((o) => o.start > down && o.end <= restarting);
    const latencies = duringOutage.map((o) => o.end - o.start);
    const statuses: Record<number, number> = {};
    for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;

    const check = new pg.Client({ connectionString: cluster.url(databaseName) });
    await check.connect();
    const stored = await check.query<{ name: string }>(`SELECT name FROM "Site" WHERE name LIKE 'fault %'`);
    await check.end();
    const storedNames = new Set(stored.rows.map((row) => row.name));
    const lost = acknowledged().filter((o) => !storedNames.has(o.name));
    const recoveryMs = firstSuccess ? firstSuccess.end - back : Number.POSITIVE_INFINITY;

    console.log(
      `fault: ${outcomes.length} writes sent by ${WRITERS} writers, ${acknowledged().length} acknowledged, ` +
        `statuses ${JSON.stringify(statuses)}; outage ${restarting - down} ms: ${duringOutage.length} answers, ` +
        `${duringOutage.filter((o) => o.status === 503).length} of them 503, latency median ${median(latencies)} ms, ` +
        `max ${Math.max(0, ...latencies)} ms; database back after pg_ctl start in ${back - restarting} ms, ` +
        `first acknowledged write ${recoveryMs} ms later; acknowledged writes missing: ${lost.length}; ` +
        `rows stored ${storedNames.size} (acknowledged ${acknowledged().length}; the rest were cut off mid-flight)`,
    );

    expect(duringOutage.length).toBeGreaterThanOrEqual(40);
    expect(
      duringOutage.filter((o) => o.status !== 503).map((o) => `${o.status} ${o.body.slice(0, 200)}`),
    ).toEqual([]);
    // Fast: refused connections answer at once, no request waits out the 5 s connection timeout.
    expect(Math.max(...latencies)).toBeLessThan(5000);
    expect(Object.keys(statuses).filter((status) => !['200', '201', '503'].includes(status))).toEqual([]);
    expect(recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);
    expect(lost.map((o) => o.name)).toEqual([]);
  }, 180_000);
});

describe('start while the database is down', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  });

  it('waits for the database with backoff, logging it, and serves once it is up', async () => {
    await cluster.stop('fast');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));

    const apiDir = fileURLToPath(new URL('../../', import.meta.url));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: apiDir,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: cluster.url(databaseName),
        JWT_SECRET: TEST_JWT_SECRET,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        TEAMSPIEGEL_SEED_DEMO: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const retries = () => (output.match(/not reachable .*retrying in \d+ ms/g) ?? []).length;
    await until(() => retries() >= 3 || child?.exitCode !== null, 60_000);
    expect(child.exitCode, output).toBeNull();
    expect(retries(), output).toBeGreaterThanOrEqual(3);

    await cluster.start();
    let ready = 0;
    const started = Date.now();
    while (ready !== 200 && Date.now() - started < 120_000 && child.exitCode === null) {
      ready = await fetch(`http://127.0.0.1:${port}/api/health/ready`)
        .then((response) => response.status)
        .catch(() => 0);
      if (ready !== 200) await sleep(250);
    }
    console.log(
      `fault: API started with the database down, ${retries()} logged retries, ready after the database came back`,
    );
    expect(ready, output).toBe(200);
    expect(output).toMatch(/reachable after \d+ attempts/);
  }, 240_000);
});
