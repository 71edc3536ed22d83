import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO, errorPaths, type TestDb, testDb, ZON } from '../helpers/people-fixtures.ts';

type Suggestion = {
  id: string;
  teamId: string;
  teamName: string;
  requirementId: string;
  area: string;
  targetLevel: string;
  type: 'training' | 'coaching' | 'werving';
  employeeId: string | null;
  employeeName: string | null;
  pool: 'team' | 'organisation' | null;
  reason: string;
  gap: number;
  severity: number;
};

describe('development suggestions', () => {
  let t: TestApp;
  let db: TestDb;
  let call: Call;
  let demoId: string;
  let siteId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    db = testDb(t);
    call = caller(t);
    const demo = await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
    demoId = demo.id;
    siteId = (await db.site.findFirstOrThrow({ where: { organisationId: demoId }, orderBy: { name: 'asc' } }))
      .id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await t.close();
  });

  /** A new team whose only member (starter in pedagogiek) is one level below its one-person requirement. */
  async function teamWithGap(name: string, person: { firstName: string; lastName: string }) {
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId, name, kind: 'overig' });
    expect(team.status).toBe(201);
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId: team.body.id,
      kind: 'area',
      area: 'pedagogiek',
      minLevel: 'ervaren',
      count: 1,
    });
    expect(requirement.status).toBe(201);
    const employee = await call(DEMO.hr, 'POST', '/api/employees', {
      ...person,
      email: `${person.firstName}.${person.lastName}@example.org`.toLowerCase(),
    });
    expect(employee.status).toBe(201);
    const membership = await call(DEMO.hr, 'POST', '/api/memberships', {
      teamId: team.body.id,
      employeeId: employee.body.id,
      startDate: '2024-01-01',
    });
    expect(membership.status).toBe(201);
    const level = await call(DEMO.hr, 'POST', '/api/area-levels', {
      employeeId: employee.body.id,
      area: 'pedagogiek',
      level: 'starter',
    });
    expect(level.status).toBe(201);
    return {
      teamId: team.body.id as string,
      requirementId: requirement.body.id as string,
      employeeId: employee.body.id as string,
    };
  }

  it('lists suggestions for the seeded gaps, most severe first, with stable ids, paginated', async () => {
    const first = await call(DEMO.hr, 'GET', '/api/development-suggestions?pageSize=200');
    expect(first.status).toBe(200);
    const items = first.body.items as Suggestion[];
    expect(items.length).toBeGreaterThan(0);
    expect(first.body.total).toBe(items.length);
    for (let i = 1; i < items.length; i++) {
      expect((items[i - 1] as Suggestion).severity).toBeGreaterThanOrEqual((items[i] as Suggestion).severity);
    }
    for (const item of items) {
      expect(item.gap).toBeGreaterThan(0);
      if (item.type === 'werving') {
        expect(item.employeeId).toBeNull();
        expect(item.reason).toBe('no_candidate');
      } else {
        expect(item.employeeId).toEqual(expect.any(String));
        expect(item.employeeName).toEqual(expect.any(String));
        expect(['ambition', 'one_level_below']).toContain(item.reason);
        if (item.reason === 'one_level_below') expect(item.type).toBe('training');
      }
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);

    // Nobody is suggested for an area and level an open action of theirs already targets.
    const open = await db.developmentAction.findMany({
      where: {
        organisationId: demoId,
        status: { in: ['planned', 'in_progress'] },
        employeeId: { not: null },
      },
      select: { employeeId: true, area: true, targetLevel: true },
    });
    const openKeys = new Set(open.map((row) => `${row.employeeId}|${row.area}|${row.targetLevel}`));
    for (const item of items) {
      if (item.employeeId)
        expect(openKeys.has(`${item.employeeId}|${item.area}|${item.targetLevel}`)).toBe(false);
    }

    const again = await call(DEMO.board, 'GET', '/api/development-suggestions?pageSize=200');
    expect(again.status).toBe(200);
    expect((again.body.items as Suggestion[]).map((item) => item.id)).toEqual(items.map((item) => item.id));
    const page2 = await call(DEMO.hr, 'GET', '/api/development-suggestions?page=2&pageSize=2');
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: items.length });
    expect((page2.body.items as Suggestion[]).map((item) => item.id)).toEqual(
      items.slice(2, 4).map((item) => item.id),
    );
  });

  it('suggestion → accept → in progress → completed raises the level (validated, history kept) and closes the gap', async () => {
    const { teamId, requirementId, employeeId } = await teamWithGap('Suggestieteam', {
      firstName: 'Fenna',
      lastName: 'Testma',
    });
    const listed = await call(DEMO.hr, 'GET', `/api/development-suggestions?teamId=${teamId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    const suggestion = listed.body.items[0] as Suggestion;
    expect(suggestion).toMatchObject({
      teamId,
      teamName: 'Suggestieteam',
      requirementId,
      area: 'pedagogiek',
      targetLevel: 'ervaren',
      type: 'training',
      employeeId,
      employeeName: 'Fenna Testma',
      pool: 'team',
      reason: 'one_level_below',
      gap: 1,
    });

    const accepted = await call(DEMO.hr, 'POST', '/api/development-suggestions/accept', {
      teamId,
      requirementId,
      type: suggestion.type,
      employeeId,
      area: suggestion.area,
      targetLevel: suggestion.targetLevel,
      expectedEndDate: '2027-06-30',
      provider: 'Hogeschool Delta',
      costCents: 125_000,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({
      type: 'training',
      title: 'Training Pedagogiek naar ervaren — Fenna Testma',
      employeeId,
      teamId,
      area: 'pedagogiek',
      targetLevel: 'ervaren',
      status: 'planned',
      provider: 'Hogeschool Delta',
      expectedEndDate: '2027-06-30',
      costCents: 125_000,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: {
        organisationId: demoId,
        entity: 'DevelopmentAction',
        entityId: accepted.body.id,
        action: 'create',
      },
    });
    expect(audit.after).toMatchObject({ source: 'suggestion', suggestionId: suggestion.id, requirementId });

    // In progress now: no new suggestion for the gap, and accepting twice is refused.
    const afterAccept = await call(DEMO.hr, 'GET', `/api/development-suggestions?teamId=${teamId}`);
    expect(afterAccept.body.items).toEqual([]);
    const twice = await call(DEMO.hr, 'POST', '/api/development-suggestions/accept', {
      teamId,
      requirementId,
      type: 'training',
      employeeId,
      area: 'pedagogiek',
      targetLevel: 'ervaren',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('action_already_open');

    const before = await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`);
    expect(
      before.body.requirements.find(
        (r: { requirement: { id: string } }) => r.requirement.id === requirementId,
      ).gap,
    ).toBe(1);

    const running = await call(DEMO.hr, 'PATCH', `/api/development-actions/${accepted.body.id}`, {
      status: 'in_progress',
    });
    expect(running.status).toBe(200);
    const done = await call(DEMO.hr, 'PATCH', `/api/development-actions/${accepted.body.id}`, {
      status: 'completed',
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('completed');

    const history = await call(
      DEMO.hr,
      'GET',
      `/api/employees/${employeeId}/area-levels/history?area=pedagogiek`,
    );
    expect(history.status).toBe(200);
    const [current, previous] = history.body.items as Array<{
      level: string;
      status: string;
      validTo: string | null;
      isCurrent: boolean;
    }>;
    expect(current).toMatchObject({ level: 'ervaren', status: 'validated', validTo: null, isCurrent: true });
    expect(previous).toMatchObject({ level: 'starter', isCurrent: false });
    expect(previous?.validTo).toEqual(expect.any(String));

    const after = await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`);
    const line = after.body.requirements.find(
      (r: { requirement: { id: string } }) => r.requirement.id === requirementId,
    );
    expect(line.gap).toBe(0);
    expect(line.status).not.toBe('gap');
    const closed = await call(DEMO.hr, 'GET', `/api/development-suggestions?teamId=${teamId}`);
    expect(closed.body.items).toEqual([]);
  });

  it('suggests coaching for an ambition one level away, and accepts hiring (werving) without a person', async () => {
    const { teamId, requirementId, employeeId } = await teamWithGap('Coachteam', {
      firstName: 'Gijs',
      lastName: 'Proefman',
    });
    const ambition = await call(DEMO.hr, 'POST', '/api/ambitions', {
      employeeId,
      direction: 'verdiepen',
      area: 'pedagogiek',
      targetLevel: 'ervaren',
      visibility: 'manager',
    });
    expect(ambition.status).toBe(201);
    const listed = await call(DEMO.hr, 'GET', `/api/development-suggestions?teamId=${teamId}`);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ type: 'coaching', reason: 'ambition', employeeId });

    const hiring = await call(DEMO.hr, 'POST', '/api/development-suggestions/accept', {
      teamId,
      requirementId,
      type: 'werving',
      area: 'pedagogiek',
      targetLevel: 'expert',
    });
    expect(hiring.status).toBe(201);
    expect(hiring.body).toMatchObject({
      type: 'werving',
      employeeId: null,
      title: 'Werving Pedagogiek (expert) voor Coachteam',
    });
  });

  it('checks the accepted body: people by type, references in the organisation (422), shape (400)', async () => {
    const { teamId, requirementId, employeeId } = await teamWithGap('Controleteam', {
      firstName: 'Hanna',
      lastName: 'Keurder',
    });
    const base = { teamId, requirementId, area: 'pedagogiek', targetLevel: 'ervaren' };
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ ...base, type: 'werving', employeeId }, 422, 'employee_not_allowed'],
      [{ ...base, type: 'training' }, 422, 'employee_required'],
      [{ ...base, type: 'training', employeeId, area: 'didactiek' }, 422, 'suggestion_mismatch'],
    ];
    const zonTeam = await db.team.findFirstOrThrow({ where: { organisation: { slug: 'kinderopvang-zon' } } });
    const zonEmployee = await db.employee.findFirstOrThrow({
      where: { organisation: { slug: 'kinderopvang-zon' } },
    });
    const otherRequirement = await db.teamRequirement.findFirstOrThrow({
      where: { organisationId: demoId, teamId: { not: teamId }, kind: 'area' },
    });
    cases.push([{ ...base, type: 'training', employeeId, teamId: zonTeam.id }, 422, 'invalid_reference']);
    cases.push([{ ...base, type: 'training', employeeId: zonEmployee.id }, 422, 'invalid_reference']);
    cases.push([
      { ...base, type: 'training', employeeId, requirementId: otherRequirement.id },
      422,
      'invalid_reference',
    ]);
    const countBefore = await db.developmentAction.count();
    for (const [body, status, code] of cases) {
      const response = await call(DEMO.hr, 'POST', '/api/development-suggestions/accept', body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.body.code).toBe(code);
    }
    const invalid = await call(DEMO.hr, 'POST', '/api/development-suggestions/accept', {
      teamId: 'x',
      requirementId,
      type: 'omscholing-plus',
      area: 'tekenen',
      targetLevel: 'meester',
      costCents: -1,
    });
    expect(invalid.status).toBe(400);
    expect(errorPaths(invalid.body)).toEqual(
      expect.arrayContaining(['body.teamId', 'body.type', 'body.area', 'body.targetLevel', 'body.costCents']),
    );
    expect(await db.developmentAction.count()).toBe(countBefore);
  });

  it('roles: hr and board list, only hr accepts; managers, trainers and employees get 403', async () => {
    for (const email of [DEMO.manager, DEMO.trainer, DEMO.employee]) {
      expect((await call(email, 'GET', '/api/development-suggestions')).status).toBe(403);
    }
    for (const email of [DEMO.board, DEMO.manager, DEMO.trainer, DEMO.employee]) {
      const response = await call(email, 'POST', '/api/development-suggestions/accept', {
        teamId: '00000000-0000-4000-8000-000000000000',
        requirementId: '00000000-0000-4000-8000-000000000000',
        type: 'werving',
        area: 'pedagogiek',
        targetLevel: 'ervaren',
      });
      expect(response.status).toBe(403);
    }
  });

  it('filters by team and site; another tenant’s team or site is 404', async () => {
    const team = await db.team.findFirstOrThrow({
      where: { organisationId: demoId },
      orderBy: { name: 'asc' },
    });
    const byTeam = await call(DEMO.hr, 'GET', `/api/development-suggestions?teamId=${team.id}&pageSize=200`);
    expect(byTeam.status).toBe(200);
    for (const item of byTeam.body.items as Suggestion[]) expect(item.teamId).toBe(team.id);
    const bySite = await call(
      DEMO.hr,
      'GET',
      `/api/development-suggestions?siteId=${team.siteId}&pageSize=200`,
    );
    const siteTeams = new Set(
      (await db.team.findMany({ where: { siteId: team.siteId } })).map((row) => row.id),
    );
    for (const item of bySite.body.items as Suggestion[]) expect(siteTeams.has(item.teamId)).toBe(true);

    const zonTeam = await db.team.findFirstOrThrow({ where: { organisation: { slug: 'kinderopvang-zon' } } });
    expect((await call(DEMO.hr, 'GET', `/api/development-suggestions?teamId=${zonTeam.id}`)).status).toBe(
      404,
    );
    expect((await call(DEMO.hr, 'GET', `/api/development-suggestions?siteId=${zonTeam.siteId}`)).status).toBe(
      404,
    );
    const zon = await call(ZON.hr, 'GET', '/api/development-suggestions?pageSize=200');
    expect(zon.status).toBe(200);
    for (const item of zon.body.items as Suggestion[]) expect(siteTeams.has(item.teamId)).toBe(false);
    expect((await call(DEMO.hr, 'GET', '/api/development-suggestions?pageSize=500')).status).toBe(400);
  });
});
