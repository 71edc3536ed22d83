import { AREA_IDS, type AreaId, type TAreaTotals } from '@teamspiegel/domain';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBoardReportPdf } from '../../src/services/export/board-report-pdf.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

/**
 * The board report as a PDF: a real PDF (A4), with the organisation's name, the date, the totals
 * and every heatmap team of GET /api/organisation/coverage; the heatmap is paginated by whole rows.
 */
let t: TestApp;

const auth = async (email: string) => ({ authorization: `Bearer ${await t.tokenFor(email)}` });
/** Text extraction breaks lines where the PDF wraps: compare with single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pagesOf(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => flat(page.text));
  } finally {
    await parser.destroy();
  }
}

type View = {
  matrix: { items: Array<{ teamName: string; siteName: string | null }>; total: number };
  totals: { overall: Record<string, number> };
  ranking: unknown[];
  dataVersion: number;
};

async function download(email: string, query = '') {
  return t.app.inject({ method: 'GET', url: `/api/reports/board.pdf${query}`, headers: await auth(email) });
}

beforeAll(async () => {
  t = await buildTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/reports/board.pdf', () => {
  it('is an A4 PDF with the organisation, the date, the totals and every heatmap team', async () => {
    const response = await download(DEMO.board);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="teamspiegel-bestuursrapportage-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 landscape: 841.89 × 595.28 pt on every page.
    const boxes = pdf.toString('latin1').match(/\/MediaBox \[[^\]]+\]/g) ?? [];
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const box of boxes) expect(box).toBe('/MediaBox [0 0 841.89 595.28]');

    const organisation = await t.app.systemDb.organisation.findFirstOrThrow({
      where: { members: { some: { user: { email: DEMO.board } } } },
      select: { name: true },
    });
    const pages = await pagesOf(pdf);
    const all = pages.join(' ');
    expect(all).toContain(organisation.name);
    expect(pages[0]).toContain('Bestuursrapportage teamdekking');
    expect(pages[0]).toMatch(/Stand van \d{1,2} \p{L}+ \d{4}/u);

    const view = (
      await t
        .request()
        .get('/api/organisation/coverage?pageSize=1000&rankingLimit=10')
        .set(await auth(DEMO.board))
    ).body as View;
    // The totals as the API computes them, on the summary page.
    const overall = view.totals.overall;
    expect(pages[0]).toContain(`Hiaten ${overall.gaps}`);
    expect(pages[0]).toContain(`Tekort (mensen) ${overall.totalGap}`);
    expect(pages[0]).toContain(`Eisen ${overall.requirements}`);

    // Every heatmap team, on the heatmap pages, exactly once (rows are never split or repeated).
    const heatmapPages = pages.filter((page) => page.includes('Dekking per team en gebied'));
    expect(heatmapPages.length).toBeGreaterThanOrEqual(1);
    expect(view.matrix.items.length).toBe(view.matrix.total);
    for (const row of view.matrix.items) {
      const name = flat(row.teamName);
      const hits = heatmapPages.filter((page) => page.includes(name)).length;
      expect(hits, `${row.teamName} on exactly one heatmap page`).toBe(1);
    }
    // Sections start on their own pages.
    expect(pages.findIndex((page) => page.includes('Totalen per gebied en locatie'))).toBeGreaterThan(
      pages.indexOf(heatmapPages.at(-1) as string),
    );
    const gapsPage = pages.findIndex((page) => /De \d+ grootste hiaten/.test(page));
    expect(gapsPage).toBeGreaterThan(0);

    // Wet IKK coach hours (rule 15) on the last page, the figures as the API computes them, Dutch style.
    const ikk = (
      await t
        .request()
        .get('/api/compliance/ikk-coach-hours')
        .set(await auth(DEMO.board))
    ).body as {
      organisation: {
        requiredHours: number;
        assignedHours: number;
        shortfallHours: number;
        covered: boolean;
      };
    };
    // The sites' certificate requirements (rule 18) on their own page after the gaps, as the API counts them.
    const sitePage = pages.findIndex((page) => page.includes('Certificaateisen per locatie'));
    expect(sitePage).toBeGreaterThan(gapsPage);
    const sites = (
      await t
        .request()
        .get('/api/organisation/coverage?pageSize=1&rankingLimit=1')
        .set(await auth(DEMO.board))
    ).body as {
      siteRequirements: Array<{
        siteName: string;
        requirements: Array<{ count: number; headcount: number; certificateLabel: { nl: string } | null }>;
      }>;
    };
    expect(sites.siteRequirements.length).toBeGreaterThan(0);
    for (const site of sites.siteRequirements) {
      expect(pages[sitePage]).toContain(flat(site.siteName));
      for (const requirement of site.requirements) {
        expect(pages[sitePage]).toContain(`${requirement.headcount}/${requirement.count}`);
        expect(pages[sitePage]).toContain(requirement.certificateLabel?.nl ?? '');
      }
    }
    const dutch = (value: number) =>
      new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(value);
    const last = pages.at(-1) as string;
    expect(pages.length - 1).toBeGreaterThan(sitePage);
    expect(last).toContain('Uren pedagogisch beleidsmedewerker / coach (Wet IKK)');
    expect(last).toContain(
      `${dutch(ikk.organisation.assignedHours)} van ${dutch(ikk.organisation.requiredHours)} uur`,
    );
    if (!ikk.organisation.covered)
      expect(last).toContain(`Tekort: ${dutch(ikk.organisation.shortfallHours)} uur`);
    expect(last).toContain('Besluit kwaliteit kinderopvang');
  });

  it('in English on request; another tenant sees only its own teams', async () => {
    const english = await pagesOf((await download(DEMO.hr, '?locale=en')).rawPayload);
    expect(english[0]).toContain('Board report: team coverage');

    const demoTeams = await t.app.systemDb.team.findMany({
      where: { organisation: { members: { some: { user: { email: DEMO.board } } } }, archivedAt: null },
      select: { name: true },
    });
    const zonResponse = await download(ZON.board);
    expect(zonResponse.statusCode).toBe(200);
    const zonText = (await pagesOf(zonResponse.rawPayload)).join(' ');
    const zonTeams = await t.app.systemDb.team.findMany({
      where: { organisation: { slug: 'kinderopvang-zon' }, archivedAt: null },
      select: { name: true },
    });
    for (const team of zonTeams) expect(zonText).toContain(flat(team.name));
    const foreign = demoTeams.filter(
      (team) => !zonTeams.some((own) => own.name === team.name) && zonText.includes(flat(team.name)),
    );
    expect(foreign).toEqual([]);
  });

  it('refuses roles without the report right (403 problem)', async () => {
    for (const email of [DEMO.manager, DEMO.trainer, DEMO.employee]) {
      const response = await download(email);
      expect(response.statusCode, email).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('renderBoardReportPdf', () => {
  it('paginates a long heatmap by whole rows and repeats the header on every page', async () => {
    const cell = {
      minLevel: 'ervaren' as const,
      required: 2,
      supply: 1,
      gap: 1,
      projectedGap: 1,
      status: 'gap' as const,
      severity: 3,
      tiers: [],
    };
    const none = {
      ...cell,
      minLevel: null,
      required: 0,
      supply: 0,
      gap: 0,
      projectedGap: 0,
      status: 'none' as const,
      severity: 0,
    };
    const summary = {
      requirements: 1,
      covered: 0,
      noMargin: 0,
      singlePoints: 0,
      gaps: 1,
      totalGap: 1,
      projectedTotalGap: 1,
    };
    const items = Array.from({ length: 60 }, (_, index) => ({
      teamId: `t${index}`,
      teamName: `Groep ${String(index + 1).padStart(2, '0')}`,
      siteId: 's1',
      siteName: 'Locatie Noord',
      cells: {
        didactiek: cell,
        pedagogiek: none,
        gezondheid: cell,
        verzorging: none,
        psychologie_orthopedagogiek: none,
        onderzoek_innovatie: none,
        professionele_versterking: none,
        organisatie_samenwerking: none,
      },
      certificateCells: {},
      summary,
      severity: 6,
    }));
    const pdf = await renderBoardReportPdf({
      organisationName: 'Stichting Proef',
      locale: 'nl',
      at: new Date('2026-12-06T12:00:00Z'),
      view: {
        dataVersion: 1,
        siteId: null,
        sites: [{ id: 's1', name: 'Locatie Noord', teamCount: 60 }],
        certificateColumns: [],
        matrix: { items, page: 1, pageSize: 60, total: 60 },
        ranking: [],
        siteRequirements: [],
        pending: { changes: 0, included: false },
        headline: { teams: 60, teamsWithGap: 60, biggestRisk: null },
        change: null,
        totals: {
          overall: summary,
          byArea: Object.fromEntries(
            AREA_IDS.map((area) => [
              area,
              {
                teams: 60,
                requirements: 60,
                covered: 0,
                noMargin: 0,
                singlePoints: 0,
                gaps: 60,
                required: 120,
                totalGap: 60,
                projectedTotalGap: 60,
                teamsWithGap: 60,
              },
            ]),
          ) as Record<AreaId, TAreaTotals>,
          bySite: [],
        },
      },
    });
    const pages = await pagesOf(pdf);
    const heatmapPages = pages.filter((page) => page.includes('Dekking per team en gebied'));
    expect(heatmapPages.length).toBeGreaterThan(1);
    expect(heatmapPages.slice(1).every((page) => page.includes('(vervolg)'))).toBe(true);
    for (const page of heatmapPages) {
      // The header row (Team + the 8 areas) starts every heatmap page.
      expect(page).toMatch(/Team \(Vak\)didactiek Pedagogiek Gezondheid Verzorging/);
    }
    // Each row whole on one page: its name and both of its lines (status, figures) together.
    for (const item of items) {
      const holding = heatmapPages.filter((page) => page.includes(item.teamName));
      expect(holding, item.teamName).toHaveLength(1);
    }
    const perPage = heatmapPages.map((page) => (page.match(/Groep \d\d/g) ?? []).length);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(60);
    expect(pages[0]).toContain('Stichting Proef');
    expect(pages[0]).toContain('Stand van 6 december 2026');
    expect(pages[0]).toContain('60 van 60 teams hebben een tekort.');
    expect(pages.at(-1)).toContain('pagina');
  });
});

describe('GET /api/teams/:id/report.pdf', () => {
  it("is an A4 PDF with the team's figures and requirements, counts only; 404 outside the caller's teams", async () => {
    const coverage = (
      await t
        .request()
        .get('/api/organisation/coverage?pageSize=1&sort=severity')
        .set(await auth(DEMO.hr))
    ).body as { matrix: { items: Array<{ teamId: string; teamName: string }> } };
    const teamId = coverage.matrix.items[0]?.teamId as string;
    const team = (
      await t
        .request()
        .get(`/api/teams/${teamId}/coverage`)
        .set(await auth(DEMO.hr))
    ).body as {
      team: { name: string };
      summary: { gaps: number; totalGap: number; requirements: number };
      requirements: Array<{ suppliers: Array<{ name: string | null }> }>;
    };
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/teams/${teamId}/report.pdf`,
      headers: await auth(DEMO.hr),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /filename="teamspiegel-teamrapport-[a-z0-9-]+\.pdf"/,
    );
    const pages = await pagesOf(response.rawPayload);
    expect(pages[0]).toContain(`Teamrapport ${flat(team.team.name)}`);
    expect(pages[0]).toContain(`Hiaten ${team.summary.gaps}`);
    expect(pages[0]).toContain(`Tekort (mensen) ${team.summary.totalGap}`);
    expect(pages.some((page) => page.includes('Eisen van het team'))).toBe(true);
    // No names: none of the suppliers' names is in the file.
    const names = team.requirements.flatMap((rc) => rc.suppliers.map((s) => s.name)).filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(pages.join(' ')).not.toContain(name as string);

    // A manager outside the team's scope, or another tenant: not found.
    const zon = await t.app.inject({
      method: 'GET',
      url: `/api/teams/${teamId}/report.pdf`,
      headers: await auth(ZON.hr),
    });
    expect(zon.statusCode).toBe(404);
    expect(zon.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
