import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

describe('development actions', () => {
  let t: TestApp;
  let db: ReturnType<typeof createPrismaClient>;
  let demoOrg: string;
  let ownEmployee: string;
  let managedTeamIds: string[];
  /** An employee of one of the manager's teams. */
  let teamMember: string;
  let zonEmployee: string;

  beforeAll(async () => {
    t = await buildTestApp();
    db = createPrismaClient(t.databaseUrl);
    demoOrg = (await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
    const zonOrg = (await db.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } })).id;
    const employeeMember = await db.organisationMember.findFirstOrThrow({
      where: { organisationId: demoOrg, user: { email: DEMO.employee } },
    });
    ownEmployee = employeeMember.employeeId as string;
    managedTeamIds = (
      await db.managedTeam.findMany({
        where: { organisationId: demoOrg, member: { user: { email: DEMO.manager } } },
      })
    ).map((m) => m.teamId);
    teamMember = (
      await db.teamMembership.findFirstOrThrow({
        where: { organisationId: demoOrg, teamId: { in: managedTeamIds }, endDate: null },
      })
    ).employeeId;
    zonEmployee = (await db.employee.findFirstOrThrow({ where: { organisationId: zonOrg } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.close();
  });

  async function as(email: string) {
    return { authorization: `Bearer ${await t.tokenFor(email)}` };
  }
  async function create(body: Record<string, unknown>, email: string = DEMO.hr) {
    return t
      .request()
      .post('/api/development-actions')
      .set(await as(email))
      .send(body);
  }
  async function patch(id: string, body: Record<string, unknown>, ifMatch?: string) {
    const request = t
      .request()
      .patch(`/api/development-actions/${id}`)
      .set(await as(DEMO.hr));
    if (ifMatch) request.set('if-match', ifMatch);
    return request.send(body);
  }

  it('lists for hr and board, scoped for manager and employee, and refuses trainers', async () => {
    const total = await db.developmentAction.count({ where: { organisationId: demoOrg } });
    for (const email of [DEMO.hr, DEMO.board]) {
      const response = await t
        .request()
        .get('/api/development-actions')
        .set(await as(email));
      expect(response.status, email).toBe(200);
      expect(response.body.total).toBe(total);
    }
    const trainer = await t
      .request()
      .get('/api/development-actions')
      .set(await as(DEMO.trainer));
    expect(trainer.status).toBe(403);

    const manager = await t
      .request()
      .get('/api/development-actions?pageSize=200')
      .set(await as(DEMO.manager));
    expect(manager.status).toBe(200);
    expect(manager.body.total).toBeGreaterThan(0);
    expect(manager.body.total).toBeLessThan(total);
    const visible = new Set(
      (
        await db.teamMembership.findMany({
          where: { organisationId: demoOrg, teamId: { in: managedTeamIds } },
          select: { employeeId: true },
        })
      ).map((m) => m.employeeId),
    );
    for (const item of manager.body.items) {
      expect(managedTeamIds.includes(item.teamId) || visible.has(item.employeeId)).toBe(true);
    }

    await create({ type: 'coaching', title: 'Coaching voor mezelf', employeeId: ownEmployee });
    const employee = await t
      .request()
      .get('/api/development-actions')
      .set(await as(DEMO.employee));
    expect(employee.status).toBe(200);
    expect(employee.body.total).toBeGreaterThan(0);
    for (const item of employee.body.items) expect(item.employeeId).toBe(ownEmployee);
  });

  it('filters by status, type, employee, team and area', async () => {
    const response = await t
      .request()
      .get('/api/development-actions?type=werving&status=planned')
      .set(await as(DEMO.board));
    expect(response.status).toBe(200);
    for (const item of response.body.items) {
      expect(item).toMatchObject({ type: 'werving', status: 'planned', employeeId: null });
    }
    const byEmployee = await t
      .request()
      .get(`/api/development-actions?employeeId=${ownEmployee}&area=didactiek`)
      .set(await as(DEMO.hr));
    expect(byEmployee.status).toBe(200);
    for (const item of byEmployee.body.items)
      expect(item).toMatchObject({ employeeId: ownEmployee, area: 'didactiek' });
    const bad = await t
      .request()
      .get('/api/development-actions?status=done')
      .set(await as(DEMO.hr));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('querystring.status');
  });

  it('refuses dates that cannot be: an expected end before the start is a 400 with the field path', async () => {
    const bad = await create({
      type: 'training',
      title: 'Achterstevoren',
      employeeId: teamMember,
      startDate: '2026-06-01',
      expectedEndDate: '2026-05-31',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.code).toBe('invalid_date_range');
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.expectedEndDate']);
    // PATCH is checked against the stored start date.
    const ok = await create({
      type: 'training',
      title: 'Vooruit',
      employeeId: teamMember,
      startDate: '2026-06-01',
    });
    expect(ok.status).toBe(201);
    const moved = await patch(ok.body.id, { expectedEndDate: '2026-01-01' }, 'W/"1"');
    expect(moved.status).toBe(400);
    expect(moved.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.expectedEndDate']);
  });

  it('creates for hr only, with an audit row', async () => {
    const response = await create({
      type: 'training',
      title: 'Cursus VVE',
      employeeId: teamMember,
      teamId: managedTeamIds[0],
      area: 'didactiek',
      targetLevel: 'ervaren',
      startDate: '2026-01-01',
      expectedEndDate: '2026-06-30',
      costCents: 125_000,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      status: 'planned',
      version: 1,
      startDate: '2026-01-01',
      costCents: 125000,
    });
    expect(response.body.employeeName).toEqual(expect.any(String));
    expect(await db.auditEvent.count({ where: { entityId: response.body.id, action: 'create' } })).toBe(1);
    for (const email of [DEMO.board, DEMO.manager, DEMO.trainer, DEMO.employee]) {
      const refused = await create({ type: 'coaching', title: 'x', employeeId: ownEmployee }, email);
      expect(refused.status, email).toBe(403);
    }
    // The manager sees it: it is for a member of their team.
    const managerGet = await t
      .request()
      .get(`/api/development-actions/${response.body.id}`)
      .set(await as(DEMO.manager));
    expect(managerGet.status).toBe(200);
    const employeeGet = await t
      .request()
      .get(`/api/development-actions/${response.body.id}`)
      .set(await as(DEMO.employee));
    expect(employeeGet.status).toBe(teamMember === ownEmployee ? 200 : 404);
  });

  it('requires an employee except for hiring, which must have none (422)', async () => {
    const before = await db.developmentAction.count();
    const hiringWithEmployee = await create({ type: 'werving', title: 'Vacature', employeeId: ownEmployee });
    expect(hiringWithEmployee.status).toBe(422);
    expect(hiringWithEmployee.body.code).toBe('employee_not_allowed');
    const trainingWithout = await create({ type: 'training', title: 'Cursus' });
    expect(trainingWithout.status).toBe(422);
    expect(trainingWithout.body.code).toBe('employee_required');
    expect(await db.developmentAction.count()).toBe(before);
    const hiring = await create({
      type: 'werving',
      title: 'Vacature pm-er',
      teamId: managedTeamIds[0],
      area: 'pedagogiek',
      targetLevel: 'ervaren',
    });
    expect(hiring.status).toBe(201);
    const turnIntoTraining = await patch(hiring.body.id, { type: 'training' });
    expect(turnIntoTraining.status).toBe(422);
  });

  it('answers 400 with field paths for an invalid body', async () => {
    const response = await create({ type: 'cursus', title: '', employeeId: 'not-a-uuid', costCents: -1 });
    expect(response.status).toBe(400);
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.type', 'body.title', 'body.employeeId', 'body.costCents']),
    );
  });

  it("refuses another tenant's employee (422) and hides its actions (404), changing nothing", async () => {
    const before = await db.developmentAction.count();
    const foreign = await create({ type: 'coaching', title: 'x', employeeId: zonEmployee });
    expect(foreign.status).toBe(422);
    expect(await db.developmentAction.count()).toBe(before);

    const demoAction = await db.developmentAction.findFirstOrThrow({
      where: { organisationId: demoOrg },
    });
    const get = await t
      .request()
      .get(`/api/development-actions/${demoAction.id}`)
      .set(await as(ZON.hr));
    expect(get.status).toBe(404);
    const upd = await t
      .request()
      .patch(`/api/development-actions/${demoAction.id}`)
      .set(await as(ZON.hr))
      .send({ title: 'overgenomen' });
    expect(upd.status).toBe(404);
    const del = await t
      .request()
      .delete(`/api/development-actions/${demoAction.id}`)
      .set(await as(ZON.hr));
    expect(del.status).toBe(404);
    expect(await db.developmentAction.findFirstOrThrow({ where: { id: demoAction.id } })).toEqual(demoAction);
  });

  it('walks the status machine and refuses invalid transitions (409)', async () => {
    const created = await create({ type: 'intervisie', title: 'Intervisie', employeeId: teamMember });
    const id = created.body.id as string;
    const skip = await patch(id, { status: 'completed' });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('invalid_status_transition');
    const started = await patch(id, { status: 'in_progress' }, 'W/"1"');
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'in_progress', version: 2 });
    const back = await patch(id, { status: 'planned' });
    expect(back.status).toBe(409);
    const cancelled = await patch(id, { status: 'cancelled' });
    expect(cancelled.status).toBe(200);
    const reopen = await patch(id, { status: 'in_progress' });
    expect(reopen.status).toBe(409);
    expect((await db.developmentAction.findFirstOrThrow({ where: { id } })).status).toBe('cancelled');

    const direct = await create({ type: 'coaching', title: 'Kort', employeeId: teamMember });
    expect((await patch(direct.body.id, { status: 'cancelled' })).status).toBe(200);
  });

  it('refuses a stale If-Match (412) and changes nothing', async () => {
    const created = await create({ type: 'coaching', title: 'Coaching', employeeId: teamMember });
    const id = created.body.id as string;
    expect((await patch(id, { title: 'Coaching 2' }, 'W/"1"')).status).toBe(200);
    const stale = await patch(id, { title: 'Coaching 3' }, 'W/"1"');
    expect(stale.status).toBe(412);
    const staleBody = await patch(id, { title: 'Coaching 3', version: 1 });
    expect(staleBody.status).toBe(412);
    const row = await db.developmentAction.findFirstOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: 'Coaching 2', version: 2 });
  });

  it('completing an action raises the level as a validated AreaLevel, keeping history', async () => {
    // A person and area whose current level is below expert.
    const current = await db.areaLevel.findFirstOrThrow({
      where: { organisationId: demoOrg, isCurrent: true, level: { in: ['starter', 'ervaren'] } },
    });
    const target = current.level === 'starter' ? 'ervaren' : 'expert';
    const created = await create({
      type: 'training',
      title: 'Opleiding',
      employeeId: current.employeeId,
      area: current.area,
      targetLevel: target,
      status: 'in_progress',
    });
    expect(created.status).toBe(201);
    const completed = await patch(created.body.id, { status: 'completed' }, 'W/"1"');
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    expect(completed.body.completedAt).toEqual(expect.any(String));

    const rows = await db.areaLevel.findMany({
      where: { employeeId: current.employeeId, area: current.area },
      orderBy: { validFrom: 'asc' },
    });
    const open = rows.filter((r) => r.isCurrent);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ level: target, status: 'validated' });
    expect(open[0]?.validatedByUserId).not.toBeNull();
    const closed = await db.areaLevel.findFirstOrThrow({ where: { id: current.id } });
    expect(closed.isCurrent).toBeNull();
    expect(closed.validTo).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entity: 'AreaLevel', entityId: open[0]?.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: created.body.id, action: 'update' } })).toBe(1);
  });

  it('does not lower a level when the target is not higher', async () => {
    const current = await db.areaLevel.findFirstOrThrow({
      where: { organisationId: demoOrg, isCurrent: true, level: 'expert' },
    });
    const created = await create({
      type: 'coaching',
      title: 'Opfriscursus',
      employeeId: current.employeeId,
      area: current.area,
      targetLevel: 'starter',
      status: 'in_progress',
    });
    expect((await patch(created.body.id, { status: 'completed' })).status).toBe(200);
    const open = await db.areaLevel.findFirstOrThrow({
      where: { employeeId: current.employeeId, area: current.area, isCurrent: true },
    });
    expect(open.id).toBe(current.id);
  });

  it('deletes for hr with an audit row', async () => {
    const created = await create({ type: 'coaching', title: 'Weg', employeeId: teamMember });
    const id = created.body.id as string;
    expect(
      (
        await t
          .request()
          .delete(`/api/development-actions/${id}`)
          .set(await as(DEMO.board))
      ).status,
    ).toBe(403);
    const response = await t
      .request()
      .delete(`/api/development-actions/${id}`)
      .set(await as(DEMO.hr));
    expect(response.status).toBe(204);
    expect(await db.developmentAction.findFirst({ where: { id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'delete' } })).toBe(1);
  });
});
