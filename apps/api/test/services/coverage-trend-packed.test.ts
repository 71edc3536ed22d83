import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trendWindowStart } from '../../src/services/coverage-trend-months.ts';
import {
  trendAssignments,
  trendContacts,
  trendEmployees,
  trendLevels,
  trendMemberships,
  trendRatings,
} from '../../src/services/coverage-trend-packed.ts';
import { buildTestApp, type TestApp } from '../helpers/build.ts';

/*
 * The trend's packed raw-SQL readers return exactly the rows of the Prisma queries they replaced
 * (loadTrendRows), Dates to the millisecond, for the whole organisation (people through their teams)
 * and for a list of people; with history added: a closed level row, a leaver with an ended
 * membership and role, an erased person.
 */

let t: TestApp;
let organisationId: string;
let teamIds: string[];
const now = new Date();
const windowStart = trendWindowStart(2, now);

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.app.systemDb;
  organisationId = (await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  const scope = { organisationId };
  teamIds = (await db.team.findMany({ where: scope, select: { id: true } })).map((team) => team.id);
  const team = teamIds[0] as string;
  const role = await db.roleDefinition.findFirstOrThrow({ where: scope });
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10, 13, 14, 15, 678));
  const leaver = await db.employee.create({
    data: {
      ...scope,
      firstName: 'Lea',
      lastName: 'Vertrokken',
      fte: 0.6,
      active: false,
      email: 'lea@example.nl',
    },
  });
  const erased = await db.employee.create({
    data: {
      ...scope,
      firstName: '-',
      lastName: '-',
      fte: 1,
      erasedAt: lastMonth,
      email: 'erased@example.nl',
    },
  });
  for (const person of [leaver, erased]) {
    await db.teamMembership.create({
      data: {
        ...scope,
        teamId: team,
        employeeId: person.id,
        startDate: new Date('2025-01-01'),
        endDate: lastMonth,
      },
    });
  }
  await db.roleAssignment.create({
    data: {
      ...scope,
      employeeId: leaver.id,
      roleDefinitionId: role.id,
      teamId: team,
      startDate: new Date('2025-01-01'),
      endDate: lastMonth,
    },
  });
  await db.areaLevel.create({
    data: {
      ...scope,
      employeeId: leaver.id,
      area: 'pedagogiek',
      level: 'starter',
      status: 'validated',
      validFrom: new Date('2025-03-04T05:06:07.089Z'),
      validTo: lastMonth,
      isCurrent: null,
    },
  });
  await db.competencyRating.create({
    data: { ...scope, employeeId: leaver.id, competency: 'samenwerkingsgerichtheid', score: 3 },
  });
  await db.surroundingsContact.create({
    data: { ...scope, employeeId: leaver.id, circle: 'buurt', partnerName: 'Buurthuis' },
  });
});

afterAll(async () => {
  await t?.close();
});

describe('packed trend readers', () => {
  it.each([
    ['everyone in the teams', null],
    ['a list of people', 'some'],
  ] as const)('return the rows of the Prisma queries they replaced: %s', async (_, which) => {
    const db = t.app.systemDb;
    const scope = { organisationId };
    const peopleIds =
      which === null
        ? null
        : (
            await db.teamMembership.findMany({
              where: { ...scope, teamId: { in: teamIds.slice(0, 2) } },
              select: { employeeId: true },
              distinct: ['employeeId'],
            })
          ).map((row) => row.employeeId);
    const people = { organisationId, teamIds, peopleIds };
    const ofPeople = peopleIds
      ? { employeeId: { in: peopleIds } }
      : { employee: { memberships: { some: { teamId: { in: teamIds } } } } };
    const byJson = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
    const running = { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gte: windowStart } }] };

    const memberships = await trendMemberships(db, organisationId, teamIds, windowStart, now);
    expect(memberships.some((row) => row.endDate !== null)).toBe(true);
    expect(byJson(memberships)).toEqual(
      byJson(
        await db.teamMembership.findMany({
          where: { ...scope, teamId: { in: teamIds }, ...running },
          select: { teamId: true, employeeId: true, startDate: true, endDate: true },
        }),
      ),
    );
    expect(byJson(await trendEmployees(db, people))).toEqual(
      byJson(
        await db.employee.findMany({
          where: {
            ...scope,
            ...(peopleIds
              ? { id: { in: peopleIds } }
              : { memberships: { some: { teamId: { in: teamIds } } } }),
          },
          select: { id: true, fte: true, active: true, erasedAt: true },
        }),
      ),
    );
    const levels = await trendLevels(db, people, now);
    expect(levels.length).toBeGreaterThan(0);
    // Oldest first, as the trend reads them (ties in any order).
    expect(levels.map((row) => row.validFrom.getTime())).toEqual(
      levels.map((row) => row.validFrom.getTime()).sort((a, b) => a - b),
    );
    expect(byJson(levels)).toEqual(
      byJson(
        await db.areaLevel.findMany({
          where: { ...scope, ...ofPeople, validFrom: { lte: now } },
          select: { employeeId: true, area: true, level: true, status: true, validFrom: true, validTo: true },
        }),
      ),
    );
    expect(byJson(await trendRatings(db, people))).toEqual(
      byJson(
        await db.competencyRating.findMany({
          where: { ...scope, ...ofPeople },
          select: { employeeId: true, competency: true, score: true },
        }),
      ),
    );
    expect(byJson(await trendContacts(db, people))).toEqual(
      byJson(
        await db.surroundingsContact.findMany({
          where: { ...scope, ...ofPeople },
          select: { employeeId: true, circle: true },
          distinct: ['employeeId', 'circle'],
        }),
      ),
    );
    expect(byJson(await trendAssignments(db, people, windowStart, now))).toEqual(
      byJson(
        await db.roleAssignment.findMany({
          where: { ...scope, ...ofPeople, ...running },
          select: { employeeId: true, roleDefinitionId: true, teamId: true, startDate: true, endDate: true },
        }),
      ),
    );
  });
});
