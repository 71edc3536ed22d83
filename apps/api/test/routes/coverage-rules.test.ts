import { AREA_IDS, coverageStatusLabel, type LevelId } from '@teamspiegel/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO } from '../helpers/people-fixtures.ts';

/**
 * docs/coverage-rules.md in the API: the heatmap, the team coverage, the report totals, the
 * exports and the plan's gap list give the same numbers for the seeded demo (rules 2 and 7), and
 * a self-assessment moves the figures only once validated, or on ?include=pending (rule 4).
 */
type Tier = { requirementId: string; minLevel: LevelId; count: number; headcount: number; gap: number };
type Cell = {
  status: string;
  minLevel: LevelId | null;
  required: number;
  supply: number;
  gap: number;
  tiers: Tier[];
};
type Summary = {
  requirements: number;
  gaps: number;
  totalGap: number;
  singlePoints: number;
  noMargin: number;
};
type Row = { teamId: string; cells: Record<string, Cell>; summary: Summary };
type OrgView = {
  matrix: { items: Row[]; total: number };
  ranking: Array<{ teamId: string; requirementId: string; status: string }>;
  totals: {
    overall: Summary;
    byArea: Record<string, { required: number; totalGap: number; gaps: number; teams: number }>;
  };
  pending: { changes: number; included: boolean };
};
type RequirementLine = {
  requirement: { id: string; kind: string; area?: string; minLevel?: LevelId; count: number };
  supply: { headcount: number };
  gap: number;
  status: string;
};

let t: TestApp;
let call: Call;

beforeAll(async () => {
  t = await buildTestApp();
  call = caller(t);
});
afterAll(async () => {
  await t?.close();
});

async function organisation(query = ''): Promise<OrgView> {
  const response = await call(
    DEMO.board,
    'GET',
    `/api/organisation/coverage?pageSize=1000&rankingLimit=500${query}`,
  );
  expect(response.status).toBe(200);
  return response.body;
}

describe('one set of numbers for the seeded demo', () => {
  it('every heatmap cell is the team coverage of its tiers: failing tier shown, largest tier gap missing', async () => {
    const view = await organisation();
    expect(view.matrix.total).toBe(9);
    let nestedCells = 0;
    for (const row of view.matrix.items) {
      const team = await call(DEMO.board, 'GET', `/api/teams/${row.teamId}/coverage`);
      expect(team.body.summary).toEqual(row.summary);
      // The team page shows the same cells as the heatmap row.
      expect(team.body.cells).toEqual(row.cells);
      const lines = team.body.requirements as RequirementLine[];
      for (const area of AREA_IDS) {
        const cell = row.cells[area] as Cell;
        const tiers = lines.filter(
          (line) => line.requirement.kind === 'area' && line.requirement.area === area,
        );
        if (tiers.length === 0) {
          expect(cell.status).toBe('none');
          continue;
        }
        if (tiers.length > 1) nestedCells++;
        expect(cell.gap).toBe(Math.max(...tiers.map((line) => line.gap)));
        const shown = tiers.find(
          (line) =>
            line.requirement.minLevel === cell.minLevel &&
            line.requirement.count === cell.required &&
            line.supply.headcount === cell.supply,
        );
        expect(shown?.status).toBe(cell.status);
      }
    }
    expect(nestedCells).toBeGreaterThan(0);
  });

  it('report totals per area add up the cells: Nodig = largest tier per team, Tekort = people missing', async () => {
    const view = await organisation();
    for (const area of AREA_IDS) {
      const cells = view.matrix.items
        .map((row) => row.cells[area] as Cell)
        .filter((c) => c.status !== 'none');
      const totals = view.totals.byArea[area];
      expect(totals?.teams).toBe(cells.length);
      expect(totals?.totalGap).toBe(cells.reduce((sum, cell) => sum + cell.gap, 0));
      expect(totals?.required).toBe(
        cells.reduce((sum, cell) => sum + Math.max(...cell.tiers.map((tier) => tier.count)), 0),
      );
      expect(totals?.gaps).toBe(cells.filter((cell) => cell.status === 'gap').length);
    }
    // The demo's didactiek: nested tiers are the same people (43 needed, not the 52 of summed tiers).
    const summedTiers = view.matrix.items
      .flatMap((row) => (row.cells.didactiek as Cell).tiers)
      .reduce((sum, tier) => sum + tier.count, 0);
    expect(view.totals.byArea.didactiek?.required).toBe(43);
    expect(summedTiers).toBe(52);
  });

  it('the XLSX totals sheet and the CSV matrix carry the same figures', async () => {
    const view = await organisation();
    const token = await t.tokenFor(DEMO.board);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/exports/organisation-coverage?format=xlsx',
      headers: { authorization: `Bearer ${token}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const totals = workbook.worksheets[2];
    const header = totals?.getRow(1).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    AREA_IDS.forEach((area, index) => {
      const row = totals?.getRow(index + 2);
      expect(row?.getCell(col('Nodig')).value).toBe(view.totals.byArea[area]?.required);
      expect(row?.getCell(col('Tekort (mensen)')).value).toBe(view.totals.byArea[area]?.totalGap);
      expect(row?.getCell(col(coverageStatusLabel('no_margin', 'nl'))).value).toBeTypeOf('number');
    });
  });

  it("the plan's gap list is exactly the gaps the overview counts, every kind included", async () => {
    const view = await organisation();
    const plan = await call(DEMO.hr, 'GET', '/api/development-plan/gaps?pageSize=200');
    expect(plan.status).toBe(200);
    expect(plan.body.total).toBe(view.totals.overall.gaps);
    const expected = view.ranking
      .filter((entry) => entry.status === 'gap')
      .map((entry) => `${entry.teamId}|${entry.requirementId}`);
    const listed = (plan.body.items as Array<{ teamId: string; requirementId: string; kind: string }>).map(
      (item) => `${item.teamId}|${item.requirementId}`,
    );
    expect(listed).toEqual(expected);
    const kinds = new Set((plan.body.items as Array<{ kind: string }>).map((item) => item.kind));
    expect(kinds.size).toBeGreaterThan(1);
    // An open hire of the team is "already in the plan" as a vacancy.
    const withVacancy = (
      plan.body.items as Array<{ plannedActions: Array<{ vacancy: boolean; type: string }> }>
    ).filter((item) => item.plannedActions.some((action) => action.vacancy && action.type === 'werving'));
    expect(withVacancy.length).toBeGreaterThan(0);
  });
});

describe('roles (rule 3) in the seeded demo', () => {
  it('the trainee role carries its level cap, so only people in training meet it', async () => {
    const stagiaire = await t.app.systemDb.roleDefinition.findFirstOrThrow({
      where: { organisation: { slug: 'demo' }, key: 'stagiaire' },
    });
    const requirements = stagiaire.areaRequirements as Array<{ minLevel: string; maxLevel?: string }>;
    expect(requirements.length).toBe(AREA_IDS.length);
    expect(requirements.every((r) => r.minLevel === 'in_opleiding' && r.maxLevel === 'in_opleiding')).toBe(
      true,
    );
  });
});

describe('validated versus pending levels (rule 4)', () => {
  it('a self-assessment changes the figures only with ?include=pending, until it is validated', async () => {
    const profile = await call(DEMO.employee, 'GET', '/api/me/profile');
    expect(profile.status).toBe(200);
    const teamId = profile.body.teams[0].id as string;
    const employeeId = profile.body.employee.id as string;
    const held = new Set((profile.body.areaLevels as Array<{ area: string }>).map((row) => row.area));
    const area = AREA_IDS.find((id) => !held.has(id));
    expect(area).toBeDefined();
    const created = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId,
      kind: 'area',
      area,
      minLevel: 'in_opleiding',
      count: 50,
    });
    expect(created.status).toBe(201);
    const requirementId = created.body.id as string;
    const headcount = async (query = '') => {
      const response = await call(DEMO.hr, 'GET', `/api/teams/${teamId}/coverage${query}`);
      const line = (response.body.requirements as RequirementLine[]).find(
        (row) => row.requirement.id === requirementId,
      );
      return { headcount: line?.supply.headcount, pending: response.body.pending };
    };
    const before = await headcount();

    const etag = String(profile.headers.etag);
    const body = {
      areaLevels: [
        ...(profile.body.areaLevels as Array<{ area: string; level: string }>).map(({ area, level }) => ({
          area,
          level,
        })),
        { area, level: 'starter' },
      ],
      competencyRatings: profile.body.competencyRatings.map(
        ({ competency, score }: { competency: string; score: number }) => ({ competency, score }),
      ),
      surroundingsContacts: profile.body.surroundingsContacts.map(
        (c: { circle: string; partnerName: string; description: string }) => ({
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
    const saved = await call(DEMO.employee, 'PUT', '/api/me/profile', body, { 'if-match': etag });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    const validated = await headcount();
    expect(validated.headcount).toBe(before.headcount);
    expect(validated.pending).toEqual({ changes: before.pending.changes + 1, included: false });
    const withPending = await headcount('?include=pending');
    expect(withPending.headcount).toBe((before.headcount ?? 0) + 1);
    expect(withPending.pending.included).toBe(true);
    const org = await organisation('&include=pending');
    expect(org.pending.included).toBe(true);
    expect(org.pending.changes).toBeGreaterThan(0);

    const queue = await t.app.systemDb.areaLevel.findFirstOrThrow({
      where: { employeeId, area: area as (typeof AREA_IDS)[number], isCurrent: true },
    });
    expect(queue.status).toBe('self_assessed');
    const approved = await call(DEMO.hr, 'POST', `/api/area-levels/${queue.id}/validate`, {
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    const after = await headcount();
    expect(after.headcount).toBe((before.headcount ?? 0) + 1);
    expect(after.pending.changes).toBe(before.pending.changes);
  });
});
