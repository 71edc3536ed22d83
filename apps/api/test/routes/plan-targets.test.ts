import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO } from '../helpers/people-fixtures.ts';

/**
 * Rule 7 of docs/coverage-rules.md: "al in het plan" sees open actions for every gap kind. An
 * action can aim at a role, a competency or a circle of surroundings, and the plan's gap list
 * then shows that gap as in the plan.
 */
let t: TestApp;
let call: Call;
let teamId: string;
let memberId: string;
let roleId: string;

type PlanGap = {
  requirementId: string;
  kind: string;
  gap: number;
  plannedActions: Array<{
    id: string;
    vacancy: boolean;
    targetRoleDefinitionId: string | null;
    targetCompetency: string | null;
    targetCircle: string | null;
  }>;
  coveredByPlan: boolean;
  hireTarget: Record<string, string> | null;
};

beforeAll(async () => {
  t = await buildTestApp();
  call = caller(t);
  const today = new Date();
  const membership = await t.app.systemDb.teamMembership.findFirstOrThrow({
    where: {
      organisation: { slug: 'demo' },
      startDate: { lte: today },
      endDate: null,
      employee: { active: true },
    },
    orderBy: { id: 'asc' },
  });
  teamId = membership.teamId;
  memberId = membership.employeeId;
  const role = await t.app.systemDb.roleDefinition.findFirstOrThrow({
    where: { organisation: { slug: 'demo' }, key: 'intern_begeleider' },
  });
  roleId = role.id;
});
afterAll(async () => {
  await t?.close();
});

async function requirement(body: Record<string, unknown>): Promise<string> {
  // Counts no team meets, so each is a gap whatever the seed holds.
  const created = await call(DEMO.hr, 'POST', '/api/team-requirements', { teamId, count: 50, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function planGap(requirementId: string): Promise<PlanGap> {
  const response = await call(
    DEMO.hr,
    'GET',
    `/api/development-plan/gaps?teamId=${teamId}&requirementId=${requirementId}`,
  );
  expect(response.status).toBe(200);
  expect(response.body.total).toBe(1);
  return response.body.items[0] as PlanGap;
}

async function action(body: Record<string, unknown>) {
  const created = await call(DEMO.hr, 'POST', '/api/development-actions', body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; version: number };
}

describe('development actions aimed at role, competency and surroundings gaps (rule 7)', () => {
  it('a role gap: an open hire for the role puts it in the plan, and only that gap', async () => {
    const roleGap = await requirement({ kind: 'role', roleDefinitionId: roleId });
    const otherGap = await requirement({
      kind: 'competency',
      competency: 'onderzoekende_houding',
      minScore: 5,
    });
    expect((await planGap(roleGap)).plannedActions).toEqual([]);
    // What a hire aimed at the gap carries: the API says it, the web sends it as is.
    expect((await planGap(roleGap)).hireTarget).toEqual({ targetRoleDefinitionId: roleId });

    const hire = await action({
      type: 'werving',
      title: 'Werving intern begeleider',
      teamId,
      targetRoleDefinitionId: roleId,
    });
    expect(hire).toMatchObject({
      targetRoleDefinitionId: roleId,
      targetCompetency: null,
      targetCircle: null,
    });
    const gap = await planGap(roleGap);
    expect(gap.kind).toBe('role');
    expect(gap.plannedActions.map((a) => [a.id, a.vacancy, a.targetRoleDefinitionId])).toEqual([
      [hire.id, true, roleId],
    ]);
    expect((await planGap(otherGap)).plannedActions).toEqual([]);

    // A role an open action aims at cannot be deleted from under it.
    const custom = await call(DEMO.hr, 'POST', '/api/role-definitions', {
      key: 'plan_target_probe',
      labelNl: 'Proefrol',
      labelEn: 'Probe role',
      areaRequirements: [{ area: 'didactiek', minLevel: 'starter' }],
    });
    expect(custom.status).toBe(201);
    await action({
      type: 'werving',
      title: 'Werving proefrol',
      teamId,
      targetRoleDefinitionId: custom.body.id,
    });
    const removed = await call(DEMO.hr, 'DELETE', `/api/role-definitions/${custom.body.id}`, undefined, {
      'if-match': `W/"${custom.body.version}"`,
    });
    expect(removed.status, JSON.stringify(removed.body)).toBe(409);
    expect(removed.body.code).toBe('role_definition_in_use');
  });

  it("a competency gap: a member's training in the competency puts it in the plan; cancelling takes it out", async () => {
    const competencyGap = await requirement({ kind: 'competency', competency: 'creativiteit', minScore: 5 });
    const training = await action({
      type: 'training',
      title: 'Training creatief werken',
      employeeId: memberId,
      targetCompetency: 'creativiteit',
    });
    const gap = await planGap(competencyGap);
    expect(gap.kind).toBe('competency');
    expect(gap.plannedActions.map((a) => [a.id, a.vacancy, a.targetCompetency])).toEqual([
      [training.id, false, 'creativiteit'],
    ]);
    const cancelled = await call(DEMO.hr, 'PATCH', `/api/development-actions/${training.id}`, {
      status: 'cancelled',
      version: training.version,
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect((await planGap(competencyGap)).plannedActions).toEqual([]);
  });

  it('a surroundings gap: an action aimed at the circle (set by PATCH) puts it in the plan', async () => {
    const circleGap = await requirement({ kind: 'circle', circle: 'wetenschap' });
    const coaching = await action({
      type: 'coaching',
      title: 'Contact met de hogeschool',
      employeeId: memberId,
    });
    expect((await planGap(circleGap)).plannedActions).toEqual([]);
    const aimed = await call(DEMO.hr, 'PATCH', `/api/development-actions/${coaching.id}`, {
      targetCircle: 'wetenschap',
      version: coaching.version,
    });
    expect(aimed.status, JSON.stringify(aimed.body)).toBe(200);
    const gap = await planGap(circleGap);
    expect(gap.kind).toBe('circle');
    expect(gap.hireTarget).toEqual({ targetCircle: 'wetenschap' });
    expect(gap.plannedActions.map((a) => [a.id, a.targetCircle])).toEqual([[coaching.id, 'wetenschap']]);
  });

  it('refuses two targets at once and a role of no one in this organisation (422 with the field)', async () => {
    const two = await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'werving',
      title: 'Twee doelen',
      teamId,
      targetRoleDefinitionId: roleId,
      targetCircle: 'buurt',
    });
    expect(two.status).toBe(422);
    expect(two.body.code).toBe('one_target_only');
    const unknown = await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'werving',
      title: 'Onbekende rol',
      teamId,
      targetRoleDefinitionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('invalid_reference');
    expect(unknown.body.errors).toEqual([
      { path: 'targetRoleDefinitionId', message: 'Unknown role definition' },
    ]);
  });
});
