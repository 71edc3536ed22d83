import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { keepBatchesInTheirScope } from './scoped-batches.ts';
import { SerialClient, TenantPool } from './tenant-pool.ts';

// pg waits forever for a connection by default; fail fast while the database is down.
const connectionTimeoutMillis = 5000;

/** The Prisma 7 client over node-postgres; no native engine involved. As the owner: not tenant-scoped. */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis, Client: SerialClient }),
  });
}

/** The pool under the API's tenant client (its use is reported by the metrics). */
export function createTenantPool(url: string, options: { assumeRole?: string } = {}): TenantPool {
  return new TenantPool({ connectionString: url, connectionTimeoutMillis, assumeRole: options.assumeRole });
}

/**
 * The API's tenant client: every transaction carries the organisation of the current tenant
 * scope (db/tenant-context.ts), which row-level security enforces. Connect its pool as the app
 * role. The client owns the pool: `$disconnect()` ends it.
 */
export function createTenantPrismaClient(pool: TenantPool): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  keepBatchesInTheirScope(client);
  return client;
}
