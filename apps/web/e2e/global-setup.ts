import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startMailCapture } from './mailbox';

/**
 * Brings up the whole product for the browser tests, once per run:
 * 1. a fresh database `teamspiegel_e2e_<random>` on the local PostgreSQL server
 *    (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), migrated and seeded
 *    with the demo tenants (`npm run db:seed -w @teamspiegel/api`);
 * 2. the API (`node --import tsx src/server.ts`) on a free port, sending its mail to an SMTP server
 *    of this process that writes every message to E2E_MAIL_DIR (e2e/mailbox.ts);
 * 3. a production build of the web app (`next build`), served by `next start` on a free port.
 * Tests read E2E_BASE_URL (also `use.baseURL`) and E2E_API_URL. The returned teardown stops both
 * servers by PID and drops the database; it also runs when the setup fails halfway.
 *
 * Local iteration only (CI always builds this app): E2E_SKIP_BUILD=1 reuses an existing build;
 * E2E_WEB_DIR serves (and builds) a copy of the web app from another directory.
 */

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(appDir, '../..');
const webDir = process.env.E2E_WEB_DIR ? path.resolve(process.env.E2E_WEB_DIR) : appDir;
const apiDir = path.join(repoRoot, 'apps/api');
const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next');

const SERVER_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

type Started = { name: string; child: ChildProcess; log: string };

function log(message: string) {
  process.stdout.write(`[e2e] ${message}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs a command to completion; its output goes to `logFile`, whose tail is thrown on failure. */
function run(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
) {
  return new Promise<void>((resolve, reject) => {
    const out = createWriteStream(options.logFile);
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', reject);
    child.on('close', (code) => {
      out.end(() => {
        if (code === 0) resolve();
        else
          reject(new Error(`${name} failed (exit ${code}); ${options.logFile}:\n${tail(options.logFile)}`));
      });
    });
  });
}

/** Starts a long-running server in its own process group (so it can be stopped by its PID). */
function start(
  name: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Started {
  const out = createWriteStream(options.logFile);
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return { name, child, log: options.logFile };
}

async function waitFor(server: Started, url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(
        `${server.name} exited (${server.child.exitCode}); ${server.log}:\n${tail(server.log)}`,
      );
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${server.name} did not answer ${url} within ${timeoutMs / 1000} s; ${server.log}:\n${tail(server.log)}`,
  );
}

async function stop(server: Started) {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

export default async function globalSetup() {
  const id = randomBytes(5).toString('hex');
  const dbName = `teamspiegel_e2e_${id}`;
  const dbUrl = databaseUrl(dbName);
  const logDir = path.join(os.tmpdir(), `teamspiegel-e2e-${id}`);
  mkdirSync(logDir, { recursive: true });
  const started: Started[] = [];
  let databaseCreated = false;
  let mailCapture: Awaited<ReturnType<typeof startMailCapture>> | null = null;

  const teardown = async () => {
    for (const server of started.reverse()) await stop(server);
    await mailCapture?.close();
    if (databaseCreated) {
      await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((error) =>
        log(`could not drop ${dbName}: ${error instanceof Error ? error.message : error}`),
      );
    }
  };

  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
  };

  try {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const webUrl = `http://127.0.0.1:${webPort}`;
    log(`logs in ${logDir}`);

    // 1. Database: create, migrate and seed (the seed script applies the migrations first).
    await adminQuery(`CREATE DATABASE "${dbName}"`);
    databaseCreated = true;
    if (!existsSync(path.join(repoRoot, 'packages/domain/dist'))) {
      log('building @teamspiegel/domain');
      await run('domain build', 'npm', ['run', 'build', '-w', '@teamspiegel/domain'], {
        cwd: repoRoot,
        env: baseEnv,
        logFile: path.join(logDir, 'domain-build.log'),
      });
    }
    log(`seeding ${dbName}`);
    const seedStarted = Date.now();
    await run('seed', 'npm', ['run', 'db:seed', '-w', '@teamspiegel/api'], {
      cwd: repoRoot,
      env: { ...baseEnv, DATABASE_URL: dbUrl },
      logFile: path.join(logDir, 'seed.log'),
    });
    log(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

    // 2. API, with its mail captured.
    const mailDir = path.join(logDir, 'mail');
    mailCapture = await startMailCapture(mailDir);
    const api = start('API', ['--import', 'tsx', 'src/server.ts'], {
      cwd: apiDir,
      env: {
        ...baseEnv,
        NODE_ENV: 'test',
        DATABASE_URL: dbUrl,
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        JWT_SECRET: randomBytes(36).toString('base64url'),
        WEB_ORIGIN: webUrl,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_MAX: '100000',
        LOGIN_RATE_LIMIT_MAX: '100000',
        LOGIN_ADDRESS_RATE_LIMIT_MAX: '100000',
        INVITATION_RATE_LIMIT_MAX: '100000',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mailCapture.port),
        MAIL_FROM: 'Teamspiegel <no-reply@teamspiegel.test>',
      },
      logFile: path.join(logDir, 'api.log'),
    });
    started.push(api);

    // 3. Web: build once (while the API starts), then serve the build.
    const webEnv: NodeJS.ProcessEnv = {
      ...baseEnv,
      NODE_ENV: 'production',
      API_URL: apiUrl,
      SESSION_SECRET: randomBytes(36).toString('base64url'),
      SESSION_COOKIE_SECURE: 'false',
    };
    if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(webDir, '.next/BUILD_ID'))) {
      log('E2E_SKIP_BUILD=1: reusing the existing web build');
    } else {
      log('building the web app (next build)');
      const buildStarted = Date.now();
      await run('next build', process.execPath, [nextBin, 'build'], {
        cwd: webDir,
        env: webEnv,
        logFile: path.join(logDir, 'next-build.log'),
      });
      log(`built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);
    }
    await waitFor(api, `${apiUrl}/api/health`, 60_000);

    const web = start('web', [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(webPort)], {
      cwd: webDir,
      env: webEnv,
      logFile: path.join(logDir, 'web.log'),
    });
    started.push(web);
    await waitFor(web, `${webUrl}/login`, 60_000);
    log(`web ${webUrl}, API ${apiUrl}, database ${dbName}`);

    process.env.E2E_BASE_URL = webUrl;
    process.env.E2E_API_URL = apiUrl;
    process.env.E2E_DATABASE_URL = dbUrl;
    process.env.E2E_LOG_DIR = logDir;
    process.env.E2E_MAIL_DIR = mailDir;
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
