import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createPrismaClient } from '../../db/prisma-client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

/** The one Prisma client of the process; disconnects when the server closes. */
export default fp(
  async (fastify: FastifyInstance, opts: { databaseUrl: string }) => {
    const db = createPrismaClient(opts.databaseUrl);
    fastify.decorate('db', db);
    fastify.addHook('onClose', async () => {
      await db.$disconnect();
    });
  },
  { name: 'prisma' },
);
