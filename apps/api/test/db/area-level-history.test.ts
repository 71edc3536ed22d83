import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaLevelConflictError, recordAreaLevel } from '../../src/db/area-level-history.ts';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

let database: TestDatabase;
let prisma: PrismaClient;
let organisationId: string;
let employeeIds: string[];

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url);
  const org = await prisma.organisation.create({ data: { slug: 'history', name: 'Historie' } });
  organisationId = org.id;
  employeeIds = [];
  for (const n of [1, 2, 3]) {
    const employee = await prisma.employee.create({
      data: { organisationId, firstName: 'Sanne', lastName: `Bakker ${n}`, email: `sanne${n}@example.nl` },
    });
    employeeIds.push(employee.id);
  }
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

function rowsOf(employeeId: string) {
  return prisma.areaLevel.findMany({
    where: { organisationId, employeeId, area: 'pedagogiek' },
    orderBy: { validFrom: 'asc' },
  });
}

describe('recordAreaLevel', () => {
  it('keeps history: two changes give three rows, one open, the earlier ones closed', async () => {
    const employeeId = employeeIds[0] as string;
    const base = { organisationId, employeeId, area: 'pedagogiek' } as const;
    const first = await prisma.$transaction((tx) =>
      recordAreaLevel(tx, { ...base, level: 'starter', status: 'self_assessed', at: day(0) }),
    );
    const second = await prisma.$transaction((tx) =>
      recordAreaLevel(tx, { ...base, level: 'ervaren', status: 'self_assessed', at: day(10) }),
    );
    const third = await prisma.$transaction((tx) =>
      recordAreaLevel(tx, {
        ...base,
        level: 'ervaren',
        status: 'validated',
        validatedByUserId: null,
        at: day(20),
      }),
    );

    const rows = await rowsOf(employeeId);
    expect(rows.map((r) => r.id)).toEqual([first.id, second.id, third.id]);
    expect(rows.map((r) => [r.level, r.status])).toEqual([
      ['starter', 'self_assessed'],
      ['ervaren', 'self_assessed'],
      ['ervaren', 'validated'],
    ]);
    expect(rows.filter((r) => r.isCurrent === true)).toHaveLength(1);
    expect(rows[2]).toMatchObject({
      isCurrent: true,
      validTo: null,
      validFrom: day(20),
      validatedAt: day(20),
    });
    // Closed rows: isCurrent NULL and validTo = the next row's validFrom; never overwritten otherwise.
    expect(rows[0]).toMatchObject({ isCurrent: null, validTo: day(10), level: 'starter', validFrom: day(0) });
    expect(rows[1]).toMatchObject({
      isCurrent: null,
      validTo: day(20),
      level: 'ervaren',
      validFrom: day(10),
    });
  });

  it('does nothing when level and status are unchanged', async () => {
    const employeeId = employeeIds[0] as string;
    const before = await rowsOf(employeeId);
    const same = await prisma.$transaction((tx) =>
      recordAreaLevel(tx, {
        organisationId,
        employeeId,
        area: 'pedagogiek',
        level: 'ervaren',
        status: 'validated',
        at: day(30),
      }),
    );
    const after = await rowsOf(employeeId);
    expect(same.id).toBe(before[2]?.id);
    expect(after).toEqual(before);
  });

  it('refuses a change dated before the open row', async () => {
    const employeeId = employeeIds[0] as string;
    await expect(
      prisma.$transaction((tx) =>
        recordAreaLevel(tx, {
          organisationId,
          employeeId,
          area: 'pedagogiek',
          level: 'expert',
          status: 'validated',
          at: day(5),
        }),
      ),
    ).rejects.toBeInstanceOf(AreaLevelConflictError);
    expect(await rowsOf(employeeId)).toHaveLength(3);
  });

  it('the unique index refuses a second open row for the same person and area', async () => {
    const employeeId = employeeIds[0] as string;
    await expect(
      prisma.areaLevel.create({
        data: { organisationId, employeeId, area: 'pedagogiek', level: 'expert', isCurrent: true },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    // Closed rows (isCurrent NULL) may repeat: that is what keeps the history.
    await prisma.areaLevel.create({
      data: {
        organisationId,
        employeeId,
        area: 'pedagogiek',
        level: 'starter',
        isCurrent: null,
        validFrom: day(-100),
        validTo: day(-50),
      },
    });
    expect((await rowsOf(employeeId)).filter((r) => r.isCurrent === true)).toHaveLength(1);
  });

  it('keeps exactly one open row when two changes race', async () => {
    const employeeId = employeeIds[1] as string;
    const base = { organisationId, employeeId, area: 'pedagogiek', status: 'validated' } as const;
    await prisma.$transaction((tx) => recordAreaLevel(tx, { ...base, level: 'starter', at: day(0) }));
    const results = await Promise.allSettled([
      prisma.$transaction((tx) => recordAreaLevel(tx, { ...base, level: 'ervaren', at: day(1) })),
      prisma.$transaction((tx) => recordAreaLevel(tx, { ...base, level: 'expert', at: day(2) })),
    ]);
    const succeeded = results.filter((r) => r.status === 'fulfilled').length;
    expect(succeeded).toBeGreaterThanOrEqual(1);
    const rows = await rowsOf(employeeId);
    expect(rows).toHaveLength(1 + succeeded);
    expect(rows.filter((r) => r.isCurrent === true)).toHaveLength(1);
    expect(rows.filter((r) => r.validTo === null)).toHaveLength(1);
  });
});
