import { AREA_IDS, AREAS, coverageStatusLabel, LEVELS } from '@teamspiegel/domain';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

/**
 * Coverage exports: both formats parse back and agree with the coverage endpoints; roles and
 * tenant isolation.
 */
let t: TestApp;
let board: string;

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function statusLabel(status: string): string {
  return coverageStatusLabel(status, 'nl');
}

async function download(url: string, token: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: auth(token) });
  return response;
}

async function sheets(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: (sheet.getSheetValues().slice(1) as unknown[][]).map((row) => (row ?? []).slice(1)),
  }));
}

type MatrixItem = {
  teamId: string;
  teamName: string;
  siteName: string | null;
  cells: Record<
    string,
    { status: string; minLevel: string | null; required: number; supply: number; gap: number }
  >;
  certificateCells: Record<string, { status: string; required: number; supply: number; gap: number }>;
  summary: { requirements: number; gaps: number; totalGap: number };
};
type CertificateColumn = { certificateTypeId: string; label: { nl: string; en: string } };

/**
 * Header positions of the matrix export: site, team, 5 per area (status, shown tier's level,
 * required, present, people missing), 4 per certificate column (status, required, present,
 * people missing; empty without a requirement), then the summary and team id.
 */
function expectRowMatches(row: unknown[], item: MatrixItem, certificates: CertificateColumn[]) {
  expect(row[0]).toBe(item.siteName ?? '');
  expect(row[1]).toBe(item.teamName);
  AREA_IDS.forEach((area, index) => {
    const cell = item.cells[area];
    const base = 2 + index * 5;
    expect(row[base]).toBe(statusLabel(cell?.status ?? 'none'));
    const level = LEVELS.find((l) => l.id === cell?.minLevel)?.label.nl;
    expect(row[base + 1] || null).toBe(level ?? null);
    expect(Number(row[base + 2])).toBe(cell?.required ?? 0);
    expect(Number(row[base + 3])).toBe(cell?.supply ?? 0);
    expect(Number(row[base + 4])).toBe(cell?.gap ?? 0);
  });
  certificates.forEach((column, index) => {
    const cell = item.certificateCells[column.certificateTypeId];
    const base = 2 + AREA_IDS.length * 5 + index * 4;
    expect(row[base]).toBe(statusLabel(cell?.status ?? 'none'));
    // Array.from: an XLSX row leaves empty cells as holes, which map() would skip.
    const figures = Array.from(row.slice(base + 1, base + 4), (value) =>
      value === '' || value == null ? null : Number(value),
    );
    expect(figures).toEqual(cell ? [cell.required, cell.supply, cell.gap] : [null, null, null]);
  });
  const tail = 2 + AREA_IDS.length * 5 + certificates.length * 4;
  expect(Number(row[tail])).toBe(item.summary.requirements);
  expect(Number(row[tail + 4])).toBe(item.summary.gaps);
  expect(Number(row[tail + 5])).toBe(item.summary.totalGap);
  expect(row[tail + 7]).toBe(item.teamId);
}

async function coverage(token: string, query = '') {
  const response = await t
    .request()
    .get(`/api/organisation/coverage?pageSize=1000&rankingLimit=500${query}`)
    .set(auth(token));
  expect(response.status).toBe(200);
  return response.body as {
    certificateColumns: CertificateColumn[];
    matrix: { items: MatrixItem[] };
    ranking: Array<{ teamId: string; gap: number; status: string }>;
    sites: Array<{ id: string; name: string }>;
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  board = await t.tokenFor(DEMO.board);
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/exports/organisation-coverage', () => {
  it('XLSX: the matrix, ranked gaps and totals match GET /api/organisation/coverage', async () => {
    const response = await download('/api/exports/organisation-coverage?format=xlsx', board);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="teamspiegel-dekking-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const [matrix, gaps, totals] = await sheets(response.rawPayload);
    expect([matrix?.name, gaps?.name, totals?.name]).toEqual(['Dekking', 'Hiaten', 'Totalen']);
    const view = await coverage(board);
    const header = matrix?.rows[0] ?? [];
    expect(header.slice(0, 3)).toEqual(['Locatie', 'Team', `${AREAS[0]?.label.nl}: status`]);
    // The demo's certificate requirements (BHV, kinder-EHBO) are columns after the areas.
    expect(view.certificateColumns.map((column) => column.label.nl)).toEqual(['BHV', 'Kinder-EHBO']);
    expect(header[2 + AREA_IDS.length * 5]).toBe('Certificaat BHV: status');
    expect(header[2 + AREA_IDS.length * 5 + 4]).toBe('Certificaat Kinder-EHBO: status');
    const body = matrix?.rows.slice(1) ?? [];
    expect(body).toHaveLength(view.matrix.items.length);
    view.matrix.items.forEach((item, index) => {
      expectRowMatches(body[index] ?? [], item, view.certificateColumns);
    });

    const ranked = gaps?.rows.slice(1) ?? [];
    expect(ranked).toHaveLength(view.ranking.length);
    expect(view.ranking.length).toBeGreaterThan(0);
    view.ranking.forEach((entry, index) => {
      const row = ranked[index] ?? [];
      expect(row[0]).toBe(index + 1);
      expect(row[8]).toBe(entry.gap);
      expect(row[10]).toBe(statusLabel(entry.status));
      // A site requirement (rule 18) has no team id: its cell is empty.
      expect(row[12] ?? null).toBe(entry.teamId);
    });
    expect(totals?.rows.length).toBeGreaterThan(AREA_IDS.length);
  });

  it('XLSX: a sheet of the sites’ certificate requirements (rule 18) as the coverage computed them', async () => {
    const response = await download('/api/exports/organisation-coverage?format=xlsx', board);
    expect(response.statusCode).toBe(200);
    const workbook = await sheets(response.rawPayload);
    const sheet = workbook.find((entry) => entry.name === 'Locatie-eisen');
    expect(workbook.map((entry) => entry.name)).toEqual(['Dekking', 'Hiaten', 'Totalen', 'Locatie-eisen']);
    const view = (await coverage(board)) as unknown as {
      siteRequirements: Array<{
        siteId: string;
        siteName: string;
        people: number;
        requirements: Array<{
          certificateLabel: { nl: string } | null;
          count: number;
          headcount: number;
          gap: number;
          status: string;
          projected: { headcount: number; gap: number; status: string };
          pipeline: number;
        }>;
      }>;
    };
    const lines = view.siteRequirements.flatMap((site) =>
      site.requirements.map((requirement) => ({ site, requirement })),
    );
    // The demo's IKC De Wilgenhoek needs three kinder-EHBO holders.
    expect(lines.length).toBeGreaterThan(0);
    expect(sheet?.rows[0]?.slice(0, 7)).toEqual([
      'Locatie',
      'Mensen op de locatie',
      'Certificaat',
      'Nodig',
      'Aanwezig',
      'Tekort (mensen)',
      'Status',
    ]);
    const rows = sheet?.rows.slice(1) ?? [];
    expect(rows).toHaveLength(lines.length);
    lines.forEach(({ site, requirement }, index) => {
      const row = rows[index] ?? [];
      expect(row.slice(0, 10)).toEqual([
        site.siteName,
        site.people,
        requirement.certificateLabel?.nl,
        requirement.count,
        requirement.headcount,
        requirement.gap,
        statusLabel(requirement.status),
        requirement.projected.headcount,
        requirement.projected.gap,
        statusLabel(requirement.projected.status),
      ]);
      expect(row[11]).toBe(requirement.pipeline);
      expect(row[14]).toBe(site.siteId);
    });
  });

  it('CSV: the matrix (default) and the gaps (part=gaps) parse back and match', async () => {
    const response = await download('/api/exports/organisation-coverage?format=csv', board);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /filename="teamspiegel-dekking-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const records = parseCsv(response.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    const view = await coverage(board);
    expect(records).toHaveLength(view.matrix.items.length + 1);
    view.matrix.items.forEach((item, index) => {
      expectRowMatches(records[index + 1] ?? [], item, view.certificateColumns);
    });

    const gapsResponse = await download('/api/exports/organisation-coverage?format=csv&part=gaps', board);
    const gaps = parseCsv(gapsResponse.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    expect(gaps).toHaveLength(view.ranking.length + 1);
    expect(gaps[1]?.[12]).toBe(view.ranking[0]?.teamId);
  });

  it('filters by site, in English on request; another tenant site → 404', async () => {
    const view = await coverage(board);
    const site = view.sites[0];
    if (!site) throw new Error('demo has sites');
    const response = await download(
      `/api/exports/organisation-coverage?format=csv&siteId=${site.id}&locale=en`,
      board,
    );
    expect(response.statusCode).toBe(200);
    const records = parseCsv(response.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    expect(records[0]?.[0]).toBe('Site');
    const siteView = await coverage(board, `&siteId=${site.id}`);
    expect(records).toHaveLength(siteView.matrix.items.length + 1);
    expect(records.slice(1).every((row) => row[0] === site.name)).toBe(true);

    const zonBoard = await t.tokenFor(ZON.board);
    const other = await download(`/api/exports/organisation-coverage?siteId=${site.id}`, zonBoard);
    expect(other.statusCode).toBe(404);
  });

  it('a manager exports only the teams they lead; trainer and employee get 403', async () => {
    const manager = await t.tokenFor(DEMO.manager);
    const response = await download('/api/exports/organisation-coverage?format=csv', manager);
    expect(response.statusCode).toBe(200);
    const records = parseCsv(response.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    const view = await coverage(manager);
    expect(records.slice(1).map((row) => row.at(-1))).toEqual(view.matrix.items.map((item) => item.teamId));
    expect(view.matrix.items.length).toBeLessThan((await coverage(board)).matrix.items.length);
    const hr = await download('/api/exports/organisation-coverage', await t.tokenFor(DEMO.hr));
    expect(hr.statusCode).toBe(200);
    for (const role of ['trainer', 'employee'] as const) {
      const refused = await download('/api/exports/organisation-coverage', await t.tokenFor(DEMO[role]));
      expect(refused.statusCode).toBe(403);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/exports/organisation-coverage' })).statusCode,
    ).toBe(401);
  });

  it('an invalid format is a 400 problem', async () => {
    const response = await download('/api/exports/organisation-coverage?format=pdf', board);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
  });
});

describe('GET /api/exports/teams/:id/coverage', () => {
  it('both formats list the requirements with supply, gap, status and pipeline as the team coverage does', async () => {
    const view = await coverage(board);
    const teamId = view.matrix.items[0]?.teamId ?? '';
    const teamView = (await t.request().get(`/api/teams/${teamId}/coverage`).set(auth(board))).body as {
      team: { name: string };
      requirements: Array<{
        requirement: { id: string; count: number };
        supply: { headcount: number };
        gap: number;
        status: string;
        pipeline: unknown[];
        projected: { gap: number };
      }>;
    };
    const xlsx = await download(`/api/exports/teams/${teamId}/coverage?format=xlsx`, board);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(
      /^attachment; filename="teamspiegel-team-.*-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const [sheet] = await sheets(xlsx.rawPayload);
    const csv = await download(`/api/exports/teams/${teamId}/coverage?format=csv`, board);
    expect(csv.statusCode).toBe(200);
    const records = parseCsv(csv.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    for (const rows of [sheet?.rows ?? [], records]) {
      expect(rows).toHaveLength(teamView.requirements.length + 1);
      teamView.requirements.forEach((coverageRow, index) => {
        const row = rows[index + 1] ?? [];
        expect(Number(row[3])).toBe(coverageRow.requirement.count);
        expect(Number(row[4])).toBe(coverageRow.supply.headcount);
        expect(Number(row[6])).toBe(coverageRow.gap);
        expect(row[7]).toBe(statusLabel(coverageRow.status));
        expect(Number(row[8])).toBe(coverageRow.pipeline.length);
        expect(Number(row[10])).toBe(coverageRow.projected.gap);
        expect(row[16]).toBe(coverageRow.requirement.id);
      });
    }
  });

  it("another tenant's team → 404; a manager's other team → 404; trainer → 403", async () => {
    const zon = await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } });
    const zonTeam = await t.app.systemDb.team.findFirstOrThrow({ where: { organisationId: zon.id } });
    const response = await download(`/api/exports/teams/${zonTeam.id}/coverage`, board);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');

    const manager = await t.tokenFor(DEMO.manager);
    const led = new Set((await coverage(manager)).matrix.items.map((item) => item.teamId));
    const notLed = (await coverage(board)).matrix.items.find((item) => !led.has(item.teamId));
    expect(notLed).toBeDefined();
    expect((await download(`/api/exports/teams/${notLed?.teamId}/coverage`, manager)).statusCode).toBe(404);
    const ledId = [...led][0];
    expect((await download(`/api/exports/teams/${ledId}/coverage?format=csv`, manager)).statusCode).toBe(200);
    const trainer = await t.tokenFor(DEMO.trainer);
    expect((await download(`/api/exports/teams/${ledId}/coverage`, trainer)).statusCode).toBe(403);
  });
});
