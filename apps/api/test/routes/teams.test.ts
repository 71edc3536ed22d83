import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import { DEMO, ZON } from '../helpers/build.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { type AuditCount, auditCounter, type RoleCall, roleCaller, setUpTestApp } from '../helpers/suite.ts';

type Role = keyof typeof DEMO;
const ROLES = Object.keys(DEMO) as Role[];

describe('/api/teams', () => {
  /** Our own client on the test database, to set up and check rows independently of the API. */
  let db: TestDb;
  let demoOrg: string;
  let call: RoleCall<Role | 'zonHr'>;
  let auditCount: AuditCount;
  let zonTeamId: string;
  let zonSiteId: string;
  const wilgenhoek = seedId('demo', 'site', 'wilgenhoek');
  const baby = seedId('demo', 'team', 'baby');

  setUpTestApp(async (ctx) => {
    ({ db, demoOrg } = ctx);
    call = roleCaller(ctx.t, { ...DEMO, zonHr: ZON.hr });
    auditCount = auditCounter(db, demoOrg, 'Team');
    const zonTeam = await db.team.findFirstOrThrow({
      where: { organisation: { slug: 'kinderopvang-zon' } },
    });
    zonTeamId = zonTeam.id;
    zonSiteId = zonTeam.siteId;
  });

  it('lists the organisation’s teams with site and current head count, for every role', async () => {
    const total = await db.team.count({ where: { organisationId: demoOrg } });
    const today = new Date();
    const babyMembers = await db.teamMembership.count({
      where: {
        teamId: baby,
        startDate: { lte: today },
        OR: [{ endDate: null }, { endDate: { gte: today } }],
      },
    });
    expect(babyMembers).toBeGreaterThan(0);
    for (const role of ROLES) {
      const response = await call(role, 'GET', '/api/teams?pageSize=200');
      expect(response.statusCode, role).toBe(200);
      const body = response.json();
      expect(body.total).toBe(total);
      expect(body.items).toHaveLength(total);
      const team = body.items.find((item: { id: string }) => item.id === baby);
      expect(team).toMatchObject({
        name: 'Babygroep De Rupsjes',
        kind: 'baby_dreumes',
        site: { id: wilgenhoek, name: 'IKC De Wilgenhoek' },
        memberCount: babyMembers,
      });
    }
  });

  it('never lists another organisation’s teams', async () => {
    const body = (await call('hr', 'GET', '/api/teams?pageSize=200')).json();
    expect(body.items.map((item: { id: string }) => item.id)).not.toContain(zonTeamId);
  });

  it('filters by site, kind and name, and paginates', async () => {
    const bySite = (await call('board', 'GET', `/api/teams?siteId=${wilgenhoek}`)).json();
    expect(bySite.total).toBe(4);
    expect(bySite.items.every((item: { site: { id: string } }) => item.site.id === wilgenhoek)).toBe(true);
    const byKind = (await call('board', 'GET', '/api/teams?kind=bso')).json();
    expect(byKind.total).toBe(2);
    const byName = (await call('board', 'GET', '/api/teams?q=rupsjes')).json();
    expect(byName.items.map((item: { id: string }) => item.id)).toEqual([baby]);
    const page = (await call('board', 'GET', '/api/teams?page=2&pageSize=4')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 4 });
    expect(page.items).toHaveLength(4);
    expect((await call('board', 'GET', '/api/teams?kind=nope')).statusCode).toBe(400);
    expect((await call('board', 'GET', '/api/teams?pageSize=500')).statusCode).toBe(400);
  });

  it('reads one team with an ETag; another organisation’s team is 404', async () => {
    const response = await call('employee', 'GET', `/api/teams/${baby}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toMatch(/^W\/"\d+"$/);
    const foreign = await call('hr', 'GET', `/api/teams/${zonTeamId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
  });

  it('lets only hr create, update and delete, with an audit row per change', async () => {
    for (const role of ['board', 'manager', 'trainer', 'employee'] as const) {
      const refused = await call(role, 'POST', '/api/teams', { siteId: wilgenhoek, name: `Nope ${role}` });
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json().code).toBe('forbidden');
    }
    expect(await db.team.count({ where: { name: { startsWith: 'Nope ' } } })).toBe(0);

    const created = await call('hr', 'POST', '/api/teams', {
      siteId: wilgenhoek,
      name: 'Natuurgroep',
      kind: 'bso',
      description: 'Buiten spelen',
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team).toMatchObject({ name: 'Natuurgroep', kind: 'bso', memberCount: 0, version: 1 });
    expect(team.site).toEqual({ id: wilgenhoek, name: 'IKC De Wilgenhoek' });
    expect(await auditCount(team.id, 'create')).toBe(1);

    for (const role of ['board', 'manager', 'trainer', 'employee'] as const) {
      expect((await call(role, 'PATCH', `/api/teams/${team.id}`, { name: 'x' })).statusCode, role).toBe(403);
      expect((await call(role, 'DELETE', `/api/teams/${team.id}`)).statusCode, role).toBe(403);
    }

    const updated = await call(
      'hr',
      'PATCH',
      `/api/teams/${team.id}`,
      { name: 'Natuurgroep BSO' },
      {
        'if-match': 'W/"1"',
      },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Natuurgroep BSO', version: 2, kind: 'bso' });
    expect(updated.headers.etag).toBe('W/"2"');
    expect(await auditCount(team.id, 'update')).toBe(1);

    const stale = await call(
      'hr',
      'PATCH',
      `/api/teams/${team.id}`,
      { name: 'Too late' },
      { 'if-match': 'W/"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    expect((await db.team.findFirstOrThrow({ where: { id: team.id } })).name).toBe('Natuurgroep BSO');

    const staleDelete = await call('hr', 'DELETE', `/api/teams/${team.id}`, undefined, {
      'if-match': 'W/"1"',
    });
    expect(staleDelete.statusCode).toBe(412);

    const deleted = await call('hr', 'DELETE', `/api/teams/${team.id}`, undefined, { 'if-match': 'W/"2"' });
    expect(deleted.statusCode).toBe(204);
    expect(await db.team.findFirst({ where: { id: team.id } })).toBeNull();
    expect(await auditCount(team.id, 'delete')).toBe(1);
  });

  it('answers 400 with field paths for an invalid body', async () => {
    const response = await call('hr', 'POST', '/api/teams', {
      siteId: 'not-a-uuid',
      name: '',
      kind: 'circus',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.siteId', 'body.name', 'body.kind']));
  });

  it('refuses a site of another organisation (422) and a duplicate name at a site (409)', async () => {
    const before = await db.team.count();
    const foreignSite = await call('hr', 'POST', '/api/teams', { siteId: zonSiteId, name: 'Smokkelteam' });
    expect(foreignSite.statusCode).toBe(422);
    const duplicate = await call('hr', 'POST', '/api/teams', {
      siteId: wilgenhoek,
      name: 'Babygroep De Rupsjes',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(await db.team.count()).toBe(before);
  });

  it('answers 404 for another organisation’s team on every write and changes nothing', async () => {
    const before = await db.team.findFirstOrThrow({ where: { id: zonTeamId } });
    const auditsBefore = await db.auditEvent.count();
    expect((await call('hr', 'PATCH', `/api/teams/${zonTeamId}`, { name: 'Overgenomen' })).statusCode).toBe(
      404,
    );
    expect((await call('hr', 'DELETE', `/api/teams/${zonTeamId}`)).statusCode).toBe(404);
    const after = await db.team.findFirstOrThrow({ where: { id: zonTeamId } });
    expect(after).toEqual(before);
    expect(await db.auditEvent.count()).toBe(auditsBefore);
  });

  it('refuses to delete a team with (past) members: 409 team_in_use', async () => {
    const response = await call('hr', 'DELETE', `/api/teams/${baby}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('team_in_use');
    expect(await db.team.findFirst({ where: { id: baby } })).not.toBeNull();
  });

  it('works for the other tenant too (its hr sees only its own teams)', async () => {
    const body = (await call('zonHr', 'GET', '/api/teams?pageSize=200')).json();
    expect(body.items.map((item: { id: string }) => item.id)).toContain(zonTeamId);
    expect(body.items.map((item: { id: string }) => item.id)).not.toContain(baby);
  });
});
