import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type AuditCount, auditCounter, type RoleCall, roleCaller, setUpTestApp } from '../helpers/suite.ts';

type Item = { id: string; teamId: string; employeeId: string; current: boolean };

describe('/api/memberships', () => {
  /** Our own client on the test database, to set up and check rows independently of the API. */
  let db: TestDb;
  let demoOrg: string;
  let call: RoleCall;
  let auditCount: AuditCount;
  let zonEmployeeId: string;
  let zonMembershipId: string;
  let newcomer: string;
  const marjo = seedId('demo', 'employee', 'marjo-kuipers');
  const baby = seedId('demo', 'team', 'baby');
  const bovenbouw = seedId('demo', 'team', 'bovenbouw');
  const managed = ['baby', 'peuter', 'unit36'].map((key) => seedId('demo', 'team', key));

  setUpTestApp(async (ctx) => {
    ({ db, demoOrg } = ctx);
    call = roleCaller(ctx.t);
    auditCount = auditCounter(db, demoOrg, 'TeamMembership');
    const zonMembership = await db.teamMembership.findFirstOrThrow({
      where: { organisation: { slug: 'kinderopvang-zon' } },
    });
    zonMembershipId = zonMembership.id;
    zonEmployeeId = zonMembership.employeeId;
    newcomer = (
      await db.employee.create({
        data: {
          organisationId: demoOrg,
          firstName: 'Nina',
          lastName: 'Nieuw',
          email: 'nina.nieuw@example.nl',
        },
      })
    ).id;
  });

  it('hr and board list memberships; filters by team, employee and current', async () => {
    const total = await db.teamMembership.count({ where: { organisationId: demoOrg } });
    for (const role of ['hr', 'board'] as const) {
      expect((await call(role, 'GET', '/api/memberships')).json().total, role).toBe(total);
    }
    const mine = (await call('hr', 'GET', `/api/memberships?employeeId=${marjo}`)).json();
    expect(mine.total).toBe(2);
    expect(mine.items.every((item: Item) => item.current && item.employeeId === marjo)).toBe(true);
    expect(mine.items[0]).toMatchObject({ employee: { id: marjo, fullName: 'Marjo Kuipers' } });
    const babyRows = (
      await call('hr', 'GET', `/api/memberships?teamId=${baby}&current=true&pageSize=200`)
    ).json();
    expect(babyRows.items.every((item: Item) => item.teamId === baby && item.current)).toBe(true);
    const past = (await call('hr', 'GET', `/api/memberships?employeeId=${marjo}&current=false`)).json();
    expect(past.total).toBe(0);
    expect((await call('hr', 'GET', '/api/memberships?current=yes')).statusCode).toBe(400);
  });

  it('a manager reads only the memberships of the teams they lead; trainer and employee get 403', async () => {
    const body = (await call('manager', 'GET', '/api/memberships?pageSize=200')).json();
    const expected = await db.teamMembership.count({ where: { teamId: { in: managed } } });
    expect(body.total).toBe(expected);
    expect(body.items.every((item: Item) => managed.includes(item.teamId))).toBe(true);
    const foreignTeam = await db.teamMembership.findFirstOrThrow({ where: { teamId: bovenbouw } });
    expect((await call('manager', 'GET', `/api/memberships/${foreignTeam.id}`)).statusCode).toBe(404);
    expect((await call('manager', 'GET', `/api/memberships?teamId=${bovenbouw}`)).json().total).toBe(0);
    for (const role of ['trainer', 'employee'] as const) {
      expect((await call(role, 'GET', '/api/memberships')).statusCode, role).toBe(403);
    }
  });

  it('hr creates, updates (If-Match) and deletes a membership, with audit rows', async () => {
    for (const role of ['board', 'manager', 'trainer', 'employee'] as const) {
      const refused = await call(role, 'POST', '/api/memberships', {
        teamId: baby,
        employeeId: newcomer,
        startDate: '2025-01-01',
      });
      expect(refused.statusCode, role).toBe(403);
    }
    const created = await call('hr', 'POST', '/api/memberships', {
      teamId: baby,
      employeeId: newcomer,
      startDate: '2025-01-01',
      roleInTeam: 'Pm-er',
    });
    expect(created.statusCode).toBe(201);
    const membership = created.json();
    expect(membership).toMatchObject({
      teamId: baby,
      team: { id: baby, name: 'Babygroep De Rupsjes' },
      employee: { id: newcomer, fullName: 'Nina Nieuw' },
      startDate: '2025-01-01',
      endDate: null,
      current: true,
      version: 1,
    });
    expect(await auditCount(membership.id, 'create')).toBe(1);
    const team = (await call('hr', 'GET', `/api/employees/${newcomer}`)).json();
    expect(team.teams).toEqual([{ id: baby, name: 'Babygroep De Rupsjes' }]);

    const overlap = await call('hr', 'POST', '/api/memberships', {
      teamId: baby,
      employeeId: newcomer,
      startDate: '2025-06-01',
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().code).toBe('membership_overlap');

    const ended = await call(
      'hr',
      'PATCH',
      `/api/memberships/${membership.id}`,
      { endDate: '2025-12-31' },
      {
        'if-match': 'W/"1"',
      },
    );
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ endDate: '2025-12-31', current: false, version: 2 });
    expect(await auditCount(membership.id, 'update')).toBe(1);

    const stale = await call(
      'hr',
      'PATCH',
      `/api/memberships/${membership.id}`,
      { endDate: null },
      {
        'if-match': 'W/"1"',
      },
    );
    expect(stale.statusCode).toBe(412);
    const row = await db.teamMembership.findFirstOrThrow({ where: { id: membership.id } });
    expect(row.endDate?.toISOString().slice(0, 10)).toBe('2025-12-31');

    const badPeriod = await call('hr', 'PATCH', `/api/memberships/${membership.id}`, {
      endDate: '2024-12-31',
    });
    expect(badPeriod.statusCode).toBe(422);
    expect(badPeriod.json().code).toBe('invalid_period');

    expect((await call('manager', 'DELETE', `/api/memberships/${membership.id}`)).statusCode).toBe(403);
    const deleted = await call('hr', 'DELETE', `/api/memberships/${membership.id}`, undefined, {
      'if-match': 'W/"2"',
    });
    expect(deleted.statusCode).toBe(204);
    expect(await db.teamMembership.findFirst({ where: { id: membership.id } })).toBeNull();
    expect(await auditCount(membership.id, 'delete')).toBe(1);
  });

  it('refuses an end before the start (422) and writes nothing', async () => {
    const before = await db.teamMembership.count();
    const response = await call('hr', 'POST', '/api/memberships', {
      teamId: bovenbouw,
      employeeId: newcomer,
      startDate: '2026-03-01',
      endDate: '2026-02-28',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'invalid_period' });
    expect(response.json().errors[0].path).toBe('body.endDate');
    expect(await db.teamMembership.count()).toBe(before);
  });

  it('refuses an employee of another organisation (422) and writes nothing', async () => {
    const before = await db.teamMembership.count();
    const auditsBefore = await db.auditEvent.count();
    const response = await call('hr', 'POST', '/api/memberships', {
      teamId: baby,
      employeeId: zonEmployeeId,
      startDate: '2026-01-01',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('invalid_reference');
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['body.employeeId']);
    expect(await db.teamMembership.count()).toBe(before);
    expect(await db.auditEvent.count()).toBe(auditsBefore);
  });

  it('answers 400 with field paths for an invalid body', async () => {
    const response = await call('hr', 'POST', '/api/memberships', { teamId: 'x', startDate: 'tomorrow' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.teamId', 'body.employeeId', 'body.startDate']));
  });

  it('answers 404 for another organisation’s membership and changes nothing', async () => {
    const before = await db.teamMembership.findFirstOrThrow({ where: { id: zonMembershipId } });
    for (const role of ['hr', 'board'] as const) {
      expect((await call(role, 'GET', `/api/memberships/${zonMembershipId}`)).statusCode).toBe(404);
    }
    const patch = await call('hr', 'PATCH', `/api/memberships/${zonMembershipId}`, { endDate: '2026-01-01' });
    expect(patch.statusCode).toBe(404);
    expect((await call('hr', 'DELETE', `/api/memberships/${zonMembershipId}`)).statusCode).toBe(404);
    expect(await db.teamMembership.findFirstOrThrow({ where: { id: zonMembershipId } })).toEqual(before);
  });
});
