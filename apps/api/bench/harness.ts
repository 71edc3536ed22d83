/**
 * Shared pieces of the API benchmarks: a database of their own, the API in a child process
 * (production mode, rate limits and load shedding off), sign-in, and RSS sampling of that process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const apiDir = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const serverUrl = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of `name` on the benchmark server; with `fresh` it is dropped and created anew. */
export async function benchDatabase(name: string, options: { fresh?: boolean } = {}): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (options.fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The V8 flags of the production starts (ARCHITECTURE.md, Memory). */
export const API_NODE_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=512'];
/** glibc malloc arenas of the production starts. */
export const API_MALLOC_ARENA_MAX = '2';

export type RunningApi = { base: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * Starts the API in its own Node process and waits until /api/health answers: from source through
 * tsx, or (`built`) as `npm start` runs it, from dist/ (then the process's memory is the API's own,
 * without the TypeScript loader's).
 */
export async function startApi(
  databaseUrl: string,
  port: number,
  options: { built?: boolean; env?: Record<string, string> } = {},
): Promise<RunningApi> {
  const entry = options.built ? ['dist/server.js'] : ['--import', 'tsx', 'src/server.ts'];
  // The flags and MALLOC_ARENA_MAX of every production start (`npm start`, `start:cluster`,
  // scripts/start.mjs, the Dockerfile; a test holds them equal); BENCH_NODE_FLAGS to try others.
  const flags = (process.env.BENCH_NODE_FLAGS ?? API_NODE_FLAGS.join(' ')).split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, ...entry], {
    cwd: apiDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? API_MALLOC_ARENA_MAX,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      JWT_SECRET: 'benchmark-secret-benchmark-secret-benchmark',
      LOG_LEVEL: 'warn',
      // Production demands a mailer; the benchmarks send no mail.
      SMTP_HOST: process.env.SMTP_HOST ?? '127.0.0.1',
      SMTP_PORT: process.env.SMTP_PORT ?? '2525',
      MAIL_FROM: process.env.MAIL_FROM ?? 'benchmark@teamspiegel.invalid',
      RATE_LIMIT_MAX: '100000000',
      LOGIN_RATE_LIMIT_MAX: '1000',
      // A benchmark saturates the event loop on purpose: measure throughput, not load shedding.
      LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
      ...options.env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
  };
  // Every 100 ms: the time until ready (after the coverage warm-up) is one of the figures.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, process: child, stop };
    } catch {
      // still starting
    }
    await sleep(100);
  }
  await stop();
  throw new Error('the API did not start within 60 s');
}

/** A bearer token for `email` (the demo password). */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, session: 'token' }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  return ((await login.json()) as { accessToken: string }).accessToken;
}

/** Resident set size of a process in bytes (Linux /proc), or null when it cannot be read. */
export function rssOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; `peak()` is the highest seen so far. */
export function sampleRss(pid: number, everyMs = 20) {
  let peak = rssOf(pid) ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid) ?? 0);
  }, everyMs);
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, rssOf(pid) ?? 0);
      return peak;
    },
  };
}

/** A measured figure; `met` is null for a figure shown for context, without a target. */
export type Figure = { figure: string; measured: string; target: string; met: boolean | null };

/** Prints figures as a table: figure | measured | target | met. */
export function printTable(rows: Figure[]) {
  const header = ['figure', 'measured', 'target', 'met'];
  const cells = rows.map((row) => [
    row.figure,
    row.measured,
    row.target,
    row.met === null ? '-' : row.met ? 'yes' : 'no',
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((cell) => (cell[i] ?? '').length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const cell of cells) console.log(line(cell));
}
