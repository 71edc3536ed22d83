import { AREA_IDS } from '@teamspiegel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO } from '../helpers/people-fixtures.ts';

/**
 * Rule 4 of docs/coverage-rules.md beyond the coverage endpoints: the employee's own pending
 * levels with the gaps approving them would close (GET /api/me/pending-impact), and the role
 * candidates list (GET /api/role-definitions/:id/qualified-employees) on validated levels only.
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
  levels: Array<{
    areaLevelId: string;
    area: string;
    level: string;
    validatedLevel: string | null;
    requirements: Array<{
      teamId: string;
      requirementId: string;
      kind: string;
      count: number;
      before: Figure;
      after: Figure;
      closesGap: boolean;
    }>;
  }>;
};

/** The employee self-assesses `level` in an area she has no level in yet; returns that area. */
async function selfAssess(level: string) {
  const profile = await call(DEMO.employee, 'GET', '/api/me/profile');
  expect(profile.status).toBe(200);
  const held = new Set((profile.body.areaLevels as Array<{ area: string }>).map((row) => row.area));
  const area = AREA_IDS.find((id) => !held.has(id));
  if (!area) throw new Error('the demo employee has a level in every area');
  const body = {
    areaLevels: [
      ...(profile.body.areaLevels as Array<{ area: string; level: string }>).map((row) => ({
        area: row.area,
        level: row.level,
      })),
      { area, level },
    ],
    competencyRatings: profile.body.competencyRatings.map((r: { competency: string; score: number }) => ({
      competency: r.competency,
      score: r.score,
    })),
    surroundingsContacts: profile.body.surroundingsContacts.map(
      (c: { circle: string; partnerName: string; description: string | null }) => ({
        circle: c.circle,
        partnerName: c.partnerName,
        description: c.description,
      }),
    ),
    ambitions: profile.body.ambitions.map((a: Record<string, unknown>) => ({
      id: a.id,
      direction: a.direction,
      area: a.area,
      targetLevel: a.targetLevel,
      horizonDate: a.horizonDate,
      motivation: a.motivation,
      visibility: a.visibility,
      status: a.status,
    })),
  };
  const saved = await call(DEMO.employee, 'PUT', '/api/me/profile', body, {
    'if-match': String(profile.headers.etag),
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return {
    area,
    employeeId: profile.body.employee.id as string,
    teamId: profile.body.teams[0].id as string,
  };
}

describe('pending levels on her own page and in the role candidates (rule 4)', () => {
  it('shows her pending level and the gap approving it would close; role candidates count validated levels only', async () => {
    const profile = await call(DEMO.employee, 'GET', '/api/me/profile');
    const held = new Set((profile.body.areaLevels as Array<{ area: string }>).map((row) => row.area));
    const area = AREA_IDS.find((id) => !held.has(id)) as (typeof AREA_IDS)[number];
    const teamId = profile.body.teams[0].id as string;
    const employeeId = profile.body.employee.id as string;

    // A requirement in her team she could help meet, and a role only that level qualifies for.
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId,
      kind: 'area',
      area,
      minLevel: 'expert',
      count: 40,
    });
    expect(requirement.status, JSON.stringify(requirement.body)).toBe(201);
    const role = await call(DEMO.hr, 'POST', '/api/role-definitions', {
      key: 'pending_impact_probe',
      labelNl: 'Proefrol',
      labelEn: 'Probe role',
      areaRequirements: [{ area, minLevel: 'expert' }],
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const qualified = async (query = '') => {
      const response = await call(
        DEMO.hr,
        'GET',
        `/api/role-definitions/${role.body.id}/qualified-employees?pageSize=200${query}`,
      );
      expect(response.status).toBe(200);
      return (response.body.items as Array<{ id: string }>).some((item) => item.id === employeeId);
    };
    expect(await qualified()).toBe(false);
    const coverage = await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage`);
    const line = (
      coverage.body.requirements as Array<{ requirement: { id: string }; supply: { headcount: number } }>
    ).find((row) => row.requirement.id === requirement.body.id);
    const headcount = line?.supply.headcount ?? -1;
    expect(headcount).toBeGreaterThanOrEqual(0);

    // The seed may already hold pending levels of hers (in other areas): they stay as they are.
    const seeded = (await call(DEMO.employee, 'GET', '/api/me/pending-impact')).body as Impact;
    expect(seeded.levels.map((level) => level.area)).not.toContain(area);
    const assessed = await selfAssess('expert');
    expect(assessed).toEqual({ area, employeeId, teamId });

    // Her page: the pending level and exactly what approving it would change.
    const impact = await call(DEMO.employee, 'GET', '/api/me/pending-impact');
    expect(impact.status).toBe(200);
    const pending = (impact.body as Impact).levels.find((level) => level.area === area);
    expect((impact.body as Impact).levels).toHaveLength(seeded.levels.length + 1);
    expect(pending).toMatchObject({ area, level: 'expert', validatedLevel: null });
    const closes = pending?.requirements.find((r) => r.requirementId === requirement.body.id);
    expect(closes).toEqual({
      teamId,
      teamName: expect.any(String),
      requirementId: requirement.body.id,
      kind: 'area',
      area,
      minLevel: 'expert',
      roleId: null,
      roleLabel: null,
      competency: null,
      minScore: null,
      circle: null,
      count: 40,
      before: { headcount, gap: 40 - headcount, status: 'gap' },
      after: { headcount: headcount + 1, gap: 39 - headcount, status: 'gap' },
      closesGap: true,
    });

    // Role candidates: the self-assessment alone does not qualify her; with ?include=pending it does.
    expect(await qualified()).toBe(false);
    expect(await qualified('&include=pending')).toBe(true);

    // Validated: it counts everywhere and nothing is pending any more.
    const row = await t.app.systemDb.areaLevel.findFirstOrThrow({
      where: { employeeId, area, isCurrent: true },
    });
    const approved = await call(DEMO.hr, 'POST', `/api/area-levels/${row.id}/validate`, {
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    expect(await qualified()).toBe(true);
    expect((await call(DEMO.employee, 'GET', '/api/me/pending-impact')).body).toEqual(seeded);
  });
});
