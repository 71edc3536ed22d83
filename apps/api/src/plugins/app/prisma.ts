import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type pg from 'pg';
import { createPool, createPrismaClient } from '../../db/prisma-client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** The pool under `db` (read by the metrics; never query it directly). */
    dbPool: pg.Pool;
  }
}

/** The one Prisma client of the process; disconnects when the server closes. */
export default fp(
  async (fastify: FastifyInstance, opts: { databaseUrl: string }) => {
    const pool = createPool(opts.databaseUrl);
    const db = createPrismaClient(pool);
    fastify.decorate('db', db);
    fastify.decorate('dbPool', pool);
    fastify.addHook('onClose', async () => {
      await db.$disconnect();
    });
  },
  { name: 'prisma' },
);
