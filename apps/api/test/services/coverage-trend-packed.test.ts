import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPacked } from '../../src/services/coverage-snapshot-packed.ts';
import { trendWindowStart } from '../../src/services/coverage-trend-months.ts';
import {
  trendAssignments,
  trendCertificates,
  trendContacts,
  trendEmployees,
  trendExemptions,
  trendLevels,
  trendMemberships,
  trendRatings,
  trendRequirementVersions,
  trendTeams,
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
    ['everyone in all teams, by the relational filter', false],
    ['the people of two teams, found first', true],
  ] as const)('return the rows of the Prisma queries they replaced: %s', async (_, few) => {
    const db = t.app.systemDb;
    const scope = { organisationId };
    const teams = few ? teamIds.slice(0, 2) : teamIds;
    const people = { organisationId, teamIds: teams, few };
    const ofPeople = { employee: { memberships: { some: { teamId: { in: teams } } } } };
    const byJson = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
    const running = { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gte: windowStart } }] };

    const memberships = await readPacked(db, trendMemberships(organisationId, teamIds, windowStart, now));
    expect(memberships.some((row) => row.endDate !== null)).toBe(true);
    expect(byJson(memberships)).toEqual(
      byJson(
        await db.teamMembership.findMany({
          where: { ...scope, teamId: { in: teamIds }, ...running },
          select: { teamId: true, employeeId: true, startDate: true, endDate: true },
        }),
      ),
    );
    expect(byJson(await readPacked(db, trendEmployees(people)))).toEqual(
      byJson(
        await db.employee.findMany({
          where: {
            ...scope,
            memberships: { some: { teamId: { in: teams } } },
          },
          select: { id: true, fte: true, active: true, erasedAt: true },
        }),
      ),
    );
    const levels = await readPacked(db, trendLevels(people, now));
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
    expect(byJson(await readPacked(db, trendRatings(people)))).toEqual(
      byJson(
        await db.competencyRating.findMany({
          where: { ...scope, ...ofPeople },
          select: { employeeId: true, competency: true, score: true },
        }),
      ),
    );
    expect(byJson(await readPacked(db, trendContacts(people)))).toEqual(
      byJson(
        await db.surroundingsContact.findMany({
          where: { ...scope, ...ofPeople },
          select: { employeeId: true, circle: true },
          distinct: ['employeeId', 'circle'],
        }),
      ),
    );
    expect(byJson(await readPacked(db, trendAssignments(people, windowStart, now)))).toEqual(
      byJson(
        await db.roleAssignment.findMany({
          where: { ...scope, ...ofPeople, ...running },
          select: { employeeId: true, roleDefinitionId: true, teamId: true, startDate: true, endDate: true },
        }),
      ),
    );
    const certificates = await readPacked(db, trendCertificates(people, windowStart, now));
    expect(certificates.length).toBeGreaterThan(0);
    expect(byJson(certificates)).toEqual(
      byJson(
        await db.personCertificate.findMany({
          where: {
            ...scope,
            ...ofPeople,
            status: 'validated',
            obtainedOn: { lte: now },
            OR: [{ expiresOn: null }, { expiresOn: { gte: windowStart } }],
          },
          select: { employeeId: true, certificateTypeId: true, obtainedOn: true, expiresOn: true },
        }),
      ),
    );
    expect(byJson(await readPacked(db, trendTeams(organisationId, teams)))).toEqual(
      byJson(
        await db.team.findMany({
          where: { ...scope, id: { in: teams } },
          select: { id: true, createdAt: true, archivedAt: true },
        }),
      ),
    );
    const versions = await readPacked(
      db,
      trendRequirementVersions(organisationId, teamIds, windowStart, now),
    );
    expect(versions.length).toBeGreaterThan(0);
    expect(byJson(versions)).toEqual(
      byJson(
        (
          await db.teamRequirementVersion.findMany({
            where: {
              ...scope,
              teamId: { in: teamIds },
              validFrom: { lte: now },
              OR: [{ validTo: null }, { validTo: { gt: windowStart } }],
            },
          })
        ).map(({ id: _id, organisationId: _organisation, ...row }) => row),
      ),
    );
    const exemptions = await readPacked(db, trendExemptions(organisationId, teamIds, windowStart, now));
    expect(exemptions.length).toBeGreaterThan(0);
    expect(byJson(exemptions)).toEqual(
      byJson(
        await db.requirementExemption.findMany({
          where: {
            ...scope,
            teamId: { in: teamIds },
            startsOn: { lte: now },
            endsOn: { gte: windowStart },
            OR: [{ endedAt: null }, { endedAt: { gte: windowStart } }],
          },
          select: {
            id: true,
            teamId: true,
            requirementId: true,
            employeeId: true,
            startsOn: true,
            endsOn: true,
            endedAt: true,
          },
        }),
      ),
    );
  });
});
