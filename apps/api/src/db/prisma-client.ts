import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { keepBatchesInTheirScope } from './scoped-batches.ts';
import { TenantPool } from './tenant-pool.ts';

// pg waits forever for a connection by default; fail fast while the database is down.
const connectionTimeoutMillis = 5000;

/** The Prisma 7 client over node-postgres; no native engine involved. As the owner: not tenant-scoped. */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis }) });
}

/**
 * The API's tenant client: every transaction carries the organisation of the current tenant
 * scope (db/tenant-context.ts), which row-level security enforces. Connect it as the app role.
 */
export function createTenantPrismaClient(url: string, options: { assumeRole?: string } = {}): PrismaClient {
  const pool = new TenantPool({
    connectionString: url,
    connectionTimeoutMillis,
    assumeRole: options.assumeRole,
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  keepBatchesInTheirScope(client);
  return client;
}
