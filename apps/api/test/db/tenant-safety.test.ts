import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

// These statements go straight to PostgreSQL (no Prisma in between), so a refusal here is the
// database's own: the composite foreign keys (organisationId, xId) → (organisationId, id).

type Tenant = { org: string; site: string; team: string; employee: string; role: string };

let database: TestDatabase;
let client: pg.Client;
let a: Tenant;
let b: Tenant;

async function tenant(slug: string): Promise<Tenant> {
  const t: Tenant = {
    org: randomUUID(),
    site: randomUUID(),
    team: randomUUID(),
    employee: randomUUID(),
    role: randomUUID(),
  };
  await client.query(`INSERT INTO "Organisation" (id, slug, name, "updatedAt") VALUES ($1, $2, $2, now())`, [
    t.org,
    slug,
  ]);
  await client.query(
    `INSERT INTO "Site" (id, "organisationId", name, "updatedAt") VALUES ($1, $2, 'Locatie', now())`,
    [t.site, t.org],
  );
  await client.query(
    `INSERT INTO "Team" (id, "organisationId", "siteId", name, "updatedAt") VALUES ($1, $2, $3, 'Team', now())`,
    [t.team, t.org, t.site],
  );
  await client.query(
    `INSERT INTO "Employee" (id, "organisationId", "firstName", "lastName", email, "updatedAt")
     VALUES ($1, $2, 'Anouk', 'de Vries', 'anouk@example.nl', now())`,
    [t.employee, t.org],
  );
  await client.query(
    `INSERT INTO "RoleDefinition" (id, "organisationId", key, "labelNl", "labelEn", "areaRequirements", "updatedAt")
     VALUES ($1, $2, 'leerkracht', 'Leerkracht', 'Teacher', '[]', now())`,
    [t.role, t.org],
  );
  return t;
}

/** Runs `sql` in a transaction that is always rolled back; returns the error, or null if accepted. */
async function refusal(sql: string, params: unknown[]): Promise<pg.DatabaseError | null> {
  await client.query('BEGIN');
  try {
    await client.query(sql, params);
    return null;
  } catch (error) {
    return error as pg.DatabaseError;
  } finally {
    await client.query('ROLLBACK');
  }
}

function expectForeignKeyRefusal(error: pg.DatabaseError | null, constraint: string) {
  expect(error, 'the database accepted a cross-tenant reference').not.toBeNull();
  expect(error?.code).toBe('23503'); // foreign_key_violation
  expect(error?.constraint).toBe(constraint);
}

const insertMembership = `INSERT INTO "TeamMembership" (id, "organisationId", "teamId", "employeeId", "startDate", "updatedAt")
  VALUES (gen_random_uuid(), $1, $2, $3, current_date, now())`;
const insertTeam = `INSERT INTO "Team" (id, "organisationId", "siteId", name, "updatedAt")
  VALUES (gen_random_uuid(), $1, $2, 'Nieuw team', now())`;
const insertAreaLevel = `INSERT INTO "AreaLevel" (id, "organisationId", "employeeId", area, level)
  VALUES (gen_random_uuid(), $1, $2, 'pedagogiek', 'ervaren')`;
const insertRoleAssignment = `INSERT INTO "RoleAssignment" (id, "organisationId", "employeeId", "roleDefinitionId", "teamId")
  VALUES (gen_random_uuid(), $1, $2, $3, $4)`;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  a = await tenant('tenant-a');
  b = await tenant('tenant-b');
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe('tenant-safe foreign keys', () => {
  it('accepts references within one organisation (control)', async () => {
    expect(await refusal(insertMembership, [a.org, a.team, a.employee])).toBeNull();
    expect(await refusal(insertTeam, [a.org, a.site])).toBeNull();
    expect(await refusal(insertAreaLevel, [a.org, a.employee])).toBeNull();
    expect(await refusal(insertRoleAssignment, [a.org, a.employee, a.role, a.team])).toBeNull();
  });

  it("refuses a team membership in organisation A that points at B's team", async () => {
    const error = await refusal(insertMembership, [a.org, b.team, a.employee]);
    expectForeignKeyRefusal(error, 'TeamMembership_organisationId_teamId_fkey');
  });

  it("refuses a team membership in organisation A for B's employee", async () => {
    const error = await refusal(insertMembership, [a.org, a.team, b.employee]);
    expectForeignKeyRefusal(error, 'TeamMembership_organisationId_employeeId_fkey');
  });

  it("refuses a team in organisation A on B's site", async () => {
    const error = await refusal(insertTeam, [a.org, b.site]);
    expectForeignKeyRefusal(error, 'Team_organisationId_siteId_fkey');
  });

  it("refuses moving an existing team onto another organisation's site", async () => {
    const error = await refusal(`UPDATE "Team" SET "siteId" = $1 WHERE id = $2`, [b.site, a.team]);
    expectForeignKeyRefusal(error, 'Team_organisationId_siteId_fkey');
  });

  it("refuses an area level for another organisation's employee", async () => {
    const error = await refusal(insertAreaLevel, [a.org, b.employee]);
    expectForeignKeyRefusal(error, 'AreaLevel_organisationId_employeeId_fkey');
  });

  it("refuses a role assignment with another organisation's role definition", async () => {
    const error = await refusal(insertRoleAssignment, [a.org, a.employee, b.role, a.team]);
    expectForeignKeyRefusal(error, 'RoleAssignment_organisationId_roleDefinitionId_fkey');
  });
});
