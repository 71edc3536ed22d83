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
  readPacked,
} from '../../src/services/coverage-snapshot-packed.ts';
import {
  packedActions,
  packedCertificates,
  packedExemptions,
  packedSiteExemptions,
  packedSiteRequirements,
  packedSites,
  packedTeams,
  packedVacancies,
} from '../../src/services/coverage-snapshot-packed-json.ts';
import { loadRows } from '../../src/services/coverage-snapshot-rows.ts';
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
  // A site exemption (rule 17 on rule 18) and an archived site whose requirement no longer counts.
  const siteRequirement = await db.siteRequirement.findFirst({ where: scope });
  const certificateType = await db.certificateType.findFirstOrThrow({ where: scope });
  const site = siteRequirement
    ? { id: siteRequirement.siteId }
    : await db.site.findFirstOrThrow({ where: scope, select: { id: true } });
  const required =
    siteRequirement ??
    (await db.siteRequirement.create({
      data: { ...scope, siteId: site.id, certificateTypeId: certificateType.id, count: 1 },
    }));
  await db.requirementExemption.create({
    data: {
      ...scope,
      siteId: required.siteId,
      siteRequirementId: required.id,
      reason: 'Packed reader test',
      startsOn: new Date(`${day}T00:00:00Z`),
      endsOn: new Date('2099-12-31T00:00:00Z'),
    },
  });
  const archived = await db.site.create({
    data: { ...scope, name: 'Gesloten locatie', archivedAt: new Date() },
  });
  await db.siteRequirement.create({
    data: { ...scope, siteId: archived.id, certificateTypeId: certificateType.id, count: 2 },
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

    expect(byJson(await readPacked(db, packedLevels(all)))).toEqual(
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
    expect(byJson(await readPacked(db, packedEmployees(all)))).toEqual(
      byJson(
        await db.employee.findMany({
          where: { ...scope, active: true, erasedAt: null },
          select: { id: true, firstName: true, lastName: true, fte: true },
        }),
      ),
    );
    expect(byJson(await readPacked(db, packedMemberships(all)))).toEqual(
      byJson(
        await db.teamMembership.findMany({
          where: { ...scope, ...activeMembershipWhere() },
          select: { teamId: true, employeeId: true },
        }),
      ),
    );
    expect(await readPacked(db, packedAssignments(all))).toEqual(
      await db.roleAssignment.findMany({
        where: { ...scope, ...activeMembershipWhere() },
        select: { employeeId: true, roleDefinitionId: true, teamId: true },
        orderBy: [{ roleDefinitionId: 'asc' }, { id: 'asc' }],
      }),
    );
    expect(byJson(await readPacked(db, packedRatings(all)))).toEqual(
      byJson(
        await db.competencyRating.findMany({
          where: scope,
          select: { employeeId: true, competency: true, score: true },
        }),
      ),
    );
    expect(await readPacked(db, packedContacts(all))).toEqual(
      await db.surroundingsContact.findMany({
        where: scope,
        select: { employeeId: true, circle: true },
        distinct: ['employeeId', 'circle'],
        orderBy: [{ employeeId: 'asc' }, { circle: 'asc' }],
      }),
    );
    expect(await readPacked(db, packedAmbitions(all))).toEqual(
      await db.ambition.findMany({
        where: { ...scope, status: 'active' },
        select: { id: true, employeeId: true, area: true, targetLevel: true, horizonDate: true },
        orderBy: { id: 'asc' },
      }),
    );
    const requirements = await db.teamRequirement.findMany({ where: scope, orderBy: { id: 'asc' } });
    expect(await readPacked(db, packedRequirements(organisationId, null))).toEqual(
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
    expect((await readPacked(db, packedEmployees(some))).map((row) => row.id)).toEqual([employee?.id]);
    const levels = await readPacked(db, packedLevels(some));
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((row) => row.employeeId === employee?.id)).toBe(true);
    const ofTeam = await readPacked(db, packedRequirements(organisationId, [requirement?.teamId ?? '']));
    expect(ofTeam.length).toBeGreaterThan(0);
    expect(ofTeam.every((row) => row.teamId === requirement?.teamId)).toBe(true);
    expect(await readPacked(db, packedLevels({ ...some, employeeIds: [] }))).toEqual([]);
  });

  it('read as JSON the rows of the Prisma queries they replace, Dates included', async () => {
    const db = t.app.systemDb;
    const scope = { organisationId };
    const dayStart = new Date(`${day}T00:00:00Z`);
    const all = { organisationId, employeeIds: null, teamIds: null, day };
    const checks: Array<[string, unknown[], unknown[]]> = [
      [
        'teams',
        await readPacked(db, packedTeams(all)),
        await db.team.findMany({
          where: scope,
          select: { id: true, siteId: true, name: true, archivedAt: true },
        }),
      ],
      [
        'sites',
        await readPacked(db, packedSites(organisationId)),
        await db.site.findMany({ where: { ...scope, archivedAt: null }, select: { id: true, name: true } }),
      ],
      [
        'actions',
        await readPacked(db, packedActions(all)),
        await db.developmentAction.findMany({
          where: {
            ...scope,
            employeeId: { not: null },
            status: { in: ['planned', 'in_progress'] },
            OR: [
              { area: { not: null }, targetLevel: { not: null } },
              { targetCertificateTypeId: { not: null } },
            ],
          },
          select: {
            id: true,
            employeeId: true,
            area: true,
            targetLevel: true,
            targetCertificateTypeId: true,
            expectedEndDate: true,
            type: true,
          },
          orderBy: { id: 'asc' },
        }),
      ],
      [
        'vacancies',
        await readPacked(db, packedVacancies(all)),
        await db.developmentAction.findMany({
          where: {
            ...scope,
            employeeId: null,
            type: 'werving',
            teamId: { not: null },
            status: { in: ['planned', 'in_progress'] },
            area: { not: null },
            targetLevel: { not: null },
          },
          select: { id: true, teamId: true, area: true, targetLevel: true, expectedEndDate: true },
          orderBy: { id: 'asc' },
        }),
      ],
      [
        'certificates',
        await readPacked(db, packedCertificates(all)),
        await db.personCertificate.findMany({
          where: {
            ...scope,
            status: 'validated',
            obtainedOn: { lte: dayStart },
            OR: [{ expiresOn: null }, { expiresOn: { gte: dayStart } }],
          },
          select: { employeeId: true, certificateTypeId: true, expiresOn: true },
          orderBy: [{ certificateTypeId: 'asc' }, { id: 'asc' }],
        }),
      ],
      [
        'exemptions',
        await readPacked(db, packedExemptions(all)),
        await db.requirementExemption.findMany({
          where: { ...scope, teamId: { not: null }, endedAt: null, endsOn: { gte: dayStart } },
          select: {
            id: true,
            teamId: true,
            requirementId: true,
            employeeId: true,
            startsOn: true,
            endsOn: true,
          },
          orderBy: { id: 'asc' },
        }),
      ],
      [
        'site requirements',
        await readPacked(db, packedSiteRequirements(organisationId)),
        await db.siteRequirement.findMany({
          where: { ...scope, site: { archivedAt: null } },
          select: { id: true, siteId: true, certificateTypeId: true, count: true },
          orderBy: { id: 'asc' },
        }),
      ],
      [
        'site exemptions',
        await readPacked(db, packedSiteExemptions({ organisationId, day })),
        await db.requirementExemption.findMany({
          where: {
            ...scope,
            siteRequirementId: { not: null },
            site: { archivedAt: null },
            endedAt: null,
            endsOn: { gte: dayStart },
          },
          select: {
            id: true,
            siteId: true,
            siteRequirementId: true,
            employeeId: true,
            startsOn: true,
            endsOn: true,
          },
          orderBy: { id: 'asc' },
        }),
      ],
    ];
    const byJson = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    for (const [name, packed, prisma] of checks) {
      expect(prisma.length, `${name}: the fixture has rows`).toBeGreaterThan(0);
      // Sites and teams have no order to keep; the others come in the Prisma query's order.
      if (name === 'teams' || name === 'sites') expect(byJson(packed), name).toEqual(byJson(prisma));
      else expect(packed, name).toEqual(prisma);
    }
    const [dated] = (await readPacked(db, packedActions(all))).filter((row) => row.expectedEndDate);
    expect(dated?.expectedEndDate).toBeInstanceOf(Date);
  });

  it('read in one statement what they read one query each', async () => {
    const db = t.app.systemDb;
    const [employees, teams] = await Promise.all([
      db.employee.findMany({
        where: { organisationId },
        select: { id: true },
        take: 5,
        orderBy: { id: 'asc' },
      }),
      db.team.findMany({ where: { organisationId }, select: { id: true }, take: 3, orderBy: { id: 'asc' } }),
    ]);
    const whole = await loadRows(db, organisationId, null, null, true, day);
    const some = await loadRows(
      db,
      organisationId,
      employees.map((row) => row.id),
      teams.map((row) => row.id),
      true,
      day,
    );
    const employeeIds = new Set(employees.map((row) => row.id));
    const teamIds = new Set(teams.map((row) => row.id));
    const ofPeople = <Row extends { employeeId: string | null }>(rows: Row[] | null) =>
      (rows ?? []).filter((row) => row.employeeId !== null && employeeIds.has(row.employeeId));
    const ofTeams = <Row extends { teamId: string | null }>(rows: Row[] | null) =>
      (rows ?? []).filter((row) => row.teamId !== null && teamIds.has(row.teamId));
    expect(some.levels).toEqual(ofPeople(whole.levels));
    expect(some.memberships).toEqual(ofPeople(whole.memberships));
    expect(some.assignments).toEqual(ofPeople(whole.assignments));
    expect(some.actions).toEqual(ofPeople(whole.actions));
    expect(some.certificates).toEqual(ofPeople(whole.certificates));
    expect(some.requirements).toEqual(ofTeams(whole.requirements));
    expect(some.exemptions).toEqual(ofTeams(whole.exemptions));
    expect(some.vacancies).toEqual(ofTeams(whole.vacancies));
    expect(some.employees).toEqual((whole.employees ?? []).filter((row) => employeeIds.has(row.id)));
    expect(some.sites).toEqual(whole.sites);
    expect(some.siteRequirements).toEqual(whole.siteRequirements);
    expect(some.siteExemptions).toEqual(whole.siteExemptions);
    expect(some.levels?.length).toBeGreaterThan(0);
    expect(some.requirements?.length).toBeGreaterThan(0);
    // What a patch was not asked for stays null (the snapshot keeps its own).
    const withoutSites = await loadRows(
      db,
      organisationId,
      [],
      teams.map((row) => row.id),
      false,
      day,
    );
    expect(withoutSites.sites).toBeNull();
    expect(withoutSites.levels).toBeNull();
    expect(withoutSites.roleRows).toBeNull();
    expect(withoutSites.requirements?.length).toBeGreaterThan(0);
  });
});
