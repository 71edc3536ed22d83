import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMembershipWhere } from '../../src/services/access.ts';
import {
  packedAmbitions,
  packedAssignments,
  packedContacts,
  packedEmployees,
  packedLevels,
  packedMemberships,
  packedRatings,
  packedRequirements,
} from '../../src/services/coverage-snapshot-packed.ts';
import { buildTestApp, type TestApp } from '../helpers/build.ts';

/*
 * The snapshot's packed raw-SQL readers return exactly the rows (and, where order reaches the
 * figures, the order) of the Prisma queries they replace, on the demo organisation with a few
 * awkward rows added (NULL columns, a person without levels, a team role, an ambition without a date).
 */

let t: TestApp;
let organisationId: string;
const day = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.app.systemDb;
  organisationId = (await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  const scope = { organisationId };
  const [employee, other] = await db.employee.findMany({ where: scope, take: 2, orderBy: { id: 'asc' } });
  const team = await db.team.findFirstOrThrow({ where: scope });
  const role = await db.roleDefinition.findFirstOrThrow({ where: scope });
  if (!employee || !other) throw new Error('demo has people');
  await db.employee.create({
    data: {
      ...scope,
      firstName: 'Zoë "de"',
      lastName: "O'Neil\tß",
      fte: 0.8125,
      email: 'zoe.packed@example.nl',
    },
  });
  await db.roleAssignment.create({
    data: { ...scope, employeeId: employee.id, roleDefinitionId: role.id, teamId: team.id },
  });
  await db.ambition.create({
    data: {
      ...scope,
      employeeId: other.id,
      area: 'pedagogiek',
      targetLevel: 'ervaren',
      direction: 'verdiepen',
    },
  });
  await db.surroundingsContact.createMany({
    data: [
      { ...scope, employeeId: other.id, circle: 'buurt', partnerName: 'Buurthuis' },
      { ...scope, employeeId: other.id, circle: 'buurt', partnerName: 'Bibliotheek' },
    ],
  });
});

afterAll(async () => {
  await t?.close();
});

describe('packed snapshot readers', () => {
  it('return the rows of the Prisma queries they replace, in their order', async () => {
    const db = t.app.systemDb;
    const scope = { organisationId };
    const all = { organisationId, employeeIds: null, day };
    const byJson = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();

    expect(byJson(await packedLevels(db, all))).toEqual(
      byJson(
        (
          await db.areaLevel.findMany({
            where: { ...scope, isCurrent: true },
            select: {
              id: true,
              employeeId: true,
              area: true,
              level: true,
              status: true,
              validatedAt: true,
              validFrom: true,
            },
          })
        ).map(({ validatedAt, validFrom, ...row }) => ({
          ...row,
          // The packed reader keeps the day the reassessment cycle starts, all it reads (rule 16).
          validatedOn: (validatedAt ?? validFrom).toISOString().slice(0, 10),
        })),
      ),
    );
    expect(byJson(await packedEmployees(db, all))).toEqual(
      byJson(
        await db.employee.findMany({
          where: { ...scope, active: true, erasedAt: null },
          select: { id: true, firstName: true, lastName: true, fte: true },
        }),
      ),
    );
    expect(byJson(await packedMemberships(db, all))).toEqual(
      byJson(
        await db.teamMembership.findMany({
          where: { ...scope, ...activeMembershipWhere() },
          select: { teamId: true, employeeId: true },
        }),
      ),
    );
    expect(await packedAssignments(db, all)).toEqual(
      await db.roleAssignment.findMany({
        where: { ...scope, ...activeMembershipWhere() },
        select: { employeeId: true, roleDefinitionId: true, teamId: true },
        orderBy: [{ roleDefinitionId: 'asc' }, { id: 'asc' }],
      }),
    );
    expect(byJson(await packedRatings(db, all))).toEqual(
      byJson(
        await db.competencyRating.findMany({
          where: scope,
          select: { employeeId: true, competency: true, score: true },
        }),
      ),
    );
    expect(await packedContacts(db, all)).toEqual(
      await db.surroundingsContact.findMany({
        where: scope,
        select: { employeeId: true, circle: true },
        distinct: ['employeeId', 'circle'],
        orderBy: [{ employeeId: 'asc' }, { circle: 'asc' }],
      }),
    );
    expect(await packedAmbitions(db, all)).toEqual(
      await db.ambition.findMany({
        where: { ...scope, status: 'active' },
        select: { id: true, employeeId: true, area: true, targetLevel: true, horizonDate: true },
        orderBy: { id: 'asc' },
      }),
    );
    const requirements = await db.teamRequirement.findMany({ where: scope, orderBy: { id: 'asc' } });
    expect(await packedRequirements(db, organisationId, null)).toEqual(
      requirements.map((row) => ({
        id: row.id,
        teamId: row.teamId,
        kind: row.kind,
        area: row.area,
        minLevel: row.minLevel,
        roleDefinitionId: row.roleDefinitionId,
        competency: row.competency,
        minScore: row.minScore,
        circle: row.circle,
        certificateTypeId: row.certificateTypeId,
        count: row.count,
      })),
    );
  });

  it('read only the people and teams asked for', async () => {
    const db = t.app.systemDb;
    const [employee] = await db.employee.findMany({
      where: { organisationId },
      take: 1,
      orderBy: { id: 'asc' },
    });
    const [requirement] = await db.teamRequirement.findMany({ where: { organisationId }, take: 1 });
    const some = { organisationId, employeeIds: [employee?.id ?? ''], day };
    expect((await packedEmployees(db, some)).map((row) => row.id)).toEqual([employee?.id]);
    const levels = await packedLevels(db, some);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((row) => row.employeeId === employee?.id)).toBe(true);
    const ofTeam = await packedRequirements(db, organisationId, [requirement?.teamId ?? '']);
    expect(ofTeam.length).toBeGreaterThan(0);
    expect(ofTeam.every((row) => row.teamId === requirement?.teamId)).toBe(true);
    expect(await packedLevels(db, { ...some, employeeIds: [] })).toEqual([]);
  });
});
