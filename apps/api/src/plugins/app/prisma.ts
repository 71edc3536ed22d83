import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { appDatabaseUrl, appRoleOf, provisionAppRole } from '../../db/app-role.ts';
import { createPrismaClient, createTenantPool, createTenantPrismaClient } from '../../db/prisma-client.ts';
import { runInTenantScope } from '../../db/tenant-context.ts';
import type { TenantPool } from '../../db/tenant-pool.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The tenant client: connected as the app role, row-level security limits every query to the
     * organisation of the request's actor (none before authentication).
     */
    db: Db;
    /**
     * The owner's client, not limited by row-level security: only for the few lookups that cross
     * organisations by nature (sign-in and sessions, invitation links, platform administration,
     * AVG erasure). See ARCHITECTURE.md.
     */
    systemDb: Db;
    /** The pool under `db` (read by the metrics; never query it directly). */
    dbPool: TenantPool;
  }
}

export type PrismaPluginOptions = {
  /** The owner's URL (the one migrations ran with). */
  databaseUrl: string;
  /** The app role's URL (DATABASE_APP_URL); default: the owner's URL as `teamspiegel_app`. */
  appDatabaseUrl?: string | undefined;
  /** The embedded PGlite, which serves every connection as its superuser. */
  embedded?: boolean | undefined;
};

/** Refuses to serve when the tenant client would not be held by row-level security. */
async function assertTenantRole(db: Db, role: string) {
  const [row] = await db.$queryRaw<Array<{ user: string; bypasses: boolean }>>`
    SELECT current_user AS "user", (rolsuper OR rolbypassrls) AS bypasses FROM pg_roles WHERE rolname = current_user`;
  if (row?.user !== role || row.bypasses) {
    throw new Error(`The API's tenant client runs as "${row?.user}", not as the plain role "${role}".`);
  }
}

/** The Prisma clients of the process; both disconnect when the server closes. */
export default fp(
  async (fastify: FastifyInstance, opts: PrismaPluginOptions) => {
    const appUrl = appDatabaseUrl(opts.databaseUrl, opts.embedded ? undefined : opts.appDatabaseUrl);
    const role = appRoleOf(appUrl);
    // Both clients connect lazily; registering the app (the route inventory does) touches no database.
    const pool = opts.embedded
      ? createTenantPool(opts.databaseUrl, { assumeRole: role })
      : createTenantPool(appUrl);
    const db = createTenantPrismaClient(pool);
    const systemDb = createPrismaClient(opts.databaseUrl);
    fastify.decorate('db', db);
    fastify.decorate('systemDb', systemDb);
    fastify.decorate('dbPool', pool);
    fastify.addHook('onReady', async () => {
      await provisionAppRole(opts.databaseUrl, appUrl);
      await assertTenantRole(db, role);
    });
    fastify.addHook('onClose', async () => {
      await Promise.all([db.$disconnect(), systemDb.$disconnect()]);
    });

    // Each request is a tenant scope whose organisation is its actor's, once the auth guard set it.
    fastify.addHook('onRequest', (request, _reply, done) => {
      runInTenantScope({ organisationId: () => request.actor?.organisationId ?? null }, done);
    });
  },
  { name: 'prisma' },
);
