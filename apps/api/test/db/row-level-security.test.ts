import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { appDatabaseUrl, DEFAULT_APP_ROLE, provisionAppRole } from '../../src/db/app-role.ts';
import { openDatabase } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { withOrganisation } from '../../src/db/tenant-context.ts';
import { buildTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/build.ts';

// Row-level security is the database's own second line behind the API's organisationId scoping:
// these queries deliberately leave the scoping out and must still see one tenant only.

let t: TestApp;
let owner: pg.Client;
let demoOrg: string;
let zonOrg: string;
/** Every table with an organisationId column. */
let tenantTables: string[];

/** A connection as the API's role, like the product's tenant client (no Prisma in between). */
async function asAppRole<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: appDatabaseUrl(t.databaseUrl) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Runs `sql` in a transaction that is always rolled back; returns the error code, or null. */
async function refusal(client: pg.Client, setup: string, sql: string, params: unknown[] = []) {
  await client.query(`BEGIN; ${setup}`);
  try {
    await client.query(sql, params);
    return null;
  } catch (error) {
    return (error as pg.DatabaseError).code ?? 'unknown';
  } finally {
    await client.query('ROLLBACK');
  }
}

const scopeTo = (organisationId: string) => `SET LOCAL app.organisation_id = '${organisationId}'`;

beforeAll(async () => {
  t = await buildTestApp();
  owner = new pg.Client({ connectionString: t.databaseUrl });
  await owner.connect();
  const orgs = await owner.query<{ id: string; slug: string }>('SELECT id::text, slug FROM "Organisation"');
  demoOrg = orgs.rows.find((row) => row.slug === 'demo')?.id ?? '';
  zonOrg = orgs.rows.find((row) => row.slug === 'kinderopvang-zon')?.id ?? '';
  const tables = await owner.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'organisationId' ORDER BY table_name`,
  );
  tenantTables = tables.rows.map((row) => row.table_name);
});

afterAll(async () => {
  await owner?.end();
  await t?.close();
});

describe('row-level security', () => {
  it('guards every table with an organisationId (and Organisation itself) with a policy', async () => {
    expect(tenantTables.length).toBeGreaterThan(15);
    const { rows } = await owner.query<{ relname: string; rls: boolean; forced: boolean; policies: number }>(
      `SELECT c.relname, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relname = ANY($1::text[])`,
      [[...tenantTables, 'Organisation']],
    );
    expect(rows).toHaveLength(tenantTables.length + 1);
    for (const row of rows) {
      expect({ table: row.relname, rls: row.rls, policies: row.policies }).toEqual({
        table: row.relname,
        rls: true,
        policies: 1,
      });
      // Not forced: the owner (migrations, seed, cross-organisation lookups) is not limited.
      expect(row.forced).toBe(false);
    }
  });

  it('runs the API as a plain role that cannot bypass row-level security', async () => {
    const [row] = await t.app.db.$queryRaw<Array<{ user: string; bypasses: boolean; owns: boolean }>>`
      SELECT current_user AS "user", (rolsuper OR rolbypassrls) AS bypasses,
             pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE relname = 'Employee'), 'USAGE') AS owns
      FROM pg_roles WHERE rolname = current_user`;
    expect(row).toEqual({ user: DEFAULT_APP_ROLE, bypasses: false, owns: false });
  });

  it('provisions the app role from several processes starting at once (no "tuple concurrently updated")', async () => {
    // Two API processes on one database run this at every start; concurrent GRANTs on the same
    // tables used to fail one of them (CI saw it in the two-process test).
    const url = appDatabaseUrl(t.databaseUrl);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => provisionAppRole(t.databaseUrl, url)),
    );
    expect(results.map((result) => result.status)).toEqual(Array(8).fill('fulfilled'));
    const { rows } = await owner.query<{ select: boolean; update: boolean; auditUpdate: boolean }>(
      `SELECT has_table_privilege($1, '"Employee"', 'SELECT') AS select,
              has_table_privilege($1, '"Employee"', 'UPDATE') AS update,
              has_table_privilege($1, '"AuditEvent"', 'UPDATE') AS "auditUpdate"`,
      [DEFAULT_APP_ROLE],
    );
    expect(rows[0]).toEqual({ select: true, update: true, auditUpdate: false });
  });

  it("shows the app's unscoped queries only the rows of the request's organisation", async () => {
    const demoEmployees = await owner.query('SELECT 1 FROM "Employee" WHERE "organisationId" = $1', [
      demoOrg,
    ]);
    expect(demoEmployees.rowCount).toBeGreaterThan(0);

    // Deliberately without `where: { organisationId }`.
    const employees = await withOrganisation(demoOrg, () => t.app.db.employee.findMany());
    expect(employees).toHaveLength(demoEmployees.rowCount ?? -1);
    expect(new Set(employees.map((row) => row.organisationId))).toEqual(new Set([demoOrg]));

    // Every tenant table, in one interactive transaction and as single queries.
    const leaks = await withOrganisation(demoOrg, () =>
      t.app.db.$transaction(async (tx) => {
        const counts: Record<string, number> = {};
        for (const table of tenantTables) {
          const [row] = await tx.$queryRawUnsafe<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM "${table}" WHERE "organisationId" <> $1::uuid`,
            demoOrg,
          );
          counts[table] = row?.n ?? -1;
        }
        return counts;
      }),
    );
    expect(leaks).toEqual(Object.fromEntries(tenantTables.map((table) => [table, 0])));
    const zonTeams = await withOrganisation(demoOrg, () =>
      t.app.db.team.count({ where: { organisationId: zonOrg } }),
    );
    expect(zonTeams).toBe(0);
    const organisations = await withOrganisation(demoOrg, () => t.app.db.organisation.findMany());
    expect(organisations.map((row) => row.id)).toEqual([demoOrg]);

    // Outside any scope (no actor yet): no tenant rows at all.
    expect(await t.app.db.employee.count()).toBe(0);
    expect(await t.app.db.organisation.count()).toBe(0);
  });

  it("never carries a connection's organisation setting into another scope (single queries keep it per connection)", async () => {
    const db = t.app.db;
    const setting = async () =>
      (
        await db.$queryRaw<
          Array<{ v: string | null }>
        >`SELECT current_setting('app.organisation_id', true) AS v`
      )[0]?.v ?? null;
    const count = () => db.employee.count();
    const [demoCount, zonCount] = await Promise.all(
      [demoOrg, zonOrg].map(
        async (id) =>
          (await owner.query('SELECT 1 FROM "Employee" WHERE "organisationId" = $1', [id])).rowCount,
      ),
    );
    for (let round = 0; round < 3; round++) {
      // Many queries at once check out several connections; each then serves other scopes.
      const demo = await Promise.all(Array.from({ length: 8 }, () => withOrganisation(demoOrg, count)));
      expect(demo).toEqual(Array(8).fill(demoCount));
      expect(await Promise.all(Array.from({ length: 8 }, () => count()))).toEqual(Array(8).fill(0));
      expect(await Promise.all(Array.from({ length: 8 }, () => setting()))).not.toContain(demoOrg);
      await Promise.all(Array.from({ length: 8 }, () => withOrganisation(demoOrg, count)));
      // A transaction outside any scope on a connection that served the demo: nothing.
      expect(await db.$transaction(async (tx) => tx.employee.count())).toBe(0);
      const zon = await Promise.all(Array.from({ length: 8 }, () => withOrganisation(zonOrg, count)));
      expect(zon).toEqual(Array(8).fill(zonCount));
      expect(await withOrganisation(zonOrg, setting)).toBe(zonOrg);
      expect(await withOrganisation(demoOrg, () => db.$transaction(async (tx) => tx.employee.count()))).toBe(
        demoCount,
      );
    }
  });

  it("keeps requests of two organisations in the same tick in their own scope (Prisma's findUnique batching)", async () => {
    const lookup = (organisationId: string) =>
      withOrganisation(organisationId, () =>
        t.app.db.organisation.findUnique({ where: { id: organisationId } }),
      );
    for (let round = 0; round < 3; round++) {
      const [demo, zon] = await Promise.all([lookup(demoOrg), lookup(zonOrg)]);
      expect([demo?.id, zon?.id]).toEqual([demoOrg, zonOrg]);
    }
    // And an unscoped caller in the same tick still sees nothing.
    const [scoped, unscoped] = await Promise.all([
      lookup(demoOrg),
      t.app.db.organisation.findUnique({ where: { id: demoOrg } }),
    ]);
    expect([scoped?.id, unscoped]).toEqual([demoOrg, null]);
  });

  it('refuses writes into another organisation, whatever the query says', async () => {
    const zonSite = await owner.query<{ id: string }>(
      'SELECT id::text FROM "Site" WHERE "organisationId" = $1',
      [zonOrg],
    );
    const updated = await withOrganisation(demoOrg, () =>
      t.app.db.site.updateMany({ where: { organisationId: zonOrg }, data: { name: 'overgenomen' } }),
    );
    expect(updated.count).toBe(0);
    await expect(
      withOrganisation(demoOrg, () =>
        t.app.db.site.create({ data: { id: randomUUID(), organisationId: zonOrg, name: 'Binnengedrongen' } }),
      ),
    ).rejects.toThrow();
    const after = await owner.query('SELECT 1 FROM "Site" WHERE "organisationId" = $1 AND name = $2', [
      zonOrg,
      'overgenomen',
    ]);
    expect(zonSite.rowCount).toBeGreaterThan(0);
    expect(after.rowCount).toBe(0);

    await asAppRole(async (client) => {
      const insert = `INSERT INTO "Site" (id, "organisationId", name, "updatedAt") VALUES ($1, $2, 'x', now())`;
      expect(await refusal(client, scopeTo(demoOrg), insert, [randomUUID(), zonOrg])).toBe('42501');
      expect(await refusal(client, 'SELECT 1', insert, [randomUUID(), demoOrg])).toBe('42501');
      expect(await refusal(client, scopeTo(demoOrg), insert, [randomUUID(), demoOrg])).toBeNull();
    });
  });

  it('keeps the app role from lifting the append-only audit trail or the policies', async () => {
    await asAppRole(async (client) => {
      const lift = `${scopeTo(demoOrg)}; SET LOCAL teamspiegel.audit_maintenance = 'on'`;
      expect(await refusal(client, lift, `UPDATE "AuditEvent" SET action = 'tampered'`)).toBe('42501');
      expect(await refusal(client, lift, `DELETE FROM "AuditEvent"`)).toBe('42501');
      expect(await refusal(client, lift, `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toBe('42501');
      expect(await refusal(client, lift, `ALTER TABLE "Employee" DISABLE ROW LEVEL SECURITY`)).toBe('42501');
      expect(await refusal(client, lift, `SET LOCAL ROLE postgres`)).toBe('42501');
      expect(await refusal(client, 'SELECT 1', 'SELECT * FROM "_prisma_migrations"')).toBe('42501');
    });

    // Even with an UPDATE grant, the trigger honours the maintenance switch for the owner only.
    const audit = (role: string | null) =>
      refusal(
        owner,
        `GRANT UPDATE ON "AuditEvent" TO ${DEFAULT_APP_ROLE};
         ${role ? `SET LOCAL ROLE ${role};` : ''} ${scopeTo(demoOrg)};
         SET LOCAL teamspiegel.audit_maintenance = 'on'`,
        `UPDATE "AuditEvent" SET action = 'tampered' WHERE "organisationId" = $1`,
        [demoOrg],
      );
    expect(await audit(DEFAULT_APP_ROLE)).toBe('42501');
    expect(await audit(null)).toBeNull();
  });
});

// PGlite serves every connection as its superuser; the tenant client assumes the app role per
// transaction instead (SET LOCAL ROLE), so the same policies hold there too.
describe('row-level security on the embedded database', { timeout: 120_000 }, () => {
  it('assumes the app role in every transaction and shows one organisation only', async () => {
    const database = await openDatabase({ env: {}, dataDir: 'memory://', logger: { info() {}, warn() {} } });
    let app: Awaited<ReturnType<typeof buildApp>> | undefined;
    const ownerDb = createPrismaClient(database.url);
    try {
      await applyMigrations(database.url);
      const [a, b] = await Promise.all(
        ['pglite-a', 'pglite-b'].map((slug) =>
          ownerDb.organisation.create({
            data: { slug, name: slug, sites: { create: [{ name: `Locatie ${slug}` }] } },
          }),
        ),
      );
      app = await buildApp(
        {
          config: loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' }),
          databaseUrl: database.url,
          embeddedDatabase: true,
        },
        { logger: false },
      );
      await app.ready();
      const db = app.db;
      const [role] = await db.$queryRaw<Array<{ user: string }>>`SELECT current_user AS "user"`;
      expect(role?.user).toBe(DEFAULT_APP_ROLE);
      const sites = await withOrganisation(a?.id ?? '', () => db.site.findMany());
      expect(sites.map((site) => site.name)).toEqual(['Locatie pglite-a']);
      expect(await db.site.count()).toBe(0);
      await expect(
        withOrganisation(a?.id ?? '', () =>
          db.site.create({ data: { organisationId: b?.id ?? '', name: 'x' } }),
        ),
      ).rejects.toThrow();
      // The owner's connection is unaffected: the role was local to the app's transactions.
      expect(await ownerDb.site.count()).toBe(2);
    } finally {
      await app?.close();
      await ownerDb.$disconnect();
      await database.close();
    }
  });
});
