/**
 * `npm run bench:api` — a benchmark, not a test. For each organisation size in BENCH_SIZES
 * (default 2000,20000 people; each in its own database, seeded idempotently) it starts the API in
 * its own process and measures:
 *   - cold start: the first organisation coverage after the API started (the snapshot load);
 *   - the floor: GET /api/session/ping (auth + one trivial SQL query), sequential and autocannon;
 *   - warm team and organisation coverage;
 *   - read after write: an audited change (a level, a membership, a requirement, a team rename)
 *     through the API, then the next organisation coverage and the next coverage of the changed
 *     team, one client and 10 clients at once;
 *   - mixed load: 10 readers (organisation and team coverage) while a writer changes something
 *     every 100 ms for BENCH_MIXED_SECONDS (30): read p95, errors, stale reads (a read that started
 *     after a write was acknowledged but answers an older dataVersion), the API's peak RSS.
 * Then it prints one table: figure | measured | target | met.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { AREA_IDS, LEVEL_IDS } from '@teamspiegel/domain';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { createPrismaClient } from '../src/db/prisma-client.ts';
import { BENCHMARK_SLUG, DEMO_PASSWORD, runSeed } from '../src/db/seed/index.ts';

const apiDir = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const serverUrl = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseBase = process.env.BENCH_DATABASE ?? 'teamspiegel_bench';
const port = Number(process.env.BENCH_PORT ?? 3399);
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const mixedSeconds = Number(process.env.BENCH_MIXED_SECONDS ?? 30);
const writeRounds = Number(process.env.BENCH_WRITE_ROUNDS ?? 15);
const sizes = (process.env.BENCH_SIZES ?? '2000,20000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isFinite(size) && size > 0);

type Autocannon = {
  requests: { average: number };
  latency: { p50: number; p99: number; p97_5: number };
  non2xx: number;
  errors: number;
};
type Stats = { p50: number; p95: number; n: number };

function stats(times: number[]): Stats {
  const sorted = times.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

async function ensureDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function autocannonRun(url: string, token: string): Promise<Autocannon> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: durationSeconds, headers: { authorization: `Bearer ${token}` } },
      (error: Error | null, result: Autocannon) => (error ? reject(error) : resolve(result)),
    );
  });
}

function rssMb(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

type SizeResult = {
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
  mixedRead: Stats;
  mixedReads: number;
  mixedWrites: number;
  mixedErrors: number;
  staleReads: number;
  peakRssMb: number;
};

async function startApi(databaseUrl: string): Promise<ChildProcess> {
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
      // Production refuses to start without a mail server; the benchmark sends no mail.
      SMTP_HOST: process.env.SMTP_HOST ?? '127.0.0.1',
      MAIL_FROM: process.env.MAIL_FROM ?? 'benchmark@teamspiegel.invalid',
      RATE_LIMIT_MAX: '100000000',
      LOGIN_RATE_LIMIT_MAX: '1000',
      // The benchmark saturates the event loop on purpose: measure throughput, not load shedding.
      LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240 && api.exitCode === null; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return api;
    } catch {
      // starting
    }
    await sleep(250);
  }
  api.kill('SIGTERM');
  throw new Error('the API did not start');
}

async function benchSize(people: number): Promise<SizeResult> {
  const databaseName = people === 20_000 ? databaseBase : `${databaseBase}_${people}`;
  const databaseUrl = await ensureDatabase(databaseName);
  console.log(`\n== ${people} people: database ${databaseName}, migrations and seed (idempotent)…`);
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  await runSeed(prisma, {
    size: 'large',
    benchmarkPeople: people,
    log: (line) => console.log(`  seed: ${line}`),
  });
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: BENCHMARK_SLUG } });
  const scope = { organisationId: organisation.id };
  const teamRows = await prisma.team.findMany({ where: scope, orderBy: { name: 'asc' }, take: 40 });
  const employees = await prisma.employee.count({ where: scope });
  const teams = await prisma.team.count({ where: scope });
  // Per written team: a requirement to change and a person (of another team) to add to it.
  type Target = {
    team: { id: string; name: string };
    requirement: { id: string; area: string | null; minLevel: string | null };
    memberId: string;
    outsiderId: string;
  };
  const targets: Target[] = [];
  for (const team of teamRows) {
    const requirement = await prisma.teamRequirement.findFirstOrThrow({
      where: { ...scope, teamId: team.id, kind: 'area' },
      orderBy: { id: 'asc' },
    });
    const member = await prisma.teamMembership.findFirstOrThrow({
      where: { ...scope, teamId: team.id },
      orderBy: { employeeId: 'asc' },
    });
    const outsider: { id: string } = await prisma.employee.findFirstOrThrow({
      where: { ...scope, active: true, memberships: { none: { teamId: team.id } } },
      orderBy: { id: 'asc' },
      skip: targets.length,
    });
    targets.push({ team, requirement, memberId: member.employeeId, outsiderId: outsider.id });
  }
  // Memberships a previous run left behind are removed, so every run starts from the seed.
  await prisma.teamMembership.deleteMany({ where: { ...scope, roleInTeam: 'Benchmark' } });
  await prisma.$disconnect();
  const versionClient = new pg.Client({ connectionString: databaseUrl });
  await versionClient.connect();
  const currentVersion = async () =>
    Number(
      (await versionClient.query('SELECT "dataVersion" FROM "Organisation" WHERE id = $1', [organisation.id]))
        .rows[0]?.dataVersion,
    );

  const api = await startApi(databaseUrl);
  const base = `http://127.0.0.1:${port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'hr@benchmark.teamspiegel.nl',
        password: DEMO_PASSWORD,
        session: 'token',
      }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}` };
    const orgUrl = `${base}/api/organisation/coverage`;
    const teamUrl = (teamId: string) => `${base}/api/teams/${teamId}/coverage`;

    async function timed(
      url: string,
      init?: RequestInit,
    ): Promise<{ ms: number; body: unknown; ok: boolean }> {
      const started = performance.now();
      const response = await fetch(url, { ...init, headers: { ...headers, ...(init?.headers ?? {}) } });
      const text = await response.text();
      const ms = performance.now() - started;
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { ms, body, ok: response.ok };
    }
    async function sequential(url: string, samples: number) {
      const times: number[] = [];
      for (let i = 0; i < samples; i++) times.push((await timed(url)).ms);
      return stats(times);
    }

    // Cold start: the first organisation request loads the whole organisation.
    const cold = await timed(orgUrl);
    if (!cold.ok) throw new Error(`organisation coverage failed: ${JSON.stringify(cold.body)}`);

    const firstTeam = targets[0]?.team.id ?? '';
    const floor = await sequential(`${base}/api/session/ping`, 300);
    const teamWarm = await sequential(teamUrl(firstTeam), 200);
    const orgWarm = await sequential(orgUrl, 200);
    const floorAc = await autocannonRun(`${base}/api/session/ping`, accessToken);
    const teamAc = await autocannonRun(teamUrl(firstTeam), accessToken);
    const orgAc = await autocannonRun(orgUrl, accessToken);

    // The audited changes, each on one of the target teams (so its coverage must be recomputed).
    const added = new Map<number, string>();
    let counter = 0;
    async function write(kind: number, index: number): Promise<void> {
      const target = targets[index % targets.length];
      if (!target) throw new Error('no target team');
      const json = { 'content-type': 'application/json' };
      let response: Response;
      counter++;
      switch (kind % 4) {
        case 0:
          response = await fetch(`${base}/api/area-levels`, {
            method: 'POST',
            headers: { ...headers, ...json },
            body: JSON.stringify({
              employeeId: target.memberId,
              area: AREA_IDS[counter % AREA_IDS.length],
              level: LEVEL_IDS[counter % LEVEL_IDS.length],
            }),
          });
          break;
        case 1: {
          const existing = added.get(index % targets.length);
          if (existing) {
            added.delete(index % targets.length);
            response = await fetch(`${base}/api/memberships/${existing}`, { method: 'DELETE', headers });
          } else {
            response = await fetch(`${base}/api/memberships`, {
              method: 'POST',
              headers: { ...headers, ...json },
              body: JSON.stringify({
                teamId: target.team.id,
                employeeId: target.outsiderId,
                startDate: '2020-01-01',
                roleInTeam: 'Benchmark',
              }),
            });
            if (response.ok) {
              const row = (await response.clone().json()) as { id: string };
              added.set(index % targets.length, row.id);
            }
          }
          break;
        }
        case 2:
          response = await fetch(`${base}/api/team-requirements/${target.requirement.id}`, {
            method: 'PATCH',
            headers: { ...headers, ...json },
            body: JSON.stringify({
              kind: 'area',
              area: target.requirement.area,
              minLevel: target.requirement.minLevel,
              count: 1 + (counter % 4),
            }),
          });
          break;
        default:
          response = await fetch(`${base}/api/teams/${target.team.id}`, {
            method: 'PATCH',
            headers: { ...headers, ...json },
            body: JSON.stringify({ name: `${target.team.name} · ${counter}` }),
          });
      }
      if (!response.ok)
        throw new Error(`write ${kind % 4} failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    }

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
        rawTeamTimes.push((await timed(teamUrl(targets[index % targets.length]?.team.id ?? ''))).ms);
      }
    }
    // Read after write, 10 clients at once, each on its own team.
    const parallelOrg: number[] = [];
    const parallelTeam: number[] = [];
    await Promise.all(
      Array.from({ length: connections }, async (_, client) => {
        for (let round = 0; round < Math.max(4, Math.round(writeRounds / 2)); round++) {
          const index = client + connections * round;
          await write(round, index);
          parallelOrg.push((await timed(orgUrl)).ms);
          parallelTeam.push((await timed(teamUrl(targets[index % targets.length]?.team.id ?? ''))).ms);
        }
      }),
    );
    const parallelFloor: number[] = [];
    await Promise.all(
      Array.from({ length: connections }, async () => {
        for (let i = 0; i < 50; i++) parallelFloor.push((await timed(`${base}/api/session/ping`)).ms);
      }),
    );

    // Mixed load: 10 readers, one writer every 100 ms; every read must reflect every write
    // acknowledged before it started.
    const acknowledged: Array<{ at: number; version: number }> = [];
    const mixedTimes: number[] = [];
    let mixedErrors = 0;
    let staleReads = 0;
    let mixedWrites = 0;
    let peakRss = rssMb(api.pid);
    const ends = performance.now() + mixedSeconds * 1000;
    const rssTimer = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(api.pid));
    }, 250);
    const versionAckedBefore = (at: number) => {
      let version = 0;
      for (const entry of acknowledged) if (entry.at < at && entry.version > version) version = entry.version;
      return version;
    };
    const writer = (async () => {
      let index = 0;
      while (performance.now() < ends) {
        const next = performance.now() + 100;
        try {
          await write(index, index);
          // The version the change committed at (one writer: nothing else moves it).
          acknowledged.push({ at: performance.now(), version: await currentVersion() });
          mixedWrites++;
        } catch (error) {
          mixedErrors++;
          console.error(`  writer: ${(error as Error).message}`);
        }
        index++;
        const wait = next - performance.now();
        if (wait > 0) await sleep(wait);
      }
    })();
    const readers = Array.from({ length: connections }, async (_, reader) => {
      let i = 0;
      while (performance.now() < ends) {
        const url =
          (reader + i) % 2 === 0 ? orgUrl : teamUrl(targets[(reader + i) % targets.length]?.team.id ?? '');
        const startedAt = performance.now();
        const mustSee = versionAckedBefore(startedAt);
        try {
          const result = await timed(url);
          mixedTimes.push(result.ms);
          if (!result.ok) mixedErrors++;
          else if (((result.body as { dataVersion?: number }).dataVersion ?? -1) < mustSee) staleReads++;
        } catch {
          mixedErrors++;
        }
        i++;
      }
    });
    await Promise.all([writer, ...readers]);
    clearInterval(rssTimer);

    return {
      people,
      employees,
      teams,
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
      mixedRead: stats(mixedTimes),
      mixedReads: mixedTimes.length,
      mixedWrites,
      mixedErrors,
      staleReads,
      peakRssMb: peakRss,
    };
  } finally {
    api.kill('SIGTERM');
    await versionClient.end();
    await new Promise((resolve) => api.once('exit', resolve));
  }
}

const results: SizeResult[] = [];
for (const people of sizes) results.push(await benchSize(people));

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rows: Array<[string, string, string, boolean | null]> = [];
for (const r of results) {
  const at = `@${r.people.toLocaleString('en')}`;
  rows.push([`${at} organisation: ${r.teams} teams, ${r.employees} employees`, '', '', null]);
  rows.push([
    `${at} floor (ping) p50 / p95, one client`,
    `${ms(r.floor.p50)} / ${ms(r.floor.p95)}`,
    '',
    null,
  ]);
  rows.push([
    `${at} req/s floor / team / organisation (${connections} conn.)`,
    `${r.floorRps.toFixed(0)} / ${r.teamRps.toFixed(0)} / ${r.orgRps.toFixed(0)}`,
    '',
    null,
  ]);
  rows.push([
    `${at} warm team coverage p50 / p95`,
    `${ms(r.teamWarm.p50)} / ${ms(r.teamWarm.p95)}`,
    '',
    null,
  ]);
  rows.push([
    `${at} warm organisation coverage p50 / p95`,
    `${ms(r.orgWarm.p50)} / ${ms(r.orgWarm.p95)}`,
    '',
    null,
  ]);
  rows.push([
    `${at} audited write p50 / p95 (the write itself)`,
    `${ms(r.writeMs.p50)} / ${ms(r.writeMs.p95)}`,
    '',
    null,
  ]);
  const big = r.people >= 20_000;
  rows.push([
    `${at} read after write: organisation p95, one client`,
    ms(r.rawOrg.p95),
    big ? '≤ 50 ms' : '',
    big ? r.rawOrg.p95 <= 50 : null,
  ]);
  rows.push([
    `${at} read after write: team p95, one client`,
    `${ms(r.rawTeam.p95)} (${(r.rawTeam.p95 / r.floor.p95).toFixed(1)}× floor p95)`,
    big ? '≤ 5× floor p95' : '',
    big ? r.rawTeam.p95 <= 5 * r.floor.p95 : null,
  ]);
  rows.push([
    `${at} read after write: organisation p95, ${connections} clients`,
    ms(r.rawOrgParallel.p95),
    big ? '≤ 50 ms' : '',
    big ? r.rawOrgParallel.p95 <= 50 : null,
  ]);
  rows.push([
    `${at} read after write: team p95, ${connections} clients`,
    `${ms(r.rawTeamParallel.p95)} (${(r.rawTeamParallel.p95 / r.rawFloorParallel.p95).toFixed(1)}× floor p95 at ${connections} clients, ${ms(r.rawFloorParallel.p95)})`,
    big ? '≤ 5× floor p95' : '',
    big ? r.rawTeamParallel.p95 <= 5 * r.rawFloorParallel.p95 : null,
  ]);
  rows.push([
    `${at} cold start (first organisation coverage)`,
    ms(r.coldMs),
    big ? '≤ 300 ms' : '',
    big ? r.coldMs <= 300 : null,
  ]);
  rows.push([
    `${at} mixed load: read p95 (${r.mixedReads} reads, ${r.mixedWrites} writes)`,
    ms(r.mixedRead.p95),
    '≤ 50 ms',
    r.mixedRead.p95 <= 50,
  ]);
  rows.push([`${at} mixed load: errors`, String(r.mixedErrors), '0', r.mixedErrors === 0]);
  rows.push([`${at} mixed load: stale reads`, String(r.staleReads), '0', r.staleReads === 0]);
  rows.push([
    `${at} API peak RSS under mixed load`,
    `${r.peakRssMb.toFixed(0)} MB`,
    big ? '≤ 300 MB' : '',
    big ? r.peakRssMb <= 300 : null,
  ]);
}
const small = results.find((r) => r.people < 20_000);
const large = results.find((r) => r.people >= 20_000);
if (small && large) {
  const warm = large.teamWarm.p50 / small.teamWarm.p50;
  const afterWrite = large.rawTeam.p50 / small.rawTeam.p50;
  const cold = large.coldMs / small.coldMs;
  rows.push([
    `team coverage p50 ${large.people}/${small.people}, warm`,
    `${warm.toFixed(2)}×`,
    '≤ 1.5×',
    warm <= 1.5,
  ]);
  rows.push([
    `team coverage p50 ${large.people}/${small.people}, after a write`,
    `${afterWrite.toFixed(2)}×`,
    '≤ 1.5×',
    afterWrite <= 1.5,
  ]);
  rows.push([`cold start ${large.people}/${small.people}`, `${cold.toFixed(1)}×`, '≤ 12×', cold <= 12]);
}

const widths = [0, 0, 0];
for (const [figure, measured, target] of rows) {
  widths[0] = Math.max(widths[0] ?? 0, figure.length);
  widths[1] = Math.max(widths[1] ?? 0, measured.length);
  widths[2] = Math.max(widths[2] ?? 0, target.length);
}
console.log(
  `\n| ${'figure'.padEnd(widths[0] ?? 0)} | ${'measured'.padEnd(widths[1] ?? 0)} | ${'target'.padEnd(widths[2] ?? 0)} | met |`,
);
console.log(
  `|${'-'.repeat((widths[0] ?? 0) + 2)}|${'-'.repeat((widths[1] ?? 0) + 2)}|${'-'.repeat((widths[2] ?? 0) + 2)}|-----|`,
);
for (const [figure, measured, target, met] of rows) {
  console.log(
    `| ${figure.padEnd(widths[0] ?? 0)} | ${measured.padEnd(widths[1] ?? 0)} | ${target.padEnd(widths[2] ?? 0)} | ${met === null ? '   ' : met ? 'yes' : 'no '} |`,
  );
}
