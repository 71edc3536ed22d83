import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { DEMO_SLUG, plannedTenants, runSeed, ZON_SLUG } from '../../src/db/seed/index.ts';
import { fingerprintOf } from '../../src/db/seed/write-tenant.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const anchor = new Date(Date.UTC(2026, 7, 1));

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

/** Every seeded row, sorted by id, without the timestamps Prisma stamps on write. */
async function snapshot(client: PrismaClient = prisma) {
  const strip = <T extends object>(rows: T[]) =>
    rows.map((row) => {
      const {
        createdAt: _c,
        updatedAt: _u,
        ...rest
      } = row as T & { createdAt?: unknown; updatedAt?: unknown };
      return rest;
    });
  const byId = { orderBy: { id: 'asc' } } as const;
  return {
    organisations: (await client.organisation.findMany(byId)).map(({ id, slug, name }) => ({
      id,
      slug,
      name,
    })),
    users: strip(await client.user.findMany(byId)),
    sites: strip(await client.site.findMany(byId)),
    teams: strip(await client.team.findMany(byId)),
    employees: strip(await client.employee.findMany(byId)),
    teamMemberships: strip(await client.teamMembership.findMany(byId)),
    areaLevels: strip(await client.areaLevel.findMany(byId)),
    competencyRatings: strip(await client.competencyRating.findMany(byId)),
    surroundingsContacts: strip(await client.surroundingsContact.findMany(byId)),
    ambitions: strip(await client.ambition.findMany(byId)),
    roleDefinitions: strip(await client.roleDefinition.findMany(byId)),
    roleAssignments: strip(await client.roleAssignment.findMany(byId)),
    teamRequirements: strip(await client.teamRequirement.findMany(byId)),
    developmentActions: strip(await client.developmentAction.findMany(byId)),
    members: strip(await client.organisationMember.findMany(byId)),
    managedTeams: strip(
      await client.managedTeam.findMany({ orderBy: [{ memberId: 'asc' }, { teamId: 'asc' }] }),
    ),
  };
}

function counts(snap: Awaited<ReturnType<typeof snapshot>>) {
  return Object.fromEntries(Object.entries(snap).map(([table, rows]) => [table, rows.length]));
}

function ids(snap: Awaited<ReturnType<typeof snapshot>>) {
  return Object.fromEntries(
    Object.entries(snap).map(([table, rows]) => [
      table,
      rows.map((r) => ('id' in r ? r.id : JSON.stringify(r))),
    ]),
  );
}

describe('seed idempotency', () => {
  it('plans the same rows every time for the same anchor date', () => {
    const first = plannedTenants('default', anchor).map((t) => fingerprintOf(t.plan));
    const second = plannedTenants('default', anchor).map((t) => fingerprintOf(t.plan));
    expect(second).toEqual(first);
    const nextYear = plannedTenants('default', new Date(Date.UTC(2027, 7, 1))).map((t) =>
      fingerprintOf(t.plan),
    );
    expect(nextYear).not.toEqual(first);
  });

  it('a second run neither duplicates nor fails, and rows and ids stay identical', async () => {
    const first = await runSeed(prisma, { anchor });
    expect(first.tenants.map((t) => [t.slug, t.action])).toEqual([
      [DEMO_SLUG, 'created'],
      [ZON_SLUG, 'created'],
    ]);
    const before = await snapshot();
    expect(before.employees.length).toBeGreaterThan(100);

    const second = await runSeed(prisma, { anchor });
    expect(second.tenants.map((t) => t.action)).toEqual(['unchanged', 'unchanged']);
    const after = await snapshot();
    expect(counts(after)).toEqual(counts(before));
    expect(ids(after)).toEqual(ids(before));
    expect(after).toEqual(before);
  });

  it('a forced rebuild restores edited data with the same ids', async () => {
    const before = await snapshot();
    const demo = await prisma.organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    // Edits made through the app in the meantime: a renamed team, a removed employee, an extra site.
    const team = await prisma.team.findFirstOrThrow({
      where: { organisationId: demo.id },
      orderBy: { id: 'asc' },
    });
    await prisma.team.updateMany({ where: { id: team.id }, data: { name: 'Hernoemd team' } });
    const leaver = await prisma.employee.findFirstOrThrow({
      where: {
        organisationId: demo.id,
        userId: null,
        developmentActions: { none: {} },
        organisationMembers: { none: {} },
      },
      orderBy: { id: 'asc' },
    });
    await prisma.employee.deleteMany({ where: { id: leaver.id } });
    await prisma.site.create({ data: { organisationId: demo.id, name: 'Tijdelijke locatie' } });

    const rebuilt = await runSeed(prisma, { anchor, reset: true });
    expect(rebuilt.tenants.map((t) => t.action)).toEqual(['rebuilt', 'rebuilt']);
    const after = await snapshot();
    expect(counts(after)).toEqual(counts(before));
    expect(ids(after)).toEqual(ids(before));
    expect(after).toEqual(before);

    // The rebuild invalidates the API's coverage cache of the organisation.
    const demoAfter = await prisma.organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    expect(demoAfter.dataVersion).toBeGreaterThan(demo.dataVersion);
    // Each write is recorded in the (append-only) audit log; an unchanged run writes nothing.
    expect(await prisma.auditEvent.count({ where: { organisationId: demo.id, entity: 'seed' } })).toBe(2);
  });

  it('the bulk insert writes exactly what Prisma createMany writes', async () => {
    const other = await createTestDatabase();
    const otherPrisma = createPrismaClient(other.url);
    try {
      await runSeed(otherPrisma, { anchor, insert: 'prisma' });
      // Password hashes differ by their random salt; everything else must match.
      const withoutHashes = async (client: PrismaClient) => {
        const snap = await snapshot(client);
        return { ...snap, users: snap.users.map(({ passwordHash: _hash, ...user }) => user) };
      };
      expect(await withoutHashes(otherPrisma)).toEqual(await withoutHashes(prisma));
    } finally {
      await otherPrisma.$disconnect();
      await other.drop();
    }
  });
});
