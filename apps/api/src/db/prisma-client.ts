import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

/** The Prisma 7 client over node-postgres; no native engine involved. */
export function createPrismaClient(url: string): PrismaClient {
  // pg waits forever for a connection by default; fail fast while the database is down.
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5000 }),
  });
}
