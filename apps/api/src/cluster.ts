import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './config/env.ts';
import { applyMigrations } from './db/migrate.ts';
import { waitForDatabase } from './db/wait-for-database.ts';

/**
 * `npm run start:cluster`: API_PROCESSES processes (default one per core) behind one port, with
 * Node's cluster module (the primary accepts connections and hands them round). The primary
 * applies the migrations once, then forks; a process that dies is replaced. Every process runs
 * jobs; pg-boss hands each job to one of them, and rate limits are counted in the database.
 * Needs DATABASE_URL: the embedded database lives inside one process.
 */
async function primary() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (!config.databaseUrl) {
    console.error('start:cluster needs DATABASE_URL: the embedded database serves a single process.');
    process.exit(1);
  }
  if (!process.env.JWT_SECRET || process.env.JWT_SECRET.length < 32) {
    // One secret for all processes (each would otherwise make its own, and refuse the others' tokens).
    process.env.JWT_SECRET = randomBytes(48).toString('base64url');
    console.warn('JWT_SECRET is missing or short: generated one for this cluster (sessions end at restart).');
  }
  await waitForDatabase(config.databaseUrl, { log: (line) => console.log(line) });
  await applyMigrations(config.databaseUrl);

  const processes = config.apiProcesses ?? availableParallelism();
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`API process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    setTimeout(fork, 1000);
  });
  for (let i = 0; i < processes; i++) fork();
  console.log(`API cluster: ${processes} processes on ${config.host}:${config.port}`);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // Each process closes gracefully (close-with-grace in server.ts), finishing running jobs.
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    const forced = setTimeout(() => process.exit(1), 30_000);
    forced.unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (cluster.isPrimary) {
  primary().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  await import('./server.ts');
}
