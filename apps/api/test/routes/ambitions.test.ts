import { describe, expect, it } from 'vitest';
import { type Call, DEMO, errorPaths, type TestDb, ZON } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

describe('ambitions', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;
  let marjoAmbitionId: string;
  let motivation: string;

  setUpPeopleTestApp(async (ctx) => {
    ({ db, call, f } = ctx);
    const ambition = await db.ambition.findFirstOrThrow({
      where: { employeeId: f.marjo, area: 'didactiek', visibility: 'manager' },
    });
    marjoAmbitionId = ambition.id;
    motivation = ambition.motivation ?? '';
    expect(motivation.length).toBeGreaterThan(0);
  });

  const setVisibility = (visibility: 'self' | 'manager' | 'hr') =>
    db.ambition.updateMany({ where: { id: marjoAmbitionId }, data: { visibility } });
  const readAs = async (email: string) => {
    const response = await call(email, 'GET', `/api/ambitions/${marjoAmbitionId}`);
    expect(response.status).toBe(200);
    return response.body as {
      motivation: string | null;
      motivationHidden: boolean;
      area: string;
      targetLevel: string;
    };
  };

  it('visibility=manager: employee, manager and hr read the motivation; board never', async () => {
    await setVisibility('manager');
    for (const email of [DEMO.employee, DEMO.manager, DEMO.hr]) {
      expect(await readAs(email)).toMatchObject({ motivation, motivationHidden: false });
    }
    const board = await readAs(DEMO.board);
    expect(board).toMatchObject({
      motivation: null,
      motivationHidden: true,
      area: 'didactiek',
      targetLevel: 'ervaren',
    });
  });

  it('visibility=hr: hr reads it, the manager and the board do not', async () => {
    await setVisibility('hr');
    expect((await readAs(DEMO.hr)).motivation).toBe(motivation);
    expect((await readAs(DEMO.employee)).motivation).toBe(motivation);
    expect(await readAs(DEMO.manager)).toMatchObject({ motivation: null, motivationHidden: true });
    expect((await readAs(DEMO.board)).motivation).toBeNull();
  });

  it('visibility=self: only the employee reads it; the target stays visible to the others', async () => {
    await setVisibility('self');
    expect((await readAs(DEMO.employee)).motivation).toBe(motivation);
    for (const email of [DEMO.hr, DEMO.manager, DEMO.board]) {
      expect(await readAs(email)).toMatchObject({
        motivation: null,
        motivationHidden: true,
        area: 'didactiek',
      });
    }
    await setVisibility('manager');
  });

  it('board never sees any motivation in the list; trainers see no individual ambitions at all', async () => {
    const board = await call(DEMO.board, 'GET', '/api/ambitions?pageSize=200');
    expect(board.status).toBe(200);
    expect(board.body.total).toBe(await db.ambition.count({ where: { organisationId: f.demoId } }));
    expect(board.body.items.every((row: { motivation: string | null }) => row.motivation === null)).toBe(
      true,
    );
    expect(board.body.items.every((row: { area: string }) => typeof row.area === 'string')).toBe(true);
    const trainer = await call(DEMO.trainer, 'GET', '/api/ambitions');
    expect(trainer.status).toBe(403);
    expect((await call(DEMO.trainer, 'GET', `/api/ambitions/${marjoAmbitionId}`)).status).toBe(403);
    // HR sees exactly the motivations whose visibility is not 'self'.
    const hr = await call(DEMO.hr, 'GET', '/api/ambitions?pageSize=200');
    const rows = await db.ambition.findMany({ where: { organisationId: f.demoId } });
    for (const item of hr.body.items as Array<{ id: string; motivation: string | null }>) {
      const row = rows.find((candidate) => candidate.id === item.id);
      expect(item.motivation).toBe(row?.visibility === 'self' ? null : row?.motivation);
    }
  });

  it('filters by employee, area, direction and status; scoped per role', async () => {
    const filtered = await call(
      DEMO.hr,
      'GET',
      `/api/ambitions?employeeId=${f.marjo}&area=didactiek&direction=verdiepen&status=active`,
    );
    expect(filtered.status).toBe(200);
    expect(filtered.body.items.map((row: { id: string }) => row.id)).toContain(marjoAmbitionId);
    const none = await call(
      DEMO.hr,
      'GET',
      `/api/ambitions?employeeId=${f.marjo}&direction=verbreden&area=didactiek`,
    );
    expect(none.body.items.map((row: { id: string }) => row.id)).not.toContain(marjoAmbitionId);
    const own = await call(DEMO.employee, 'GET', '/api/ambitions?pageSize=200');
    expect(own.body.items.every((row: { employeeId: string }) => row.employeeId === f.marjo)).toBe(true);
    const manager = await call(DEMO.manager, 'GET', `/api/ambitions?employeeId=${f.outsider}`);
    expect(manager.body.total).toBe(0);
    expect((await call(DEMO.hr, 'GET', '/api/ambitions?direction=sideways')).status).toBe(400);
  });

  it('hr creates, updates (versioned) and deletes; each change audited', async () => {
    const created = await call(DEMO.hr, 'POST', '/api/ambitions', {
      employeeId: f.outsider,
      direction: 'verbreden',
      area: 'onderzoek_innovatie',
      targetLevel: 'starter',
      horizonDate: '2027-09-01',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 1,
      horizonDate: '2027-09-01',
      status: 'active',
      visibility: 'manager',
    });
    expect(created.headers.etag).toBe('W/"1"');

    const stale = await call(
      DEMO.hr,
      'PATCH',
      `/api/ambitions/${created.body.id}`,
      { targetLevel: 'expert' },
      { 'if-match': 'W/"7"' },
    );
    expect(stale.status).toBe(412);
    expect((await db.ambition.findFirstOrThrow({ where: { id: created.body.id } })).targetLevel).toBe(
      'starter',
    );

    const updated = await call(
      DEMO.hr,
      'PATCH',
      `/api/ambitions/${created.body.id}`,
      { targetLevel: 'ervaren', horizonDate: null },
      { 'if-match': 'W/"1"' },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ targetLevel: 'ervaren', horizonDate: null, version: 2 });
    expect(updated.headers.etag).toBe('W/"2"');
    const byBodyVersion = await call(DEMO.hr, 'PATCH', `/api/ambitions/${created.body.id}`, {
      status: 'achieved',
      version: 1,
    });
    expect(byBodyVersion.status).toBe(412);

    expect(
      (await call(DEMO.hr, 'DELETE', `/api/ambitions/${created.body.id}`, undefined, { 'if-match': 'W/"1"' }))
        .status,
    ).toBe(412);
    expect(
      (await call(DEMO.hr, 'DELETE', `/api/ambitions/${created.body.id}`, undefined, { 'if-match': 'W/"2"' }))
        .status,
    ).toBe(204);
    const actions = await db.auditEvent.findMany({
      where: { entity: 'Ambition', entityId: created.body.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((row) => row.action)).toEqual(['create', 'update', 'delete']);
  });

  it('only hr writes here: board, manager, trainer and employee get 403', async () => {
    const body = { employeeId: f.marjo, direction: 'verbreden', area: 'gezondheid', targetLevel: 'ervaren' };
    const count = await db.ambition.count();
    for (const email of [DEMO.board, DEMO.manager, DEMO.trainer, DEMO.employee]) {
      expect((await call(email, 'POST', '/api/ambitions', body)).status).toBe(403);
      expect(
        (await call(email, 'PATCH', `/api/ambitions/${marjoAmbitionId}`, { status: 'withdrawn' })).status,
      ).toBe(403);
      expect((await call(email, 'DELETE', `/api/ambitions/${marjoAmbitionId}`)).status).toBe(403);
    }
    expect(await db.ambition.count()).toBe(count);
  });

  it('another tenant: 404 on its ids, 422 for its employee; nothing changes', async () => {
    const before = await db.ambition.findFirstOrThrow({ where: { id: marjoAmbitionId } });
    expect((await call(ZON.hr, 'GET', `/api/ambitions/${marjoAmbitionId}`)).status).toBe(404);
    expect(
      (await call(ZON.hr, 'PATCH', `/api/ambitions/${marjoAmbitionId}`, { status: 'withdrawn' })).status,
    ).toBe(404);
    expect((await call(ZON.hr, 'DELETE', `/api/ambitions/${marjoAmbitionId}`)).status).toBe(404);
    const create = await call(ZON.hr, 'POST', '/api/ambitions', {
      employeeId: f.marjo,
      direction: 'verbreden',
      area: 'gezondheid',
      targetLevel: 'ervaren',
    });
    expect(create.status).toBe(422);
    expect(await db.ambition.findFirstOrThrow({ where: { id: marjoAmbitionId } })).toEqual(before);
    expect(await db.ambition.count({ where: { organisationId: f.zonId, employeeId: f.marjo } })).toBe(0);
  });

  it('invalid body → 400 with field paths', async () => {
    const response = await call(DEMO.hr, 'POST', '/api/ambitions', {
      employeeId: f.marjo,
      direction: 'omhoog',
      area: 'didactiek',
      targetLevel: 'meester',
      horizonDate: '31-12-2027',
      visibility: 'everyone',
    });
    expect(response.status).toBe(400);
    expect(errorPaths(response.body)).toEqual(
      expect.arrayContaining(['body.direction', 'body.targetLevel', 'body.horizonDate', 'body.visibility']),
    );
  });
});
