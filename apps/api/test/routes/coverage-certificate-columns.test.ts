import { addDays } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { seedId } from '../../src/db/seed/ids.ts';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { setUpPeopleTestApp } from '../helpers/suite.ts';

/**
 * The heatmap's certificate columns (docs/coverage-rules.md, rule 10): GET /api/organisation/coverage
 * lists a column per certificate type with a requirement in scope and, per team, one cell per type
 * computed by the domain. The demo seed: the baby group needs two kinder-EHBO holders and has two,
 * one expiring in 30 days, plus a person exempt from it (covered today, a gap projected); the bso
 * needs a BHV holder whose BHV expired, and is exempt from that requirement for now.
 */

type Cell = {
  certificateTypeId: string;
  status: string;
  required: number;
  supply: number;
  gap: number;
  projectedGap: number;
  severity: number;
  requirements: unknown[];
};
type Row = { teamId: string; siteId: string | null; certificateCells: Record<string, Cell> };
type View = {
  certificateColumns: Array<{ certificateTypeId: string; code: string; label: { nl: string; en: string } }>;
  matrix: { items: Row[] };
  headline: {
    biggestRisk: {
      teamId: string;
      area?: string;
      certificateTypeId?: string;
      certificateLabel?: { code: string; nl: string; en: string } | null;
      gap: number;
    } | null;
  };
};

const today = () => new Date().toISOString().slice(0, 10);

describe('organisation coverage: certificate columns (rule 10)', () => {
  let db: TestDb;
  let call: Call;
  setUpPeopleTestApp((ctx) => {
    ({ db, call } = ctx);
  });

  const baby = seedId('demo', 'team', 'baby');
  const bso = seedId('demo', 'team', 'bso-ontdekkers');

  async function coverage(email: string, query = ''): Promise<View> {
    const response = await call(email, 'GET', `/api/organisation/coverage?pageSize=1000${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as View;
  }
  const rowOf = (view: View, teamId: string) => view.matrix.items.find((row) => row.teamId === teamId);
  const typeId = async (code: string) =>
    (await call(DEMO.hr, 'GET', `/api/certificate-types?code=${code}`)).body.items[0].id as string;

  it('lists one column per certificate type with a requirement, and one cell per team and type', async () => {
    const view = await coverage(DEMO.board);
    const [bhv, ehbo] = [await typeId('bhv'), await typeId('kinder-ehbo')];
    expect(view.certificateColumns).toEqual([
      { certificateTypeId: bhv, code: 'bhv', label: { nl: 'BHV', en: 'Emergency response (BHV)' } },
      {
        certificateTypeId: ehbo,
        code: 'kinder-ehbo',
        label: { nl: 'Kinder-EHBO', en: 'Paediatric first aid' },
      },
    ]);
    // The demo's person exemption from kinder-EHBO counts as a holder (rule 17): 3 of 2 today; the
    // certificate expiring in 30 days still leaves a projected gap.
    expect(rowOf(view, baby)?.certificateCells).toEqual({
      [ehbo]: expect.objectContaining({
        status: 'covered',
        supply: 3,
        required: 2,
        gap: 0,
        projectedGap: 1,
      }),
    });
    // The demo exempts the BSO from its BHV requirement while a course is arranged: exempt, no gap.
    expect(rowOf(view, bso)?.certificateCells).toEqual({
      [bhv]: expect.objectContaining({ status: 'exempt', supply: 0, required: 1, gap: 0, severity: 0 }),
    });
    // Every other team has no certificate requirement: no cell (the heatmap shows it empty).
    const others = view.matrix.items.filter((row) => row.teamId !== baby && row.teamId !== bso);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((row) => Object.keys(row.certificateCells).length === 0)).toBe(true);
    // The team's own coverage carries the same cells.
    const team = await call(DEMO.board, 'GET', `/api/teams/${baby}/coverage`);
    expect(team.body.certificateCells).toEqual(rowOf(view, baby)?.certificateCells);
  });

  it("narrows the columns to the selected site's teams", async () => {
    const [babySite, bsoSite] = await Promise.all(
      [baby, bso].map(
        async (id) => (await db.team.findFirstOrThrow({ where: { id }, select: { siteId: true } })).siteId,
      ),
    );
    const codes = async (siteId: string) =>
      (await coverage(DEMO.board, `&siteId=${siteId}`)).certificateColumns.map((column) => column.code);
    expect(await codes(babySite as string)).toEqual(
      babySite === bsoSite ? ['bhv', 'kinder-ehbo'] : ['kinder-ehbo'],
    );
    expect(await codes(bsoSite as string)).toEqual(babySite === bsoSite ? ['bhv', 'kinder-ehbo'] : ['bhv']);
    const elsewhere = await db.site.findFirst({
      where: {
        organisation: { slug: 'demo' },
        id: { notIn: [babySite, bsoSite].filter(Boolean) as string[] },
      },
    });
    if (elsewhere) expect(await codes(elsewhere.id)).toEqual([]);
  });

  it('shows an anonymised role (the trainer) the same cells: counts, never people', async () => {
    const board = await coverage(DEMO.board);
    const trainer = await coverage(DEMO.trainer);
    expect(trainer.certificateColumns).toEqual(board.certificateColumns);
    expect(rowOf(trainer, baby)?.certificateCells).toEqual(rowOf(board, baby)?.certificateCells);
    const cells = JSON.stringify(trainer.matrix.items.map((row) => row.certificateCells));
    expect(cells).not.toMatch(/employeeId|name/);
  });

  it('a heavier certificate gap is the biggest risk; exempting its requirements turns the cell exempt', async () => {
    const bhv = await typeId('bhv');
    const original = await db.teamRequirement.findFirstOrThrow({
      where: { teamId: bso, kind: 'certificate', certificateTypeId: bhv },
    });
    // End the demo's running BHV exemption first: the requirement's gap counts again.
    const seeded = await db.requirementExemption.findFirstOrThrow({
      where: { requirementId: original.id, endedAt: null },
    });
    expect((await call(DEMO.hr, 'POST', `/api/exemptions/${seeded.id}/end`)).status).toBe(200);
    const created = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId: bso,
      kind: 'certificate',
      certificateTypeId: bhv,
      count: 20,
    });
    expect(created.status).toBe(201);
    const heavy = await coverage(DEMO.board);
    // Two BHV requirements of one team: one cell, the worst requirement shown, the largest gap (not 21).
    expect(rowOf(heavy, bso)?.certificateCells[bhv]).toMatchObject({
      status: 'gap',
      required: 20,
      gap: 20,
      severity: 4 * 1 + 4 * 20,
    });
    expect(rowOf(heavy, bso)?.certificateCells[bhv]?.requirements).toHaveLength(2);
    expect(heavy.headline.biggestRisk).toMatchObject({
      teamId: bso,
      certificateTypeId: bhv,
      certificateLabel: { code: 'bhv', nl: 'BHV' },
      gap: 20,
    });
    expect(heavy.headline.biggestRisk?.area).toBeUndefined();

    const exempt = async (requirementId: string) => {
      const response = await call(DEMO.hr, 'POST', '/api/exemptions', {
        requirementId,
        reason: 'BHV-cursus gepland',
        endsOn: addDays(today(), 30),
      });
      expect(response.status).toBe(201);
    };
    await exempt(created.body.id);
    // The original requirement still has its gap: the cell shows it.
    expect(rowOf(await coverage(DEMO.board), bso)?.certificateCells[bhv]).toMatchObject({
      status: 'gap',
      required: 1,
      gap: 1,
    });
    await exempt(original.id);
    const exempted = await coverage(DEMO.board);
    expect(rowOf(exempted, bso)?.certificateCells[bhv]).toMatchObject({
      status: 'exempt',
      gap: 0,
      severity: 0,
    });
    expect(
      exempted.headline.biggestRisk?.certificateTypeId === bhv &&
        exempted.headline.biggestRisk.teamId === bso,
    ).toBe(false);
  });
});
