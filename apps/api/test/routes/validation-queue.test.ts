import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAreaLevel } from '../../src/db/area-level-history.ts';
import type { Area } from '../../src/generated/prisma/enums.ts';
import { buildTestApp, type TestApp, ZON } from '../helpers/build.ts';
import { type Call, caller, DEMO, peopleFixtures, type TestDb, testDb } from '../helpers/people-fixtures.ts';

/**
 * Issue 15, item 4: the validation queue filtered by team and area, with what approving each level
 * would change in coverage, bulk approval (all or none) and its undo.
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

async function selfAssessed(
  employeeId: string,
  area: Area,
  level: 'starter' | 'ervaren' | 'expert' = 'expert',
) {
  const row = await db.$transaction((tx) =>
    recordAreaLevel(tx, { organisationId: f.demoId, employeeId, area, level, status: 'self_assessed' }),
  );
  return row.id;
}

/** A team the demo manager leads that the team member currently belongs to. */
async function memberTeam() {
  const membership = await db.teamMembership.findFirstOrThrow({
    where: { employeeId: f.teamMember, teamId: { in: f.managedTeamIds }, endDate: null },
  });
  return membership.teamId;
}

async function queue(email: string, query = '') {
  const response = await call(email, 'GET', `/api/me/validation-queue?pageSize=200${query}`);
  expect(response.status).toBe(200);
  return response.body.items as Array<{ id: string; area: string; employeeId: string; impact: unknown[] }>;
}

describe('validation queue', () => {
  it('filters by team and area, and shows what approving would change', async () => {
    const inTeam = await selfAssessed(f.teamMember, 'didactiek');
    const outside = await selfAssessed(f.outsider, 'didactiek');
    const teamId = await memberTeam();
    const byTeam = (await queue(DEMO.hr, `&teamId=${teamId}`)).map((item) => item.id);
    expect(byTeam).toContain(inTeam);
    expect(byTeam).not.toContain(outside);
    const byArea = await queue(DEMO.hr, '&area=didactiek');
    expect(byArea.map((item) => item.id)).toEqual(expect.arrayContaining([inTeam, outside]));
    expect(byArea.every((item) => item.area === 'didactiek')).toBe(true);
    expect((await queue(DEMO.hr, '&area=pedagogiek')).map((item) => item.id)).not.toContain(inTeam);

    // The impact is the one the employee's own page shows (pendingLevelImpact), per item.
    for (const item of byArea) expect(Array.isArray(item.impact)).toBe(true);
    const zonTeam = await db.team.findFirstOrThrow({ where: { organisationId: f.zonId } });
    expect(await queue(DEMO.hr, `&teamId=${zonTeam.id}`)).toEqual([]);
  });

  it('lists an approval that closes a gap with the before and after figures', async () => {
    const teamId = await memberTeam();
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId,
      kind: 'area',
      area: 'gezondheid',
      minLevel: 'expert',
      count: 40,
    });
    expect(requirement.status, JSON.stringify(requirement.body)).toBe(201);
    const id = await selfAssessed(f.teamMember, 'gezondheid');
    const item = (await queue(DEMO.manager)).find((entry) => entry.id === id) as unknown as {
      impact: Array<{ requirementId: string; before: { headcount: number }; after: { headcount: number } }>;
    };
    const change = item.impact.find((entry) => entry.requirementId === requirement.body.id);
    expect(change?.after.headcount).toBe((change?.before.headcount ?? -1) + 1);
  });

  it('approves several at once and undoes them', async () => {
    const first = await selfAssessed(f.teamMember, 'onderzoek_innovatie', 'ervaren');
    const second = await selfAssessed(f.teamMember, 'verzorging', 'ervaren');
    const approved = await call(DEMO.manager, 'POST', '/api/area-levels/validate-bulk', {
      ids: [first, second],
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    expect(approved.body.items).toHaveLength(2);
    const queued = (await queue(DEMO.manager)).map((item) => item.id);
    expect(queued).not.toContain(first);
    expect(queued).not.toContain(second);
    const current = await db.areaLevel.findMany({
      where: {
        employeeId: f.teamMember,
        area: { in: ['onderzoek_innovatie', 'verzorging'] },
        isCurrent: true,
      },
    });
    expect(current.map((row) => row.status)).toEqual(['validated', 'validated']);

    const validatedIds = approved.body.items.map((item: { validatedId: string }) => item.validatedId);
    // Only the one who approved can undo.
    expect((await call(DEMO.hr, 'POST', '/api/area-levels/undo-validation', { validatedIds })).status).toBe(
      404,
    );
    const undone = await call(DEMO.manager, 'POST', '/api/area-levels/undo-validation', { validatedIds });
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(undone.body.items.map((item: { areaLevelId: string }) => item.areaLevelId).sort()).toEqual(
      [first, second].sort(),
    );
    expect((await queue(DEMO.manager)).map((item) => item.id)).toEqual(
      expect.arrayContaining([first, second]),
    );
    const restored = await db.areaLevel.findMany({ where: { id: { in: [first, second] } } });
    expect(restored.every((row) => row.isCurrent === true && row.validTo === null)).toBe(true);
    expect(await db.areaLevel.count({ where: { id: { in: validatedIds } } })).toBe(0);
    const audit = await db.auditEvent.count({
      where: { action: 'validate_undo', entityId: { in: [first, second] } },
    });
    expect(audit).toBe(2);
  });

  it('refuses the whole batch when one level cannot be approved, writing nothing', async () => {
    const fine = await selfAssessed(f.teamMember, 'psychologie_orthopedagogiek', 'ervaren');
    const own = await selfAssessed(f.jeroen, 'psychologie_orthopedagogiek', 'ervaren');
    const refused = await call(DEMO.manager, 'POST', '/api/area-levels/validate-bulk', { ids: [fine, own] });
    expect([403, 404, 409, 422]).toContain(refused.status);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    const row = await db.areaLevel.findFirstOrThrow({ where: { id: fine } });
    expect(row).toMatchObject({ isCurrent: true, status: 'self_assessed' });
  });

  it('answers 404 for levels of another organisation and undoes no foreign approval', async () => {
    const zonLevel = await db.areaLevel.findFirstOrThrow({ where: { organisationId: f.zonId } });
    const bulk = await call(DEMO.hr, 'POST', '/api/area-levels/validate-bulk', { ids: [zonLevel.id] });
    expect(bulk.status).toBe(404);
    const undo = await call(DEMO.hr, 'POST', '/api/area-levels/undo-validation', {
      validatedIds: [zonLevel.id],
    });
    expect(undo.status).toBe(404);
    expect((await call(ZON.hr, 'GET', '/api/me/validation-queue')).status).toBe(200);
  });
});
