import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (same depth from src/db and dist/db). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export type DatabaseLogger = { info: (message: string) => void; warn: (message: string) => void };

export type Database = {
  /** The owner's URL: migrations, seed and the API's few cross-organisation lookups. */
  url: string;
  /** DATABASE_APP_URL: the API's row-level-security role (external databases only). */
  appUrl?: string | undefined;
  kind: 'external' | 'embedded';
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  /** Where DATABASE_URL, DATABASE_APP_URL and TEAMSPIEGEL_DATA_DIR are read (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Embedded data directory; `memory://` gives a throwaway in-memory database. */
  dataDir?: string;
  /** Embedded server port (default: a free port). */
  port?: number;
  logger?: DatabaseLogger;
};

/**
 * The one place that decides which database the process uses: DATABASE_URL when set, otherwise an
 * embedded PostgreSQL (PGlite) served over the wire protocol, so pg, Prisma and the migration tool
 * connect to it like to any server.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? console;
  const externalUrl = env.DATABASE_URL;
  if (externalUrl) {
    logger.info(`database: ${describeDatabaseUrl(externalUrl)}`);
    return {
      url: externalUrl,
      appUrl: env.DATABASE_APP_URL || undefined,
      kind: 'external',
      close: async () => {},
    };
  }

  const dataDir = options.dataDir ?? embeddedDataDir(env);
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // Loaded only here: an API on an external server does not carry the embedded database's ≈12 MB.
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
  ]);
  const db = await PGlite.create(dataDir);
  // maxConnections defaults to 1, which deadlocks pooled clients. The API holds two pools of up
  // to 10 (the tenant client and the owner's), the job queue's 4, and a migration or seed client.
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: 32,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const address = server.getServerConn();
  const shownDir = inMemory ? 'memory' : path.relative(repoRoot, dataDir) || dataDir;
  logger.info(`database: embedded PGlite at ${shownDir} (${address})`);
  return {
    url: `postgresql://postgres:postgres@${address}/postgres`,
    kind: 'embedded',
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** Where the embedded database keeps its files: TEAMSPIEGEL_DATA_DIR, default <repo>/.data/pglite. */
export function embeddedDataDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(repoRoot, env.TEAMSPIEGEL_DATA_DIR ?? path.join('.data', 'pglite'));
}

/** "PostgreSQL at host:port/db (user x)" — never the password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default)';
    const user = parsed.username ? ` as ${decodeURIComponent(parsed.username)}` : '';
    return `PostgreSQL at ${parsed.host || parsed.searchParams.get('host') || 'localhost'}/${database}${user}`;
  } catch {
    return 'PostgreSQL (unparseable DATABASE_URL)';
  }
}
