import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

/** A node-postgres pool; pg waits forever for a connection by default, so fail fast while the database is down. */
export function createPool(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000 });
}

/**
 * The Prisma 7 client over node-postgres; no native engine involved. Given a pool (the API's,
 * whose use the metrics report), the client owns it: `$disconnect()` ends it.
 */
export function createPrismaClient(source: string | pg.Pool): PrismaClient {
  const pool = typeof source === 'string' ? createPool(source) : source;
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
