import { LEVEL_RANK } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import { type TestApp, ZON } from '../helpers/build.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type AuditCount, auditCounter, type RoleCall, roleCaller, setUpTestApp } from '../helpers/suite.ts';

type Item = { id: string; levels: Record<string, { level: keyof typeof LEVEL_RANK; status: string }> };

describe('/api/employees', () => {
  let t: TestApp;
  /** Our own client on the test database, to set up and check rows independently of the API. */
  let db: TestDb;
  let demoOrg: string;
  let call: RoleCall;
  let auditCount: AuditCount;
  let zonEmployeeId: string;
  const marjo = seedId('demo', 'employee', 'marjo-kuipers');
  const managed = ['baby', 'peuter', 'unit36'].map((key) => seedId('demo', 'team', key));
  const bovenbouw = seedId('demo', 'team', 'bovenbouw');

  setUpTestApp(async (ctx) => {
    ({ t, db, demoOrg } = ctx);
    call = roleCaller(ctx.t);
    auditCount = auditCounter(db, demoOrg, 'Employee');
    zonEmployeeId = (
      await db.employee.findFirstOrThrow({ where: { organisation: { slug: 'kinderopvang-zon' } } })
    ).id;
  });

  function currentMembershipWhere() {
    const today = new Date();
    return { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] };
  }

  it('hr and board list the whole organisation, paginated, with teams and current levels', async () => {
    const total = await db.employee.count({ where: { organisationId: demoOrg } });
    for (const role of ['hr', 'board'] as const) {
      const body = (await call(role, 'GET', '/api/employees?pageSize=10')).json();
      expect(body.total, role).toBe(total);
      expect(body.items).toHaveLength(10);
    }
    const me = (await call('hr', 'GET', `/api/employees/${marjo}`)).json();
    expect(me).toMatchObject({
      firstName: 'Marjo',
      lastName: 'Kuipers',
      fullName: 'Marjo Kuipers',
      fte: 0.9,
      active: true,
      levels: {
        didactiek: { level: 'starter', status: 'validated' },
        pedagogiek: { level: 'ervaren', status: 'validated' },
        gezondheid: { level: 'starter', status: 'self_assessed' },
      },
    });
    expect(me.teams.map((team: { id: string }) => team.id).sort()).toEqual(
      [seedId('demo', 'team', 'unit36'), seedId('demo', 'team', 'bso-ontdekkers')].sort(),
    );
    expect(me.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a trainer may not read people (403)', async () => {
    expect((await call('trainer', 'GET', '/api/employees')).statusCode).toBe(403);
    expect((await call('trainer', 'GET', `/api/employees/${marjo}`)).statusCode).toBe(403);
  });

  it('an employee reads only themselves', async () => {
    const body = (await call('employee', 'GET', '/api/employees')).json();
    expect(body.total).toBe(1);
    expect(body.items[0].id).toBe(marjo);
    expect((await call('employee', 'GET', `/api/employees/${marjo}`)).statusCode).toBe(200);
    const other = await db.employee.findFirstOrThrow({
      where: { organisationId: demoOrg, id: { not: marjo } },
    });
    expect((await call('employee', 'GET', `/api/employees/${other.id}`)).statusCode).toBe(404);
  });

  it('a manager reads the current members of the teams they lead (and themselves), nobody else', async () => {
    const body = (await call('manager', 'GET', '/api/employees?pageSize=200')).json();
    const visible = await db.employee.findMany({
      where: {
        organisationId: demoOrg,
        OR: [
          { memberships: { some: { teamId: { in: managed }, ...currentMembershipWhere() } } },
          { id: seedId('demo', 'employee', 'jeroen-hoekstra') },
        ],
      },
      select: { id: true },
    });
    expect(body.total).toBe(visible.length);
    expect(new Set(body.items.map((item: Item) => item.id))).toEqual(new Set(visible.map((row) => row.id)));
    const outsider = await db.employee.findFirstOrThrow({
      where: {
        organisationId: demoOrg,
        memberships: { some: { teamId: bovenbouw } },
        NOT: { memberships: { some: { teamId: { in: managed } } } },
      },
    });
    expect((await call('manager', 'GET', `/api/employees/${outsider.id}`)).statusCode).toBe(404);
    expect((await call('manager', 'GET', `/api/employees/${marjo}`)).statusCode).toBe(200);
    // A filter cannot widen the scope.
    const filtered = (await call('manager', 'GET', `/api/employees?teamId=${bovenbouw}`)).json();
    expect(filtered.total).toBe(0);
  });

  it('filters: people with a current level ≥ L in an area', async () => {
    const body = (
      await call('hr', 'GET', '/api/employees?area=didactiek&minLevel=ervaren&pageSize=200')
    ).json();
    const expected = await db.employee.count({
      where: {
        organisationId: demoOrg,
        areaLevels: { some: { isCurrent: true, area: 'didactiek', level: { in: ['ervaren', 'expert'] } } },
      },
    });
    expect(expected).toBeGreaterThan(0);
    expect(body.total).toBe(expected);
    for (const item of body.items as Item[]) {
      const didactiek = item.levels.didactiek;
      expect(didactiek).toBeDefined();
      expect(LEVEL_RANK[didactiek?.level ?? 'in_opleiding']).toBeGreaterThanOrEqual(LEVEL_RANK.ervaren);
    }
    // Marjo is a starter in didactiek (her earlier, closed row does not count either).
    expect(body.items.map((item: Item) => item.id)).not.toContain(marjo);
    const starters = (
      await call('hr', 'GET', '/api/employees?area=didactiek&minLevel=starter&pageSize=200')
    ).json();
    expect(starters.items.map((item: Item) => item.id)).toContain(marjo);
    expect(starters.total).toBeGreaterThan(body.total);
    const anyLevel = (await call('hr', 'GET', '/api/employees?area=verzorging&pageSize=200')).json();
    expect(anyLevel.items.map((item: Item) => item.id)).toContain(marjo);

    const missingArea = await call('hr', 'GET', '/api/employees?minLevel=expert');
    expect(missingArea.statusCode).toBe(400);
    expect(missingArea.json().errors.map((error: { path: string }) => error.path)).toContain(
      'querystring.area',
    );
    expect((await call('hr', 'GET', '/api/employees?area=koken')).statusCode).toBe(400);
  });

  it('filters by name, e-mail, team, site and active', async () => {
    const byName = (await call('hr', 'GET', '/api/employees?q=marjo%20kuipers')).json();
    expect(byName.items.map((item: Item) => item.id)).toEqual([marjo]);
    const email = (await db.employee.findFirstOrThrow({ where: { id: marjo } })).email;
    const byEmail = (await call('hr', 'GET', `/api/employees?q=${encodeURIComponent(email)}`)).json();
    expect(byEmail.items.map((item: Item) => item.id)).toEqual([marjo]);

    const babyId = managed[0] as string;
    const byTeam = (await call('hr', 'GET', `/api/employees?teamId=${babyId}&pageSize=200`)).json();
    const inBaby = await db.employee.count({
      where: { memberships: { some: { teamId: babyId, ...currentMembershipWhere() } } },
    });
    expect(byTeam.total).toBe(inBaby);
    const site = seedId('demo', 'site', 'baken');
    const bySite = (await call('hr', 'GET', `/api/employees?siteId=${site}&pageSize=200`)).json();
    const atSite = await db.employee.count({
      where: { memberships: { some: { team: { siteId: site }, ...currentMembershipWhere() } } },
    });
    expect(bySite.total).toBe(atSite);
    const inactive = (await call('hr', 'GET', '/api/employees?active=false')).json();
    expect(inactive.total).toBe(
      await db.employee.count({ where: { organisationId: demoOrg, active: false } }),
    );
  });

  it('hr creates, updates (If-Match) and deletes an employee without history, with audit rows', async () => {
    for (const role of ['board', 'manager', 'trainer', 'employee'] as const) {
      const refused = await call(role, 'POST', '/api/employees', {
        firstName: 'Niet',
        lastName: 'Toegestaan',
        email: `niet-${role}@example.nl`,
      });
      expect(refused.statusCode, role).toBe(403);
    }
    const created = await call('hr', 'POST', '/api/employees', {
      firstName: 'Ilse',
      lastName: 'van Dam',
      email: '  Ilse.vanDam@Example.NL ',
      jobTitle: 'Pedagogisch medewerker',
      fte: 0.8,
      startDate: '2026-09-01',
    });
    expect(created.statusCode).toBe(201);
    const employee = created.json();
    expect(employee).toMatchObject({
      email: 'ilse.vandam@example.nl',
      fullName: 'Ilse van Dam',
      fte: 0.8,
      active: true,
      startDate: '2026-09-01',
      teams: [],
      levels: {},
      version: 1,
    });
    expect(await auditCount(employee.id, 'create')).toBe(1);

    const duplicate = await call('hr', 'POST', '/api/employees', {
      firstName: 'Ilse',
      lastName: 'Dubbel',
      email: 'ilse.vandam@example.nl',
    });
    expect(duplicate.statusCode).toBe(409);

    expect((await call('manager', 'PATCH', `/api/employees/${employee.id}`, { fte: 1 })).statusCode).toBe(
      403,
    );
    const updated = await call(
      'hr',
      'PATCH',
      `/api/employees/${employee.id}`,
      { fte: 1, jobTitle: null },
      {
        'if-match': 'W/"1"',
      },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ fte: 1, jobTitle: null, version: 2 });
    expect(await auditCount(employee.id, 'update')).toBe(1);

    const stale = await call(
      'hr',
      'PATCH',
      `/api/employees/${employee.id}`,
      { fte: 0.5 },
      { 'if-match': 'W/"1"' },
    );
    expect(stale.statusCode).toBe(412);
    const staleBody = await call('hr', 'PATCH', `/api/employees/${employee.id}`, { fte: 0.5, version: 1 });
    expect(staleBody.statusCode).toBe(412);
    expect((await db.employee.findFirstOrThrow({ where: { id: employee.id } })).fte).toBe(1);

    const deleted = await call('hr', 'DELETE', `/api/employees/${employee.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(await db.employee.findFirst({ where: { id: employee.id } })).toBeNull();
    expect(await auditCount(employee.id, 'delete')).toBe(1);
  });

  it('refuses to delete someone with history (409 employee_in_use); deactivating works', async () => {
    const refused = await call('hr', 'DELETE', `/api/employees/${marjo}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('employee_in_use');
    expect(await db.employee.findFirst({ where: { id: marjo } })).not.toBeNull();

    const version = (await db.employee.findFirstOrThrow({ where: { id: marjo } })).version;
    const deactivated = await call(
      'hr',
      'PATCH',
      `/api/employees/${marjo}`,
      { active: false },
      {
        'if-match': `W/"${version}"`,
      },
    );
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json().active).toBe(false);
    const reactivated = await call('hr', 'PATCH', `/api/employees/${marjo}`, { active: true });
    expect(reactivated.json().active).toBe(true);
  });

  it('answers 400 with field paths for an invalid body', async () => {
    const response = await call('hr', 'POST', '/api/employees', {
      firstName: '',
      lastName: 'X',
      email: 'not-an-email',
      fte: 3,
      startDate: '01-09-2026',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.firstName', 'body.email', 'body.fte', 'body.startDate']),
    );
  });

  it('answers 404 for another organisation’s employee and changes nothing', async () => {
    const before = await db.employee.findFirstOrThrow({ where: { id: zonEmployeeId } });
    const auditsBefore = await db.auditEvent.count();
    expect((await call('hr', 'GET', `/api/employees/${zonEmployeeId}`)).statusCode).toBe(404);
    expect((await call('board', 'GET', `/api/employees/${zonEmployeeId}`)).statusCode).toBe(404);
    expect((await call('hr', 'PATCH', `/api/employees/${zonEmployeeId}`, { fte: 0.1 })).statusCode).toBe(404);
    expect((await call('hr', 'DELETE', `/api/employees/${zonEmployeeId}`)).statusCode).toBe(404);
    expect(await db.employee.findFirstOrThrow({ where: { id: zonEmployeeId } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(auditsBefore);
    const zonToken = await t.tokenFor(ZON.hr);
    const zonList = await t.app.inject({
      method: 'GET',
      url: '/api/employees?pageSize=200',
      headers: { authorization: `Bearer ${zonToken}` },
    });
    expect(zonList.json().items.map((item: Item) => item.id)).not.toContain(marjo);
  });
});
