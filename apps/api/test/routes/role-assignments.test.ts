import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type AuditCount, auditCounter, type RoleCall, roleCaller, setUpTestApp } from '../helpers/suite.ts';

type Item = {
  id: string;
  employeeId: string;
  roleDefinitionId: string;
  teamId: string | null;
  current: boolean;
};

describe('/api/role-assignments', () => {
  /** Our own client on the test database, to set up and check rows independently of the API. */
  let db: TestDb;
  let demoOrg: string;
  let call: RoleCall;
  let auditCount: AuditCount;
  let zonAssignmentId: string;
  let zonEmployeeId: string;
  const marjo = seedId('demo', 'employee', 'marjo-kuipers');
  const coach = seedId('demo', 'role', 'pedagogisch_coach');
  const unit36 = seedId('demo', 'team', 'unit36');
  const managed = ['baby', 'peuter', 'unit36'].map((key) => seedId('demo', 'team', key));

  setUpTestApp(async (ctx) => {
    ({ db, demoOrg } = ctx);
    call = roleCaller(ctx.t);
    auditCount = auditCounter(db, demoOrg, 'RoleAssignment');
    const zon = await db.roleAssignment.findFirstOrThrow({
      where: { organisation: { slug: 'kinderopvang-zon' } },
    });
    zonAssignmentId = zon.id;
    zonEmployeeId = zon.employeeId;
  });

  it('hr and board list assignments; filters by employee, role, team and current', async () => {
    const total = await db.roleAssignment.count({ where: { organisationId: demoOrg } });
    for (const role of ['hr', 'board'] as const) {
      expect((await call(role, 'GET', '/api/role-assignments')).json().total, role).toBe(total);
    }
    const mine = (await call('board', 'GET', `/api/role-assignments?employeeId=${marjo}`)).json();
    expect(mine.total).toBe(2);
    expect(
      mine.items.map((item: { roleDefinition: { key: string } }) => item.roleDefinition.key).sort(),
    ).toEqual(['bso_medewerker', 'onderwijsassistent']);
    const leerkracht = seedId('demo', 'role', 'leerkracht');
    const byRole = (
      await call('hr', 'GET', `/api/role-assignments?roleDefinitionId=${leerkracht}&pageSize=200`)
    ).json();
    expect(byRole.total).toBe(await db.roleAssignment.count({ where: { roleDefinitionId: leerkracht } }));
    expect(byRole.items.every((item: Item) => item.roleDefinitionId === leerkracht)).toBe(true);
    const byTeam = (await call('hr', 'GET', `/api/role-assignments?teamId=${unit36}&pageSize=200`)).json();
    expect(byTeam.items.every((item: Item) => item.teamId === unit36)).toBe(true);
    expect(byTeam.items.map((item: Item) => item.employeeId)).toContain(marjo);
    const current = (
      await call('hr', 'GET', `/api/role-assignments?employeeId=${marjo}&current=true`)
    ).json();
    expect(current.total).toBe(2);
  });

  it('a manager reads assignments of the teams they lead; trainer and employee get 403', async () => {
    const body = (await call('manager', 'GET', '/api/role-assignments?pageSize=200')).json();
    expect(body.total).toBeGreaterThan(0);
    const today = new Date();
    for (const item of body.items as Item[]) {
      const inTeam = item.teamId !== null && managed.includes(item.teamId);
      const member = await db.teamMembership.count({
        where: {
          employeeId: item.employeeId,
          teamId: { in: managed },
          startDate: { lte: today },
          OR: [{ endDate: null }, { endDate: { gte: today } }],
        },
      });
      expect(inTeam || member > 0).toBe(true);
    }
    const bovenbouw = seedId('demo', 'team', 'bovenbouw');
    const outside = await db.roleAssignment.findFirstOrThrow({
      where: {
        teamId: bovenbouw,
        employee: { memberships: { none: { teamId: { in: managed } } } },
      },
    });
    expect((await call('manager', 'GET', `/api/role-assignments/${outside.id}`)).statusCode).toBe(404);
    for (const role of ['trainer', 'employee'] as const) {
      expect((await call(role, 'GET', '/api/role-assignments')).statusCode, role).toBe(403);
    }
  });

  it('hr assigns, changes and removes a role, with audit rows', async () => {
    for (const role of ['board', 'manager', 'trainer', 'employee'] as const) {
      const refused = await call(role, 'POST', '/api/role-assignments', {
        employeeId: marjo,
        roleDefinitionId: coach,
      });
      expect(refused.statusCode, role).toBe(403);
    }
    const created = await call('hr', 'POST', '/api/role-assignments', {
      employeeId: marjo,
      roleDefinitionId: coach,
      teamId: unit36,
    });
    expect(created.statusCode).toBe(201);
    const assignment = created.json();
    expect(assignment).toMatchObject({
      employee: { id: marjo, fullName: 'Marjo Kuipers' },
      roleDefinition: { id: coach, key: 'pedagogisch_coach' },
      team: { id: unit36 },
      endDate: null,
      current: true,
    });
    expect(assignment.startDate).toBe(new Date().toISOString().slice(0, 10));
    expect(await auditCount(assignment.id, 'create')).toBe(1);

    const ended = await call('hr', 'PATCH', `/api/role-assignments/${assignment.id}`, {
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      teamId: null,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      teamId: null,
      current: false,
    });
    expect(await auditCount(assignment.id, 'update')).toBe(1);

    const badPeriod = await call('hr', 'PATCH', `/api/role-assignments/${assignment.id}`, {
      endDate: '2023-01-01',
    });
    expect(badPeriod.statusCode).toBe(422);
    expect(badPeriod.json().code).toBe('invalid_period');

    const deleted = await call('hr', 'DELETE', `/api/role-assignments/${assignment.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(await db.roleAssignment.findFirst({ where: { id: assignment.id } })).toBeNull();
    expect(await auditCount(assignment.id, 'delete')).toBe(1);
  });

  it('refuses an overlapping assignment of the same role (409: double submit), allows a later one', async () => {
    const body = {
      employeeId: marjo,
      roleDefinitionId: coach,
      startDate: '2025-01-01',
      endDate: '2025-06-30',
    };
    const [a, b] = await Promise.all([
      call('hr', 'POST', '/api/role-assignments', body),
      call('hr', 'POST', '/api/role-assignments', body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const refused = a.statusCode === 409 ? a : b;
    expect(refused.json().code).toBe('role_assignment_overlaps');
    const rows = await db.roleAssignment.findMany({
      where: { employeeId: marjo, roleDefinitionId: coach, teamId: null },
    });
    expect(rows).toHaveLength(1);
    const overlapping = await call('hr', 'POST', '/api/role-assignments', {
      ...body,
      startDate: '2025-06-01',
      endDate: null,
    });
    expect(overlapping.statusCode).toBe(409);
    const later = await call('hr', 'POST', '/api/role-assignments', {
      ...body,
      startDate: '2025-07-01',
      endDate: null,
    });
    expect(later.statusCode).toBe(201);
    const stretched = await call('hr', 'PATCH', `/api/role-assignments/${rows[0]?.id}`, {
      endDate: '2025-08-01',
    });
    expect(stretched.statusCode).toBe(409);
    for (const id of [rows[0]?.id, later.json().id]) await db.roleAssignment.deleteMany({ where: { id } });
  });

  it('refuses references into another organisation (422) and writes nothing', async () => {
    const before = await db.roleAssignment.count();
    const auditsBefore = await db.auditEvent.count();
    const response = await call('hr', 'POST', '/api/role-assignments', {
      employeeId: zonEmployeeId,
      roleDefinitionId: coach,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['body.employeeId']);
    const badPeriod = await call('hr', 'POST', '/api/role-assignments', {
      employeeId: marjo,
      roleDefinitionId: coach,
      startDate: '2026-01-02',
      endDate: '2026-01-01',
    });
    expect(badPeriod.statusCode).toBe(422);
    expect(await db.roleAssignment.count()).toBe(before);
    expect(await db.auditEvent.count()).toBe(auditsBefore);
  });

  it('answers 400 with field paths for an invalid body', async () => {
    const response = await call('hr', 'POST', '/api/role-assignments', {
      employeeId: 'nobody',
      startDate: '2026-13-01',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.employeeId', 'body.roleDefinitionId', 'body.startDate']),
    );
  });

  it('answers 404 for another organisation’s assignment and changes nothing', async () => {
    const before = await db.roleAssignment.findFirstOrThrow({ where: { id: zonAssignmentId } });
    expect((await call('hr', 'GET', `/api/role-assignments/${zonAssignmentId}`)).statusCode).toBe(404);
    const patch = await call('hr', 'PATCH', `/api/role-assignments/${zonAssignmentId}`, {
      endDate: '2026-01-01',
    });
    expect(patch.statusCode).toBe(404);
    expect((await call('hr', 'DELETE', `/api/role-assignments/${zonAssignmentId}`)).statusCode).toBe(404);
    expect(await db.roleAssignment.findFirstOrThrow({ where: { id: zonAssignmentId } })).toEqual(before);
  });
});
