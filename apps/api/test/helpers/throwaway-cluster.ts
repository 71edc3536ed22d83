import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL server binaries (the newest installed version); PG_BIN overrides. */
function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error(`No PostgreSQL server binaries under ${root}; set PG_BIN`);
  return path.join(root, versions[0], 'bin');
}
const PG_BIN = postgresBin();

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** initdb and postgres refuse to run as root: then run them as the postgres OS user. */
function command(binary: string, args: string[]): [string, string[]] {
  const file = path.join(PG_BIN, binary);
  if (process.getuid?.() === 0) return ['runuser', ['-u', 'postgres', '--', file, ...args]];
  return [file, args];
}

async function pg(binary: string, args: string[]) {
  const [file, fileArgs] = command(binary, args);
  return run(file, fileArgs, { timeout: 120_000 });
}

export type ThrowawayCluster = {
  /** Connection URL of the `postgres` database of this cluster. */
  url: (database?: string) => string;
  port: number;
  start: () => Promise<void>;
  /** `immediate` is a crash (recovery from WAL at the next start); `fast` a clean shutdown. */
  stop: (mode?: 'fast' | 'immediate') => Promise<void>;
  destroy: () => Promise<void>;
};

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a free port, that the test
 * stops and starts at will (the shared test server must never be stopped).
 */
export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'teamspiegel-fault-'));
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  chmodSync(dir, 0o700);
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  const cluster: ThrowawayCluster = {
    port,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      await pg('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    },
    stop: async (mode = 'fast') => {
      await pg('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
    },
    destroy: async () => {
      await pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
