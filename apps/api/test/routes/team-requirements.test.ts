import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

describe('team requirements', () => {
  let t: TestApp;
  let db: ReturnType<typeof createPrismaClient>;
  let demoOrg: string;
  let zonOrg: string;
  let managedTeam: string;
  let otherTeam: string;
  let ownTeam: string;
  let zonTeam: string;
  let zonRole: string;
  let demoRole: string;

  beforeAll(async () => {
    t = await buildTestApp();
    db = createPrismaClient(t.databaseUrl);
    demoOrg = (await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
    zonOrg = (await db.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } })).id;
    const manager = await db.organisationMember.findFirstOrThrow({
      where: { organisationId: demoOrg, user: { email: DEMO.manager } },
      include: { managedTeams: true },
    });
    const managedIds = manager.managedTeams.map((m) => m.teamId);
    managedTeam = managedIds[0] as string;
    const employee = await db.organisationMember.findFirstOrThrow({
      where: { organisationId: demoOrg, user: { email: DEMO.employee } },
    });
    const memberships = await db.teamMembership.findMany({
      where: { organisationId: demoOrg, employeeId: employee.employeeId as string, endDate: null },
      orderBy: { teamId: 'asc' },
    });
    const ownTeamIds = memberships.map((m) => m.teamId);
    ownTeam = ownTeamIds[0] as string;
    otherTeam = (
      await db.team.findFirstOrThrow({
        where: { organisationId: demoOrg, id: { notIn: [...managedIds, ...ownTeamIds] } },
        orderBy: { id: 'asc' },
      })
    ).id;
    zonTeam = (await db.team.findFirstOrThrow({ where: { organisationId: zonOrg } })).id;
    zonRole = (await db.roleDefinition.findFirstOrThrow({ where: { organisationId: zonOrg } })).id;
    demoRole = (
      await db.roleDefinition.findFirstOrThrow({ where: { organisationId: demoOrg, key: 'leerkracht' } })
    ).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.close();
  });

  async function as(email: string) {
    return { authorization: `Bearer ${await t.tokenFor(email)}` };
  }
  function auditCount(entityId: string, action?: string) {
    return db.auditEvent.count({ where: { entityId, ...(action ? { action } : {}) } });
  }

  it('lets every role read the requirements of the teams it may see', async () => {
    for (const email of [DEMO.board, DEMO.hr, DEMO.trainer]) {
      const response = await t
        .request()
        .get('/api/team-requirements?pageSize=200')
        .set(await as(email));
      expect(response.status, email).toBe(200);
      expect(response.body.total).toBe(
        await db.teamRequirement.count({ where: { organisationId: demoOrg } }),
      );
    }
    const managed = await db.managedTeam.findMany({
      where: { organisationId: demoOrg, member: { user: { email: DEMO.manager } } },
    });
    const managerList = await t
      .request()
      .get('/api/team-requirements?pageSize=200')
      .set(await as(DEMO.manager));
    expect(managerList.status).toBe(200);
    expect(managerList.body.total).toBeGreaterThan(0);
    const managedIds = new Set(managed.map((m) => m.teamId));
    for (const item of managerList.body.items) expect(managedIds.has(item.teamId)).toBe(true);

    const employeeList = await t
      .request()
      .get('/api/team-requirements?pageSize=200')
      .set(await as(DEMO.employee));
    expect(employeeList.status).toBe(200);
    expect(employeeList.body.items.some((i: { teamId: string }) => i.teamId === ownTeam)).toBe(true);
    expect(employeeList.body.items.some((i: { teamId: string }) => i.teamId === otherTeam)).toBe(false);
  });

  it('filters by team and kind', async () => {
    const response = await t
      .request()
      .get(`/api/team-requirements?teamId=${managedTeam}&kind=area`)
      .set(await as(DEMO.board));
    expect(response.status).toBe(200);
    expect(response.body.total).toBeGreaterThan(0);
    for (const item of response.body.items) {
      expect(item.teamId).toBe(managedTeam);
      expect(item.kind).toBe('area');
      expect(item.roleDefinitionId).toBeNull();
    }
  });

  it('hides other teams from managers and employees (404)', async () => {
    const row = await db.teamRequirement.findFirstOrThrow({ where: { teamId: otherTeam } });
    for (const email of [DEMO.manager, DEMO.employee]) {
      const response = await t
        .request()
        .get(`/api/team-requirements/${row.id}`)
        .set(await as(email));
      expect(response.status, email).toBe(404);
    }
    const own = await db.teamRequirement.findFirstOrThrow({ where: { teamId: managedTeam } });
    const response = await t
      .request()
      .get(`/api/team-requirements/${own.id}`)
      .set(await as(DEMO.manager));
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe(`W/"${own.version}"`);
  });

  it('creates each kind for board and hr, with the other kinds’ columns null and an audit row', async () => {
    const lines = [
      { kind: 'area', area: 'gezondheid', minLevel: 'expert', count: 1, note: 'Nieuw' },
      { kind: 'role', roleDefinitionId: demoRole, count: 2 },
      { kind: 'competency', competency: 'creativiteit', minScore: 5, count: 1 },
      { kind: 'circle', circle: 'wetenschap', count: 0 },
    ];
    for (const [index, line] of lines.entries()) {
      const email = index % 2 === 0 ? DEMO.board : DEMO.hr;
      const response = await t
        .request()
        .post('/api/team-requirements')
        .set(await as(email))
        .send({ ...line, teamId: otherTeam });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body.version).toBe(1);
      const row = await db.teamRequirement.findFirstOrThrow({ where: { id: response.body.id } });
      expect(row.organisationId).toBe(demoOrg);
      const columns = ['area', 'minLevel', 'roleDefinitionId', 'competency', 'minScore', 'circle'] as const;
      const own: Record<string, string[]> = {
        area: ['area', 'minLevel'],
        role: ['roleDefinitionId'],
        competency: ['competency', 'minScore'],
        circle: ['circle'],
      };
      for (const column of columns) {
        if (own[line.kind]?.includes(column)) expect(row[column], column).not.toBeNull();
        else expect(row[column], column).toBeNull();
      }
      expect(await auditCount(row.id, 'create')).toBe(1);
    }
  });

  it('refuses writes by manager, trainer and employee (403)', async () => {
    for (const email of [DEMO.manager, DEMO.trainer, DEMO.employee]) {
      const response = await t
        .request()
        .post('/api/team-requirements')
        .set(await as(email))
        .send({ kind: 'circle', circle: 'buurt', count: 1, teamId: managedTeam });
      expect(response.status, email).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
  });

  it('answers 400 with field paths for invalid lines', async () => {
    const response = await t
      .request()
      .post('/api/team-requirements')
      .set(await as(DEMO.hr))
      .send({ kind: 'competency', competency: 'creativiteit', minScore: 6, count: 51, teamId: managedTeam });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.minScore', 'body.count']));

    const unknownKind = await t
      .request()
      .post('/api/team-requirements')
      .set(await as(DEMO.hr))
      .send({ kind: 'nonsense', count: 1, teamId: managedTeam });
    expect(unknownKind.status).toBe(400);
  });

  it("refuses another tenant's team or role (422) and writes nothing", async () => {
    const before = await db.teamRequirement.count();
    const foreignTeam = await t
      .request()
      .post('/api/team-requirements')
      .set(await as(DEMO.hr))
      .send({ kind: 'circle', circle: 'buurt', count: 1, teamId: zonTeam });
    expect(foreignTeam.status).toBe(422);
    const foreignRole = await t
      .request()
      .post('/api/team-requirements')
      .set(await as(DEMO.hr))
      .send({ kind: 'role', roleDefinitionId: zonRole, count: 1, teamId: managedTeam });
    expect(foreignRole.status).toBe(422);
    expect(await db.teamRequirement.count()).toBe(before);
  });

  it('updates with If-Match, changes kind cleanly and refuses a stale version (412)', async () => {
    const created = await t
      .request()
      .post('/api/team-requirements')
      .set(await as(DEMO.hr))
      .send({ kind: 'area', area: 'didactiek', minLevel: 'starter', count: 3, teamId: managedTeam });
    const id = created.body.id as string;
    const updated = await t
      .request()
      .patch(`/api/team-requirements/${id}`)
      .set(await as(DEMO.board))
      .set('if-match', 'W/"1"')
      .send({ kind: 'circle', circle: 'partners', count: 2 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      kind: 'circle',
      circle: 'partners',
      area: null,
      minLevel: null,
      version: 2,
    });
    expect(updated.headers.etag).toBe('W/"2"');
    expect(await auditCount(id, 'update')).toBe(1);

    const stale = await t
      .request()
      .patch(`/api/team-requirements/${id}`)
      .set(await as(DEMO.hr))
      .set('if-match', 'W/"1"')
      .send({ kind: 'circle', circle: 'buurt', count: 5 });
    expect(stale.status).toBe(412);
    const row = await db.teamRequirement.findFirstOrThrow({ where: { id } });
    expect(row).toMatchObject({ circle: 'partners', count: 2, version: 2 });
    expect(await auditCount(id, 'update')).toBe(1);

    const removed = await t
      .request()
      .delete(`/api/team-requirements/${id}`)
      .set(await as(DEMO.hr))
      .set('if-match', 'W/"2"');
    expect(removed.status).toBe(204);
    expect(await db.teamRequirement.findFirst({ where: { id } })).toBeNull();
    expect(await auditCount(id, 'delete')).toBe(1);
  });

  it("answers 404 for another tenant's requirement and changes nothing", async () => {
    const row = await db.teamRequirement.findFirstOrThrow({ where: { organisationId: demoOrg } });
    const patch = await t
      .request()
      .patch(`/api/team-requirements/${row.id}`)
      .set(await as(ZON.hr))
      .send({ kind: 'circle', circle: 'buurt', count: 9 });
    expect(patch.status).toBe(404);
    const del = await t
      .request()
      .delete(`/api/team-requirements/${row.id}`)
      .set(await as(ZON.board));
    expect(del.status).toBe(404);
    const get = await t
      .request()
      .get(`/api/team-requirements/${row.id}`)
      .set(await as(ZON.hr));
    expect(get.status).toBe(404);
    const after = await db.teamRequirement.findFirstOrThrow({ where: { id: row.id } });
    expect(after).toEqual(row);
  });

  describe('PUT /api/teams/:id/requirements', () => {
    it('replaces the whole profile in one transaction, bumps the team version and audits it', async () => {
      const team = await db.team.findFirstOrThrow({ where: { id: otherTeam } });
      const read = await t
        .request()
        .get(`/api/teams/${otherTeam}/requirements`)
        .set(await as(DEMO.board));
      expect(read.status).toBe(200);
      expect(read.headers.etag).toBe(`W/"${team.version}"`);
      const response = await t
        .request()
        .put(`/api/teams/${otherTeam}/requirements`)
        .set(await as(DEMO.board))
        .set('if-match', read.headers.etag as string)
        .send({
          requirements: [
            { kind: 'area', area: 'pedagogiek', minLevel: 'ervaren', count: 4 },
            { kind: 'role', roleDefinitionId: demoRole, count: 1, note: 'Leerkracht' },
            { kind: 'circle', circle: 'buurt', count: 1 },
          ],
        });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.version).toBe(team.version + 1);
      expect(response.body.requirements).toHaveLength(3);
      expect(await db.teamRequirement.count({ where: { teamId: otherTeam } })).toBe(3);
      expect((await db.team.findFirstOrThrow({ where: { id: otherTeam } })).version).toBe(team.version + 1);
      expect(await auditCount(otherTeam, 'replace_requirements')).toBe(1);

      const stale = await t
        .request()
        .put(`/api/teams/${otherTeam}/requirements`)
        .set(await as(DEMO.hr))
        .send({ requirements: [], version: team.version });
      expect(stale.status).toBe(412);
      expect(await db.teamRequirement.count({ where: { teamId: otherTeam } })).toBe(3);
    });

    it('rolls back everything when one line is invalid', async () => {
      const before = await db.teamRequirement.findMany({
        where: { teamId: managedTeam },
        orderBy: { id: 'asc' },
      });
      const invalid = await t
        .request()
        .put(`/api/teams/${managedTeam}/requirements`)
        .set(await as(DEMO.hr))
        .send({
          requirements: [
            { kind: 'circle', circle: 'buurt', count: 1 },
            { kind: 'area', area: 'x', count: -1 },
          ],
        });
      expect(invalid.status).toBe(400);
      const paths = invalid.body.errors.map((e: { path: string }) => e.path);
      expect(paths.some((p: string) => p.startsWith('body.requirements.1'))).toBe(true);

      const foreignRole = await t
        .request()
        .put(`/api/teams/${managedTeam}/requirements`)
        .set(await as(DEMO.hr))
        .send({
          requirements: [
            { kind: 'circle', circle: 'buurt', count: 1 },
            { kind: 'role', roleDefinitionId: zonRole, count: 1 },
          ],
        });
      expect(foreignRole.status).toBe(422);
      expect(foreignRole.body.errors[0].path).toBe('requirements.1.roleDefinitionId');
      const after = await db.teamRequirement.findMany({
        where: { teamId: managedTeam },
        orderBy: { id: 'asc' },
      });
      expect(after).toEqual(before);
    });

    it('refuses other roles (403) and other tenants (404)', async () => {
      for (const email of [DEMO.manager, DEMO.trainer, DEMO.employee]) {
        const response = await t
          .request()
          .put(`/api/teams/${managedTeam}/requirements`)
          .set(await as(email))
          .send({ requirements: [] });
        expect(response.status, email).toBe(403);
      }
      const count = await db.teamRequirement.count({ where: { teamId: managedTeam } });
      const foreign = await t
        .request()
        .put(`/api/teams/${managedTeam}/requirements`)
        .set(await as(ZON.hr))
        .send({ requirements: [] });
      expect(foreign.status).toBe(404);
      expect(await db.teamRequirement.count({ where: { teamId: managedTeam } })).toBe(count);
      const zonRead = await t
        .request()
        .get(`/api/teams/${zonTeam}/requirements`)
        .set(await as(DEMO.board));
      expect(zonRead.status).toBe(404);
      const employeeOther = await t
        .request()
        .get(`/api/teams/${otherTeam}/requirements`)
        .set(await as(DEMO.employee));
      expect(employeeOther.status).toBe(404);
      const employeeOwn = await t
        .request()
        .get(`/api/teams/${ownTeam}/requirements`)
        .set(await as(DEMO.employee));
      expect(employeeOwn.status).toBe(200);
    });
  });

  describe('GET /api/requirement-templates', () => {
    it('returns the built-in templates with role lines resolved to the organisation, ready to PUT', async () => {
      const response = await t
        .request()
        .get('/api/requirement-templates')
        .set(await as(DEMO.hr));
      expect(response.status).toBe(200);
      const ids = response.body.items.map((i: { id: string }) => i.id);
      expect(ids).toEqual(
        expect.arrayContaining(['unit_3_6', 'bso', 'baby_dreumes', 'zorgteam', 'onderbouw', 'bovenbouw']),
      );
      const unit = response.body.items.find((i: { id: string }) => i.id === 'unit_3_6');
      expect(unit.label.nl).toMatch(/Unit 3/);
      expect(unit.unresolvedRoleKeys).toEqual([]);
      const roleLine = unit.requirements.find((l: { kind: string }) => l.kind === 'role');
      const role = await db.roleDefinition.findFirstOrThrow({
        where: { id: roleLine.roleDefinitionId },
      });
      expect(role.organisationId).toBe(demoOrg);

      const applied = await t
        .request()
        .put(`/api/teams/${otherTeam}/requirements`)
        .set(await as(DEMO.hr))
        .send({ requirements: unit.requirements });
      expect(applied.status).toBe(200);
      expect(applied.body.requirements).toHaveLength(unit.requirements.length);

      const zon = await t
        .request()
        .get('/api/requirement-templates')
        .set(await as(ZON.employee));
      expect(zon.status).toBe(200);
      const zonUnit = zon.body.items.find((i: { id: string }) => i.id === 'unit_3_6');
      const zonRoleLine = zonUnit.requirements.find((l: { kind: string }) => l.kind === 'role');
      if (zonRoleLine) expect(zonRoleLine.roleDefinitionId).not.toBe(roleLine.roleDefinitionId);
      expect((await t.request().get('/api/requirement-templates')).status).toBe(401);
    });
  });
});
