import { AREA_IDS } from '@teamspiegel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO } from '../helpers/people-fixtures.ts';

/**
 * The profile's ambition panel (issue 9, rule 7: the web computes no gaps): GET /api/me/ambition-impact
 * says per active ambition which gaps of her teams reaching its target level would close or narrow,
 * measured by the domain on the validated figures.
 */
let t: TestApp;
let call: Call;

beforeAll(async () => {
  t = await buildTestApp();
  call = caller(t);
});
afterAll(async () => {
  await t?.close();
});

type Figure = { headcount: number; gap: number; status: string };
type Impact = {
  ambitions: Array<{
    ambitionId: string;
    area: string;
    targetLevel: string;
    requirements: Array<{
      teamId: string;
      requirementId: string;
      kind: string;
      area: string | null;
      minLevel: string | null;
      count: number;
      before: Figure;
      after: Figure;
      closesGap: boolean;
    }>;
  }>;
};

describe('GET /api/me/ambition-impact', () => {
  it('lists the gaps an active ambition would close, only for tiers its target reaches', async () => {
    const profile = await call(DEMO.employee, 'GET', '/api/me/profile');
    expect(profile.status).toBe(200);
    const held = new Set((profile.body.areaLevels as Array<{ area: string }>).map((row) => row.area));
    const area = AREA_IDS.find((id) => !held.has(id)) as (typeof AREA_IDS)[number];
    expect(area).toBeDefined();
    const teamId = profile.body.teams[0].id as string;
    const employeeId = profile.body.employee.id as string;

    // Two tiers in her team: ervaren (her ambition reaches it) and expert (it does not).
    const created: string[] = [];
    for (const minLevel of ['ervaren', 'expert'] as const) {
      const response = await call(DEMO.hr, 'POST', '/api/team-requirements', {
        teamId,
        kind: 'area',
        area,
        minLevel,
        count: 40,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      created.push(response.body.id as string);
    }
    const [ervarenId, expertId] = created;
    const coverage = await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`);
    const headcount =
      (
        coverage.body.requirements as Array<{ requirement: { id: string }; supply: { headcount: number } }>
      ).find((row) => row.requirement.id === ervarenId)?.supply.headcount ?? -1;
    expect(headcount).toBeGreaterThanOrEqual(0);

    const before = (await call(DEMO.employee, 'GET', '/api/me/ambition-impact')).body as Impact;
    const ambition = await t.app.systemDb.ambition.create({
      data: {
        organisationId: await orgOf(employeeId),
        employeeId,
        direction: 'verdiepen',
        area,
        targetLevel: 'ervaren',
        status: 'active',
      },
    });
    const achieved = await t.app.systemDb.ambition.create({
      data: {
        organisationId: ambition.organisationId,
        employeeId,
        direction: 'verdiepen',
        area,
        targetLevel: 'expert',
        status: 'achieved',
      },
    });

    const response = await call(DEMO.employee, 'GET', '/api/me/ambition-impact');
    expect(response.status).toBe(200);
    const impact = response.body as Impact;
    expect(impact.ambitions).toHaveLength(before.ambitions.length + 1);
    expect(impact.ambitions.map((item) => item.ambitionId)).not.toContain(achieved.id);
    const mine = impact.ambitions.find((item) => item.ambitionId === ambition.id);
    expect(mine).toMatchObject({ area, targetLevel: 'ervaren' });
    const ids = mine?.requirements.map((item) => item.requirementId) ?? [];
    expect(ids).toContain(ervarenId);
    expect(ids).not.toContain(expertId);
    expect(mine?.requirements.find((item) => item.requirementId === ervarenId)).toMatchObject({
      teamId,
      kind: 'area',
      area,
      minLevel: 'ervaren',
      count: 40,
      before: { headcount, gap: 40 - headcount, status: 'gap' },
      after: { headcount: headcount + 1, gap: 39 - headcount, status: 'gap' },
      closesGap: true,
    });
  });
});

async function orgOf(employeeId: string) {
  const row = await t.app.systemDb.employee.findFirstOrThrow({ where: { id: employeeId } });
  return row.organisationId;
}
