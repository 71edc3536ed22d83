import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { DEMO, type TestApp, ZON } from '../helpers/build.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { setUpTestApp, type TestContext } from '../helpers/suite.ts';

describe('members', () => {
  let t: TestApp;
  let db: TestDb;
  let demoOrg: string;
  let zonOrg: string;
  let as: TestContext['as'];

  setUpTestApp((ctx) => {
    ({ t, db, demoOrg, zonOrg, as } = ctx);
  });
  function memberOf(email: string, organisationId = demoOrg) {
    return db.organisationMember.findFirstOrThrow({
      where: { organisationId, user: { email } },
      include: { managedTeams: true },
    });
  }

  it('lists the logins for hr and board, with role, e-mail, employee and led teams', async () => {
    for (const email of [DEMO.hr, DEMO.board]) {
      const response = await t
        .request()
        .get('/api/members')
        .set(await as(email));
      expect(response.status, email).toBe(200);
      expect(response.body.total).toBe(
        await db.organisationMember.count({ where: { organisationId: demoOrg } }),
      );
      const emails = response.body.items.map((m: { email: string }) => m.email);
      expect(emails).toContain(DEMO.manager);
      expect(emails).not.toContain(ZON.hr);
    }
    const response = await t
      .request()
      .get('/api/members?role=manager')
      .set(await as(DEMO.hr));
    expect(response.body.items.length).toBeGreaterThan(0);
    for (const item of response.body.items) expect(item.role).toBe('manager');
    const manager = response.body.items.find((m: { email: string }) => m.email === DEMO.manager);
    expect(manager.managedTeams.length).toBeGreaterThan(0);
    expect(manager.managedTeams[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
    const employee = (
      await t
        .request()
        .get('/api/members?q=medewerker@demo')
        .set(await as(DEMO.hr))
    ).body.items[0];
    expect(employee.employee).toEqual({ id: expect.any(String), name: expect.any(String) });
    expect(employee).not.toHaveProperty('passwordHash');
  });

  it('refuses manager, trainer and employee (403)', async () => {
    for (const email of [DEMO.manager, DEMO.trainer, DEMO.employee]) {
      expect(
        (
          await t
            .request()
            .get('/api/members')
            .set(await as(email))
        ).status,
        email,
      ).toBe(403);
    }
    expect((await t.request().get('/api/members')).status).toBe(401);
  });

  it('lets hr change role, linked employee and led teams, with an audit row', async () => {
    const trainer = await memberOf(DEMO.trainer);
    const teams = await db.team.findMany({
      where: { organisationId: demoOrg },
      take: 2,
      orderBy: { id: 'asc' },
    });
    const employee = await db.employee.findFirstOrThrow({
      where: { organisationId: demoOrg, userId: null },
    });
    const response = await t
      .request()
      .patch(`/api/members/${trainer.id}`)
      .set(await as(DEMO.hr))
      .send({ role: 'manager', employeeId: employee.id, managedTeamIds: teams.map((team) => team.id) });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.role).toBe('manager');
    expect(response.body.employee.id).toBe(employee.id);
    expect(response.body.managedTeams.map((m: { id: string }) => m.id).sort()).toEqual(
      teams.map((x) => x.id).sort(),
    );
    const after = await memberOf(DEMO.trainer);
    expect(after.role).toBe('manager');
    expect((await db.employee.findFirstOrThrow({ where: { id: employee.id } })).userId).toBe(trainer.userId);
    expect(after.managedTeams).toHaveLength(2);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: trainer.id, action: 'update' },
    });
    expect(audit.before).toMatchObject({ role: 'trainer' });
    expect(audit.after).toMatchObject({ role: 'manager' });

    const back = await t
      .request()
      .patch(`/api/members/${trainer.id}`)
      .set(await as(DEMO.hr))
      .send({ role: 'trainer', employeeId: null, managedTeamIds: [] });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ role: 'trainer', employee: null, managedTeams: [] });
    expect((await db.employee.findFirstOrThrow({ where: { id: employee.id } })).userId).toBeNull();
  });

  it('refuses invalid bodies (400) and foreign teams (422) without changing anything', async () => {
    const manager = await memberOf(DEMO.manager);
    const invalid = await t
      .request()
      .patch(`/api/members/${manager.id}`)
      .set(await as(DEMO.hr))
      .send({ role: 'owner', managedTeamIds: ['nope'] });
    expect(invalid.status).toBe(400);
    const paths = invalid.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.role', 'body.managedTeamIds.0']));
    const zonTeam = await db.team.findFirstOrThrow({ where: { organisationId: zonOrg } });
    const foreign = await t
      .request()
      .patch(`/api/members/${manager.id}`)
      .set(await as(DEMO.hr))
      .send({ managedTeamIds: [zonTeam.id] });
    expect(foreign.status).toBe(422);
    const after = await memberOf(DEMO.manager);
    expect(after).toEqual(manager);
  });

  it('keeps hr from demoting, changing or removing a board member (403 role_not_grantable)', async () => {
    const board = await memberOf(DEMO.board);
    const manager = await memberOf(DEMO.manager);
    const team = await db.team.findFirstOrThrow({
      where: { organisationId: demoOrg },
      orderBy: { id: 'asc' },
    });
    const attempts = [
      { method: 'patch', id: board.id, body: { role: 'employee' } },
      { method: 'patch', id: board.id, body: { managedTeamIds: [team.id] } },
      { method: 'patch', id: manager.id, body: { role: 'board' } },
      { method: 'delete', id: board.id, body: undefined },
    ] as const;
    for (const attempt of attempts) {
      const request = t
        .request()
        [attempt.method](`/api/members/${attempt.id}`)
        .set(await as(DEMO.hr));
      const response = attempt.body ? await request.send(attempt.body) : await request;
      expect(response.status, JSON.stringify(attempt)).toBe(403);
      expect(response.body.code, JSON.stringify(attempt)).toBe('role_not_grantable');
    }
    expect(await memberOf(DEMO.board)).toEqual(board);
    expect(await memberOf(DEMO.manager)).toEqual(manager);
  });

  it('lets board change any role, hr included, with an audit row', async () => {
    const manager = await memberOf(DEMO.manager);
    const promote = await t
      .request()
      .patch(`/api/members/${manager.id}`)
      .set(await as(DEMO.board))
      .send({ role: 'hr' });
    expect(promote.status).toBe(200);
    expect(promote.body.role).toBe('hr');
    const back = await t
      .request()
      .patch(`/api/members/${manager.id}`)
      .set(await as(DEMO.board))
      .send({ role: 'manager' });
    expect(back.status).toBe(200);
    expect((await memberOf(DEMO.manager)).role).toBe('manager');
    expect(
      await db.auditEvent.count({ where: { entityId: manager.id, action: 'update' } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("refuses one's own role change (409)", async () => {
    const hr = await memberOf(DEMO.hr);
    const response = await t
      .request()
      .patch(`/api/members/${hr.id}`)
      .set(await as(DEMO.hr))
      .send({ role: 'employee' });
    expect(response.status).toBe(409);
    expect((await memberOf(DEMO.hr)).role).toBe('hr');
  });

  it("answers 404 for another tenant's member and changes nothing", async () => {
    const manager = await memberOf(DEMO.manager);
    const patch = await t
      .request()
      .patch(`/api/members/${manager.id}`)
      .set(await as(ZON.hr))
      .send({ role: 'hr' });
    expect(patch.status).toBe(404);
    const del = await t
      .request()
      .delete(`/api/members/${manager.id}`)
      .set(await as(ZON.hr));
    expect(del.status).toBe(404);
    expect(await memberOf(DEMO.manager)).toEqual(manager);
  });

  it('removes a member (not oneself), ends their sessions here and audits it', async () => {
    const hr = await memberOf(DEMO.hr);
    const self = await t
      .request()
      .delete(`/api/members/${hr.id}`)
      .set(await as(DEMO.hr));
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('cannot_remove_self');

    const employee = await memberOf(DEMO.employee);
    const response = await t
      .request()
      .delete(`/api/members/${employee.id}`)
      .set(await as(DEMO.hr));
    expect(response.status).toBe(204);
    expect(await db.organisationMember.findFirst({ where: { id: employee.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: employee.id, action: 'delete' } })).toBe(1);
    const open = await db.refreshToken.count({
      where: { organisationId: demoOrg, userId: employee.userId, revokedAt: null },
    });
    expect(open).toBe(0);
    const login = await t
      .request()
      .post('/api/auth/login')
      .send({ email: DEMO.employee, password: DEMO_PASSWORD });
    expect(login.status).toBe(401);
  });
});
