// `npm start`: installs what is missing, builds, then runs the API and the web app together.
// With DATABASE_URL unset the API uses the embedded PostgreSQL under .data/ and seeds the demo.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureInstalled, repoRoot } from './ensure-installed.mjs';

const apiPort = Number(process.env.API_PORT ?? 3001);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const webUrl = `http://localhost:${webPort}`;
const apiUrl = `http://127.0.0.1:${apiPort}`;
const dataDir = path.join(repoRoot, '.data');

/** Secrets are generated once per checkout and kept in .data/, so sessions survive a restart. */
function localSecret(name) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

async function waitFor(url, name, child, seconds) {
  for (let i = 0; i < seconds * 2; i++) {
    if (child.exitCode !== null)
      throw new Error(`${name} stopped (exit ${child.exitCode}) before it was ready`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${name} did not answer at ${url} within ${seconds} s`);
}

ensureInstalled();
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' };

console.log('Building (domain, API, web)…');
run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { env });

const children = [];
function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));

// The API's runtime flags, the same in every production start (apps/api package.json, Dockerfile;
// ARCHITECTURE.md, Memory): an 8 MB semi-space (at 64 MB the young generation alone held 128 MB of
// the RSS under load; 8 MB held the mixed load's peak under 300 MB, at no cost in latency); a 512 MB old space, a safety limit ≈4× the live heap that also makes V8 grow
// the heap by ≈1.4× its live size at most instead of 4×; two malloc arenas (MALLOC_ARENA_MAX below).
const api = spawn(
  process.execPath,
  ['--max-semi-space-size=8', '--max-old-space-size=512', 'dist/server.js'],
  {
    cwd: path.join(repoRoot, 'apps/api'),
    stdio: 'inherit',
    env: {
      ...env,
      NODE_ENV: env.NODE_ENV ?? 'development',
      MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2',
      PORT: String(apiPort),
      WEB_ORIGIN: webUrl,
      JWT_SECRET: env.JWT_SECRET ?? localSecret('jwt-secret'),
      TEAMSPIEGEL_SEED_DEMO: env.DATABASE_URL ? (env.TEAMSPIEGEL_SEED_DEMO ?? 'false') : 'true',
      LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    },
  },
);
children.push(api);
api.on('exit', (code) => {
  console.error(`API stopped (exit ${code}).`);
  stopAll(code ?? 1);
});

try {
  await waitFor(`${apiUrl}/api/health`, 'API', api, 180);
} catch (error) {
  console.error(String(error));
  stopAll(1);
}

const web = spawn(
  process.execPath,
  [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'start', '--port', String(webPort)],
  {
    cwd: path.join(repoRoot, 'apps/web'),
    stdio: 'inherit',
    env: {
      ...env,
      NODE_ENV: 'production',
      API_URL: apiUrl,
      SESSION_SECRET: env.SESSION_SECRET ?? localSecret('session-secret'),
      // Plain http on localhost: the session cookie cannot be Secure here.
      SESSION_COOKIE_SECURE: env.SESSION_COOKIE_SECURE ?? 'false',
    },
  },
);
children.push(web);
web.on('exit', (code) => {
  console.error(`Web app stopped (exit ${code}).`);
  stopAll(code ?? 1);
});

try {
  await waitFor(`${webUrl}/login`, 'web app', web, 120);
} catch (error) {
  console.error(String(error));
  stopAll(1);
}

const { DEMO_LOGINS, DEMO_PASSWORD } = await import(
  path.join(repoRoot, 'apps/api/dist/db/seed/demo-logins.js')
);
const width = Math.max(...DEMO_LOGINS.map((login) => login.email.length));
console.log(`
Teamspiegel is running: ${webUrl}
  API ${apiUrl}/api  ·  API docs ${apiUrl}/api/docs
  Database: ${env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL in .data/pglite (demo data seeded)'}

Demo logins (password: ${DEMO_PASSWORD})
${DEMO_LOGINS.filter((login) => login.organisationSlug)
  .map((login) => `  ${login.email.padEnd(width)}  ${login.role.padEnd(8)}  ${login.description}`)
  .join('\n')}

Stop with Ctrl+C.
`);
