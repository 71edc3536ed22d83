import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, ZON } from '../helpers/build.ts';
import { type Call, caller, DEMO, peopleFixtures, type TestDb, testDb } from '../helpers/people-fixtures.ts';

/**
 * Issue 15, item 3: the development plan as a working tool — overdue actions (rule 11), edits with
 * their history, the idempotent one-click plan of a gap, and the training budget (rule 12).
 */
let t: TestApp;
let db: TestDb;
let call: Call;
let f: Awaited<ReturnType<typeof peopleFixtures>>;

beforeAll(async () => {
  t = await buildTestApp();
  db = testDb(t);
  call = caller(t);
  f = await peopleFixtures(db);
});
afterAll(async () => {
  await db?.$disconnect();
  await t?.close();
});

/** A file download (the JSON helper would try to parse it). */
async function download(email: string, url: string) {
  const response = await t.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${await t.tokenFor(email)}` },
  });
  return { status: response.statusCode, headers: response.headers, text: response.body };
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function newAction(body: Record<string, unknown>) {
  const response = await call(DEMO.hr, 'POST', '/api/development-actions', {
    type: 'training',
    title: `Plan tool ${randomUUID().slice(0, 8)}`,
    employeeId: f.teamMember,
    ...body,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe('overdue actions (rule 11)', () => {
  it('flags an open action past its expected end, and the filter lists only those', async () => {
    const late = await newAction({ startDate: isoDay(-60), expectedEndDate: isoDay(-1) });
    const onTime = await newAction({ expectedEndDate: isoDay(30) });
    expect(late.overdue).toBe(true);
    expect(onTime.overdue).toBe(false);

    const overdue = await call(DEMO.hr, 'GET', '/api/development-actions?overdue=true&pageSize=200');
    expect(overdue.status).toBe(200);
    const ids = overdue.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(onTime.id);
    expect(overdue.body.items.every((item: { overdue: boolean }) => item.overdue)).toBe(true);

    const cancelled = await call(DEMO.hr, 'PATCH', `/api/development-actions/${late.id}`, {
      status: 'cancelled',
      version: late.version,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.overdue).toBe(false);
  });
});

describe('editing an action and its history', () => {
  it('records who changed dates, provider, cost and status, oldest first', async () => {
    const action = await newAction({ expectedEndDate: isoDay(40) });
    const edited = await call(DEMO.hr, 'PATCH', `/api/development-actions/${action.id}`, {
      provider: 'Academie Noord',
      costCents: 125_050,
      startDate: isoDay(5),
      expectedEndDate: isoDay(60),
      version: action.version,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const started = await call(DEMO.hr, 'PATCH', `/api/development-actions/${action.id}`, {
      status: 'in_progress',
      version: edited.body.version,
    });
    expect(started.status).toBe(200);

    const history = await call(DEMO.hr, 'GET', `/api/development-actions/${action.id}/history`);
    expect(history.status).toBe(200);
    const [created, update, start] = history.body.items;
    expect(history.body.items).toHaveLength(3);
    expect(created.action).toBe('create');
    expect(created.actorName).toBeTruthy();
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'provider', from: null, to: 'Academie Noord' },
        { field: 'costCents', from: null, to: 125_050 },
        { field: 'startDate', from: null, to: isoDay(5) },
        { field: 'expectedEndDate', from: isoDay(40), to: isoDay(60) },
      ]),
    );
    expect(update.changes.map((change: { field: string }) => change.field)).not.toContain('status');
    expect(start.changes).toEqual([{ field: 'status', from: 'planned', to: 'in_progress' }]);
  });

  it('shows the history to whoever may read the action, and hides it from others (404)', async () => {
    const action = await newAction({});
    expect((await call(DEMO.manager, 'GET', `/api/development-actions/${action.id}/history`)).status).toBe(
      200,
    );
    const outsiders = await newAction({ employeeId: f.outsider });
    const hidden = await call(DEMO.manager, 'GET', `/api/development-actions/${outsiders.id}/history`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers['content-type']).toMatch(/problem\+json/);
    expect((await call(ZON.hr, 'GET', `/api/development-actions/${action.id}/history`)).status).toBe(404);
  });
});

describe('one-click plan of a gap', () => {
  async function gaps() {
    const response = await call(DEMO.hr, 'GET', '/api/development-plan/gaps?pageSize=200');
    expect(response.status).toBe(200);
    return response.body.items as Array<{
      teamId: string;
      requirementId: string;
      kind: string;
      suggestion: { employeeId: string | null; employeeName: string | null } | null;
      hireTarget: Record<string, string> | null;
      plannedActions: Array<{ id: string }>;
    }>;
  }

  it('plans the suggested step once: a second (even simultaneous) click answers with the same action', async () => {
    const gap = (await gaps()).find((item) => item.suggestion?.employeeId);
    if (!gap?.suggestion) throw new Error('the demo tenant has no gap with a candidate');
    const before = await db.developmentAction.count({ where: { organisationId: f.demoId } });
    const body = {
      teamId: gap.teamId,
      requirementId: gap.requirementId,
      employeeId: gap.suggestion.employeeId,
    };
    const [first, second] = await Promise.all([
      call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', body),
      call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', body),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.action.id).toBe(second.body.action.id);
    expect(first.body.action.employeeId).toBe(gap.suggestion.employeeId);
    expect(await db.developmentAction.count({ where: { organisationId: f.demoId } })).toBe(before + 1);

    const third = await call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', body);
    expect(third.status).toBe(200);
    expect(third.body).toMatchObject({ created: false, action: { id: first.body.action.id } });
    const after = (await gaps()).find((item) => item.requirementId === gap.requirementId);
    expect(after?.plannedActions.map((action) => action.id)).toContain(first.body.action.id);
  });

  it('plans a hire aimed at a role, competency or surroundings gap', async () => {
    const site = await call(DEMO.hr, 'POST', '/api/sites', {
      name: `Wervingslocatie ${randomUUID().slice(0, 6)}`,
    });
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId: site.body.id, name: 'Wervingsteam' });
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId: team.body.id,
      kind: 'circle',
      circle: 'buurt',
      count: 1,
    });
    expect(requirement.status).toBe(201);
    const gap = (await gaps()).find((item) => item.requirementId === requirement.body.id);
    if (!gap?.hireTarget) throw new Error('the new surroundings requirement is not a plannable gap');
    const body = { teamId: gap.teamId, requirementId: gap.requirementId, employeeId: null };
    const planned = await call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', body);
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    expect(planned.body.action).toMatchObject({ type: 'werving', employeeId: null, teamId: gap.teamId });
    expect(planned.body.action).toMatchObject(gap.hireTarget);
    expect((await call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', body)).status).toBe(200);
  });

  it('plans a hire aimed at a certificate gap, which then counts as in the plan', async () => {
    const types = await call(DEMO.hr, 'GET', '/api/certificate-types?pageSize=200');
    const type = types.body.items[0] as { id: string };
    const site = await call(DEMO.hr, 'POST', '/api/sites', {
      name: `EHBO-locatie ${randomUUID().slice(0, 6)}`,
    });
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId: site.body.id, name: 'EHBO-team' });
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId: team.body.id,
      kind: 'certificate',
      certificateTypeId: type.id,
      count: 1,
    });
    expect(requirement.status, JSON.stringify(requirement.body)).toBe(201);
    const gap = (await gaps()).find((item) => item.requirementId === requirement.body.id);
    expect(gap?.hireTarget).toEqual({ targetCertificateTypeId: type.id });
    const planned = await call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', {
      teamId: team.body.id,
      requirementId: requirement.body.id,
      employeeId: null,
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    expect(planned.body.action).toMatchObject({ type: 'werving', targetCertificateTypeId: type.id });
    const after = (await gaps()).find((item) => item.requirementId === requirement.body.id);
    expect(after?.plannedActions.map((action) => action.id)).toEqual([planned.body.action.id]);
  });

  it('refuses a second target beside a certificate, and a certificate type of another organisation', async () => {
    const types = await call(DEMO.hr, 'GET', '/api/certificate-types?pageSize=1');
    const both = await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'werving',
      title: 'Twee doelen',
      targetCertificateTypeId: types.body.items[0].id,
      targetCircle: 'buurt',
    });
    expect(both.status).toBe(422);
    expect(both.body.code).toBe('one_target_only');
    const zonType = await db.certificateType.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const foreign = await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'werving',
      title: 'Vreemd certificaat',
      targetCertificateTypeId: zonType.id,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('invalid_reference');
  });

  it('refuses a step that is no longer the one shown (409), a foreign team (404) and non-hr (403)', async () => {
    const gap = (await gaps()).find((item) => item.suggestion?.employeeId);
    if (!gap) throw new Error('no gap with a candidate');
    const stale = await call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', {
      teamId: gap.teamId,
      requirementId: gap.requirementId,
      employeeId: f.outsider,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('gap_changed');
    const zonTeam = await db.team.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const foreign = await call(DEMO.hr, 'POST', '/api/development-plan/gaps/plan', {
      teamId: zonTeam.id,
      requirementId: gap.requirementId,
      employeeId: null,
    });
    expect(foreign.status).toBe(404);
    const manager = await call(DEMO.manager, 'POST', '/api/development-plan/gaps/plan', {
      teamId: gap.teamId,
      requirementId: gap.requirementId,
      employeeId: null,
    });
    expect(manager.status).toBe(403);
  });
});

describe('training budget (rule 12)', () => {
  it('sums the costs per year, site and team, without cancelled actions, and exports them', async () => {
    const site = await call(DEMO.hr, 'POST', '/api/sites', {
      name: `Budgetlocatie ${randomUUID().slice(0, 6)}`,
    });
    const team = await call(DEMO.hr, 'POST', '/api/teams', { siteId: site.body.id, name: 'Budgetteam' });
    expect(team.status).toBe(201);
    const teamId = team.body.id;
    await newAction({ teamId, costCents: 120_000, startDate: '2031-03-01' });
    await newAction({ teamId, costCents: 30_050, startDate: '2031-09-01' });
    await newAction({ teamId, costCents: null, startDate: '2031-10-01' });
    await newAction({ teamId, costCents: 5_000, startDate: '2032-01-15' });
    const dropped = await newAction({ teamId, costCents: 99_900, startDate: '2031-04-01' });
    await call(DEMO.hr, 'PATCH', `/api/development-actions/${dropped.id}`, {
      status: 'cancelled',
      version: dropped.version,
    });

    const budget = await call(DEMO.hr, 'GET', `/api/development-plan/budget?teamId=${teamId}`);
    expect(budget.status).toBe(200);
    expect(budget.body).toMatchObject({ totalCents: 155_050, actionCount: 4, withoutCostCount: 1 });
    expect(
      budget.body.years.map((year: { year: number; totalCents: number }) => [year.year, year.totalCents]),
    ).toEqual([
      [2031, 150_050],
      [2032, 5_000],
    ]);
    expect(budget.body.years[0].sites[0]).toMatchObject({
      siteId: site.body.id,
      teams: [{ teamId, teamName: 'Budgetteam', totalCents: 150_050, actionCount: 3 }],
    });
    const year = await call(DEMO.hr, 'GET', `/api/development-plan/budget?teamId=${teamId}&year=2032`);
    expect(year.body.totalCents).toBe(5_000);

    // The manager leads other teams: this team's costs are not in her budget.
    const manager = await call(DEMO.manager, 'GET', `/api/development-plan/budget?teamId=${teamId}`);
    expect(manager.status).toBe(200);
    expect(manager.body.actionCount).toBe(0);

    const csv = await download(DEMO.hr, `/api/development-plan/budget/export?format=csv&teamId=${teamId}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/opleidingsbudget/);
    expect(csv.text).toContain('Budgetteam');
    expect(csv.text).toContain('1500.5');
    const xlsx = await download(DEMO.hr, `/api/development-plan/budget/export?teamId=${teamId}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('answers 404 for a team or site of another organisation', async () => {
    const zonTeam = await db.team.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const zonSite = await db.site.findFirstOrThrow({ where: { organisationId: f.zonId } });
    expect((await call(DEMO.hr, 'GET', `/api/development-plan/budget?teamId=${zonTeam.id}`)).status).toBe(
      404,
    );
    expect((await download(DEMO.hr, `/api/development-plan/budget/export?siteId=${zonSite.id}`)).status).toBe(
      404,
    );
  });
});
