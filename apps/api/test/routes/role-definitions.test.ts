import { LEVEL_RANK, ROLE_CATALOGUE } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import { DEMO } from '../helpers/build.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type AuditCount, auditCounter, type RoleCall, roleCaller, setUpTestApp } from '../helpers/suite.ts';

type Role = keyof typeof DEMO;
const ROLES = Object.keys(DEMO) as Role[];

describe('/api/role-definitions', () => {
  /** Our own client on the test database, to set up and check rows independently of the API. */
  let db: TestDb;
  let demoOrg: string;
  let call: RoleCall;
  let auditCount: AuditCount;
  let zonRoleId: string;
  const leerkracht = seedId('demo', 'role', 'leerkracht');
  const managed = ['baby', 'peuter', 'unit36'].map((key) => seedId('demo', 'team', key));

  setUpTestApp(async (ctx) => {
    ({ db, demoOrg } = ctx);
    call = roleCaller(ctx.t);
    auditCount = auditCounter(db, demoOrg, 'RoleDefinition');
    zonRoleId = (
      await db.roleDefinition.findFirstOrThrow({
        where: { organisation: { slug: 'kinderopvang-zon' } },
      })
    ).id;
  });

  const body = {
    key: 'vve_specialist',
    labelNl: 'VVE-specialist',
    labelEn: 'Early-education specialist',
    areaRequirements: [
      { area: 'pedagogiek', minLevel: 'ervaren' },
      { area: 'didactiek', minLevel: 'starter' },
    ],
    competencyRequirements: [{ competency: 'ontwikkelingsgerichtheid', minScore: 4 }],
  };

  it('every role lists and reads the catalogue', async () => {
    for (const role of ROLES) {
      const response = await call(role, 'GET', '/api/role-definitions?pageSize=200');
      expect(response.statusCode, role).toBe(200);
      expect(response.json().total).toBe(ROLE_CATALOGUE.length);
    }
    const one = await call('employee', 'GET', `/api/role-definitions/${leerkracht}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      key: 'leerkracht',
      fromCatalogue: true,
      areaMatch: 'all',
      areaRequirements: [
        { area: 'didactiek', minLevel: 'ervaren' },
        { area: 'pedagogiek', minLevel: 'starter' },
      ],
      competencyRequirements: [{ competency: 'ontwikkelingsgerichtheid', minScore: 3 }],
    });
    const stagiaire = (await call('hr', 'GET', '/api/role-definitions?q=stagiaire')).json();
    expect(stagiaire.items[0]).toMatchObject({ key: 'stagiaire', areaMatch: 'any' });
  });

  it('hr creates, updates (If-Match) and deletes an unused role, with audit rows', async () => {
    for (const role of ['board', 'manager', 'trainer', 'employee'] as const) {
      expect((await call(role, 'POST', '/api/role-definitions', body)).statusCode, role).toBe(403);
    }
    const created = await call('hr', 'POST', '/api/role-definitions', body);
    expect(created.statusCode).toBe(201);
    const role = created.json();
    expect(role).toMatchObject({ ...body, fromCatalogue: false, areaMatch: 'all', version: 1 });
    expect(await auditCount(role.id, 'create')).toBe(1);

    const duplicate = await call('hr', 'POST', '/api/role-definitions', { ...body, labelNl: 'Dubbel' });
    expect(duplicate.statusCode).toBe(409);

    expect(
      (await call('board', 'PATCH', `/api/role-definitions/${role.id}`, { labelNl: 'x' })).statusCode,
    ).toBe(403);
    const updated = await call(
      'hr',
      'PATCH',
      `/api/role-definitions/${role.id}`,
      { areaRequirements: [{ area: 'pedagogiek', minLevel: 'expert' }] },
      { 'if-match': 'W/"1"' },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      version: 2,
      areaRequirements: [{ area: 'pedagogiek', minLevel: 'expert' }],
      competencyRequirements: body.competencyRequirements,
    });
    expect(await auditCount(role.id, 'update')).toBe(1);

    const stale = await call(
      'hr',
      'PATCH',
      `/api/role-definitions/${role.id}`,
      { labelNl: 'Oud' },
      {
        'if-match': 'W/"1"',
      },
    );
    expect(stale.statusCode).toBe(412);
    expect((await db.roleDefinition.findFirstOrThrow({ where: { id: role.id } })).labelNl).toBe(
      'VVE-specialist',
    );

    expect((await call('manager', 'DELETE', `/api/role-definitions/${role.id}`)).statusCode).toBe(403);
    const deleted = await call('hr', 'DELETE', `/api/role-definitions/${role.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(await db.roleDefinition.findFirst({ where: { id: role.id } })).toBeNull();
    expect(await auditCount(role.id, 'delete')).toBe(1);
  });

  it('refuses to delete a role that is assigned or used in a requirement (409)', async () => {
    const assigned = await call('hr', 'DELETE', `/api/role-definitions/${leerkracht}`);
    expect(assigned.statusCode).toBe(409);
    expect(assigned.json().code).toBe('role_definition_in_use');
    expect(await db.roleDefinition.findFirst({ where: { id: leerkracht } })).not.toBeNull();

    const fresh = (
      await call('hr', 'POST', '/api/role-definitions', { ...body, key: 'alleen_in_eis' })
    ).json();
    await db.teamRequirement.create({
      data: {
        organisationId: demoOrg,
        teamId: managed[0] as string,
        kind: 'role',
        roleDefinitionId: fresh.id,
        count: 1,
      },
    });
    const required = await call('hr', 'DELETE', `/api/role-definitions/${fresh.id}`);
    expect(required.statusCode).toBe(409);
    expect(required.json().code).toBe('role_definition_in_use');
  });

  it('answers 400 with field paths: snake_case key, domain ids, score 1..5, no duplicates', async () => {
    const response = await call('hr', 'POST', '/api/role-definitions', {
      key: 'Bad Key',
      labelNl: '',
      labelEn: 'x',
      areaRequirements: [{ area: 'koken', minLevel: 'ervaren' }],
      competencyRequirements: [{ competency: 'creativiteit', minScore: 6 }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.key',
        'body.labelNl',
        'body.areaRequirements.0.area',
        'body.competencyRequirements.0.minScore',
      ]),
    );
    const twice = await call('hr', 'POST', '/api/role-definitions', {
      ...body,
      key: 'dubbel_gebied',
      areaRequirements: [
        { area: 'pedagogiek', minLevel: 'starter' },
        { area: 'pedagogiek', minLevel: 'expert' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('body.areaRequirements');
    expect(await db.roleDefinition.count({ where: { key: { in: ['dubbel_gebied'] } } })).toBe(0);
  });

  it('answers 404 for another organisation’s role and changes nothing', async () => {
    const before = await db.roleDefinition.findFirstOrThrow({ where: { id: zonRoleId } });
    const auditsBefore = await db.auditEvent.count();
    expect((await call('hr', 'GET', `/api/role-definitions/${zonRoleId}`)).statusCode).toBe(404);
    expect(
      (await call('hr', 'PATCH', `/api/role-definitions/${zonRoleId}`, { labelNl: 'x' })).statusCode,
    ).toBe(404);
    expect((await call('hr', 'DELETE', `/api/role-definitions/${zonRoleId}`)).statusCode).toBe(404);
    expect(
      (await call('hr', 'GET', `/api/role-definitions/${zonRoleId}/qualified-employees`)).statusCode,
    ).toBe(404);
    expect(await db.roleDefinition.findFirstOrThrow({ where: { id: zonRoleId } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(auditsBefore);
  });

  describe('GET /:id/qualified-employees', () => {
    /** Independent of the API: who meets leerkracht (didactiek ≥ ervaren, pedagogiek ≥ starter, score ≥ 3). */
    async function expectedLeerkrachten(teamIds?: string[]) {
      const today = new Date();
      const people = await db.employee.findMany({
        where: {
          organisationId: demoOrg,
          active: true,
          erasedAt: null,
          ...(teamIds
            ? {
                memberships: {
                  some: {
                    teamId: { in: teamIds },
                    startDate: { lte: today },
                    OR: [{ endDate: null }, { endDate: { gte: today } }],
                  },
                },
              }
            : {}),
        },
        include: { areaLevels: { orderBy: { validFrom: 'asc' } }, competencyRatings: true },
      });
      return people
        .filter((person) => {
          // Validated levels only (docs/coverage-rules.md, rule 4): the current row when validated,
          // else the last validated row before the self-assessment.
          const rank = (area: string) => {
            const current = person.areaLevels.find((level) => level.area === area && level.isCurrent);
            if (!current) return 0;
            if (current.status === 'validated') return LEVEL_RANK[current.level];
            const earlier = person.areaLevels.filter(
              (level) => level.area === area && level.status === 'validated' && level.isCurrent === null,
            );
            const last = earlier[earlier.length - 1];
            return last ? LEVEL_RANK[last.level] : 0;
          };
          const score =
            person.competencyRatings.find((r) => r.competency === 'ontwikkelingsgerichtheid')?.score ?? 0;
          return rank('didactiek') >= 3 && rank('pedagogiek') >= 2 && score >= 3;
        })
        .map((person) => person.id)
        .sort();
    }

    it('lists exactly the people who meet the role, paginated', async () => {
      const expected = await expectedLeerkrachten();
      expect(expected.length).toBeGreaterThan(2);
      const all = (
        await call('hr', 'GET', `/api/role-definitions/${leerkracht}/qualified-employees?pageSize=200`)
      ).json();
      expect(all.total).toBe(expected.length);
      expect(all.items.map((item: { id: string }) => item.id).sort()).toEqual(expected);
      expect(all.items[0]).toHaveProperty('levels.didactiek.level');
      const page = (
        await call(
          'board',
          'GET',
          `/api/role-definitions/${leerkracht}/qualified-employees?pageSize=2&page=2`,
        )
      ).json();
      expect(page).toMatchObject({ page: 2, pageSize: 2, total: expected.length });
      expect(page.items.map((item: { id: string }) => item.id)).toEqual(
        all.items.slice(2, 4).map((item: { id: string }) => item.id),
      );
    });

    it('a manager sees only the people of the teams they lead; trainer and employee get 403', async () => {
      const expected = await expectedLeerkrachten(managed);
      const body = (
        await call('manager', 'GET', `/api/role-definitions/${leerkracht}/qualified-employees?pageSize=200`)
      ).json();
      expect(body.items.map((item: { id: string }) => item.id).sort()).toEqual(expected);
      for (const role of ['trainer', 'employee'] as const) {
        const response = await call(role, 'GET', `/api/role-definitions/${leerkracht}/qualified-employees`);
        expect(response.statusCode, role).toBe(403);
      }
    });

    // This test used to say the stagiaire role "counts anyone with a level somewhere" (120 of 120 in
    // the demo). docs/coverage-rules.md, rule 3: only people in training meet the trainee role.
    it('the trainee role (stagiaire) counts only people in training: in opleiding, nothing higher', async () => {
      const stagiaire = seedId('demo', 'role', 'stagiaire');
      const body = (
        await call('hr', 'GET', `/api/role-definitions/${stagiaire}/qualified-employees?pageSize=1`)
      ).json();
      const active = { organisationId: demoOrg, active: true, erasedAt: null };
      const inTraining = await db.employee.count({
        where: {
          ...active,
          areaLevels: {
            some: { isCurrent: true, level: 'in_opleiding' },
            none: { isCurrent: true, level: { not: 'in_opleiding' } },
          },
        },
      });
      const withLevel = await db.employee.count({
        where: { ...active, areaLevels: { some: { isCurrent: true } } },
      });
      expect(inTraining).toBeGreaterThan(0);
      expect(body.total).toBe(inTraining);
      expect(body.total).toBeLessThan(withLevel);
    });
  });
});
