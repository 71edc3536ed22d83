import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { coverageStatusLabel } from '@teamspiegel/domain';
import type { OrganisationCoverage, Status } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, saveScreenshot, signInAs } from './support';

type Headline = {
  teams: number;
  teamsWithGap: number;
  /** An area cell names its area; a certificate cell (rule 10) its certificate type and label. */
  biggestRisk: {
    teamId: string;
    teamName: string;
    area?: string;
    certificateLabel?: { nl: string } | null;
  } | null;
};

/** Fails when a box is not entirely inside the first viewport (no scrolling). */
async function expectInFirstViewport(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${what} is rendered`).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.x, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends left of the viewport's edge`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${what} ends above the fold`).toBeLessThanOrEqual(viewport.height);
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

test.describe('organisation overview (/overzicht)', () => {
  test('the heatmap shows the seeded gaps, cell for cell as the API computes them', async ({ page }) => {
    await signInAs(page, 'board');
    await page.goto('/overzicht');
    await expectRealPage(page);
    const heatmap = page.getByTestId('heatmap');
    await expect(heatmap).toBeVisible();
    await expect(heatmap.locator('td[data-status="gap"]').first()).toBeVisible();

    const coverage = await apiGet<OrganisationCoverage>(
      LOGINS.board,
      '/api/organisation/coverage?pageSize=1000',
    );
    const byTeam = new Map(coverage.matrix.items.map((row) => [row.teamId, row]));
    const expected = (statuses: Array<[string, Status]>) =>
      statuses.reduce<Record<string, number>>((counts, [, status]) => {
        counts[status] = (counts[status] ?? 0) + 1;
        return counts;
      }, {});

    // Every rendered row: its cells carry the API's status per area.
    const rows = heatmap.locator('tbody tr:has(td[data-status])');
    const rowCount = await rows.count();
    expect(rowCount).toBeGreaterThan(0);
    const rendered: Array<[string, Status]> = [];
    const fromApi: Array<[string, Status]> = [];
    for (let index = 0; index < rowCount; index += 1) {
      const row = rows.nth(index);
      const href = await row.locator('th a').first().getAttribute('href');
      const teamId = href?.match(/\/teams\/([^/?#]+)/)?.[1];
      expect(teamId, `row ${index} links to its team`).toBeTruthy();
      const apiRow = byTeam.get(teamId as string);
      expect(apiRow, `team ${teamId} is in the API's matrix`).toBeTruthy();
      const cells = row.locator('td[data-area]');
      await expect(cells).toHaveCount(8);
      for (let c = 0; c < 8; c += 1) {
        const cell = cells.nth(c);
        const area = (await cell.getAttribute('data-area')) as string;
        const status = (await cell.getAttribute('data-status')) as Status;
        rendered.push([`${teamId}/${area}`, status]);
        fromApi.push([`${teamId}/${area}`, apiRow?.cells[area]?.status ?? 'none']);
      }
      // Then one cell per certificate column (rule 10): the API's cell, or empty without a requirement.
      const certificateCells = row.locator('td[data-certificate]');
      await expect(certificateCells).toHaveCount(coverage.certificateColumns.length);
      for (const [c, column] of coverage.certificateColumns.entries()) {
        const cell = certificateCells.nth(c);
        await expect(cell).toHaveAttribute('data-certificate', column.certificateTypeId);
        const status = (await cell.getAttribute('data-status')) as Status;
        rendered.push([`${teamId}/${column.code}`, status]);
        fromApi.push([
          `${teamId}/${column.code}`,
          apiRow?.certificateCells[column.certificateTypeId]?.status ?? 'none',
        ]);
      }
    }
    expect(rendered).toEqual(fromApi);

    // The counts per status match the API; when every team fits on one page, for the whole organisation.
    const apiAll: Array<[string, Status]> = coverage.matrix.items.flatMap((row) => [
      ...Object.entries(row.cells).map(
        ([area, cell]) => [`${row.teamId}/${area}`, cell.status] as [string, Status],
      ),
      ...coverage.certificateColumns.map(
        (column) =>
          [
            `${row.teamId}/${column.code}`,
            row.certificateCells[column.certificateTypeId]?.status ?? 'none',
          ] as [string, Status],
      ),
    ]);
    if (rowCount === coverage.matrix.total) {
      expect(expected(rendered)).toEqual(expected(apiAll));
      expect(await heatmap.locator('td[data-status="gap"]').count()).toBe(
        apiAll.filter(([, status]) => status === 'gap').length,
      );
    } else {
      expect(expected(rendered)).toEqual(expected(fromApi));
    }
    await saveScreenshot(page, 'overzicht');
  });

  test('status is not told by colour alone: every cell link has a text name', async ({ page }) => {
    await signInAs(page, 'hr');
    await page.goto('/overzicht');
    const gapCell = page.getByTestId('heatmap').locator('td[data-status="gap"] a').first();
    // The accessible name says the status in words and still contains the visible numbers.
    await expect(gapCell).toHaveAccessibleName(/Hiaat.*\d+\/\d+/);
  });

  test('opens on the answer: headline and first gap cell in the first viewport at 1440×900', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs(page, 'board');
    await page.goto('/overzicht');
    await expectRealPage(page);
    // Read the top of the page as a board member would: no scrolling.
    await page.evaluate(() => window.scrollTo(0, 0));

    const api = await apiGet<OrganisationCoverage & { headline: Headline }>(
      LOGINS.board,
      '/api/organisation/coverage?pageSize=25&sort=severity',
    );
    const risk = api.headline.biggestRisk;
    expect(risk, 'the seed has a biggest risk').not.toBeNull();
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const headline = page.getByTestId('overview-headline');
    await expect(headline).toHaveText(
      new RegExp(
        `^${api.headline.teamsWithGap} van ${api.headline.teams} teams ${
          api.headline.teamsWithGap === 1 ? 'heeft' : 'hebben'
        } een tekort; grootste risico: ${
          risk?.area ? '\\p{L}[\\p{L}/ ]+' : literal(risk?.certificateLabel?.nl ?? '')
        } in ${literal(risk?.teamName ?? '')}\\.$`,
        'u',
      ),
    );
    await expect(page.getByTestId('overview-biggest-risk')).toHaveAttribute(
      'href',
      `/teams/${risk?.teamId}#${risk?.area ?? 'certificaten-kop'}`,
    );
    const firstGap = page.getByTestId('heatmap').locator('td[data-status="gap"]').first();
    await expectInFirstViewport(page, headline, 'the headline');
    await expectInFirstViewport(page, firstGap, 'the first gap cell');

    // The rows come most severe first, as the API sorted them.
    const firstRowLink = page.getByTestId('heatmap').locator('tbody tr th a').first();
    await expect(firstRowLink).toHaveAttribute('href', `/teams/${api.matrix.items[0]?.teamId}`);

    // KPI tiles in their status colours, with the change since last month from the API.
    const gapTile = page.getByTestId('tile-gaps');
    await expect(gapTile).toHaveAttribute('data-status', 'gap');
    await expect(gapTile).toContainText(String(api.totals.overall.gaps));
    await expect(gapTile.getByTestId('tile-change')).toHaveText(/(t\.o\.v\.|gelijk aan) eind \p{L}+/u);
    await expect(page.getByTestId('tile-covered')).toHaveAttribute('data-status', 'covered');
    await expect(page.getByTestId('legend')).toContainText('Hiaat');

    const top = await page.screenshot();
    await testInfo.attach('overzicht-1440-first-viewport', { body: top, contentType: 'image/png' });
    await saveScreenshot(page, 'overzicht-1440');
    await expectNoSeriousViolations(page);

    // Sorting by site brings back the site headers.
    await page.getByTestId('sort-site').click();
    await expect(page).toHaveURL(/volgorde=locatie/);
    await expect(page.getByTestId('heatmap').locator('th[scope="rowgroup"]').first()).toBeVisible();
    await expect(page.getByTestId('sort-site')).toHaveAttribute('aria-current', 'true');
  });

  test("certificate columns: the demo's kinder-EHBO and BHV cells after the areas, per site as the API computes them", async ({
    page,
  }) => {
    type CertificateView = {
      certificateColumns: Array<{ certificateTypeId: string; code: string; label: { nl: string } }>;
      matrix: {
        items: Array<{
          teamId: string;
          teamName: string;
          siteId: string;
          certificateCells: Record<string, { status: Status; supply: number; required: number; gap: number }>;
        }>;
      };
    };
    await signInAs(page, 'board');
    const all = await apiGet<CertificateView>(LOGINS.board, '/api/organisation/coverage?pageSize=1000');
    const column = (code: string) => all.certificateColumns.find((c) => c.code === code);
    const ehbo = column('kinder-ehbo');
    const bhv = column('bhv');
    expect(ehbo, 'the demo has a kinder-EHBO requirement').toBeTruthy();
    expect(bhv, 'the demo has a BHV requirement').toBeTruthy();
    // The seed: the baby group's two kinder-EHBO holders (one expiring in 30 days) plus a person
    // exempt from it (3/2 covered); the bso's only BHV holder's certificate expired 10 days ago, and
    // HR exempted the team from that requirement while a course is arranged (exempt, not a gap).
    const cases = [
      { column: ehbo, status: 'covered', figure: '3/2', gap: null },
      { column: bhv, status: 'exempt', figure: '0/1', gap: null },
    ] as const;
    for (const expected of cases) {
      const id = expected.column?.certificateTypeId as string;
      const team = all.matrix.items.find((row) => row.certificateCells[id]?.status === expected.status);
      expect(team, `a team with ${expected.column?.code} ${expected.status}`).toBeTruthy();
      if (!team) continue;
      // Through the site filter: its columns are the site's certificate types only.
      await page.goto(`/overzicht?locatie=${team.siteId}`);
      await expectRealPage(page);
      const site = await apiGet<CertificateView>(
        LOGINS.board,
        `/api/organisation/coverage?pageSize=1000&siteId=${team.siteId}`,
      );
      const heatmap = page.getByTestId('heatmap');
      await expect(page.getByTestId('heatmap-certificates')).toHaveText('Certificaten');
      await expect(heatmap.locator('th[data-certificate]')).toHaveText(
        site.certificateColumns.map((c) => c.label.nl),
      );
      const row = heatmap.locator(`tbody tr:has(th a[href="/teams/${team.teamId}"])`);
      // 8 area cells, then one per certificate column.
      await expect(row.locator('td[data-status]')).toHaveCount(8 + site.certificateColumns.length);
      const cell = row.locator(`td[data-certificate="${id}"]`);
      await expect(cell).toHaveAttribute('data-status', expected.status);
      await expect(cell.getByTestId('cell-figure')).toHaveText(expected.figure);
      if (expected.gap) await expect(cell).toContainText(expected.gap);
      await expect(cell.locator('a')).toHaveAccessibleName(
        new RegExp(
          `^${team.teamName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · ${expected.column?.label.nl}: ${coverageStatusLabel(expected.status, 'nl')}`,
        ),
      );
      await expect(cell.locator('a')).toHaveAttribute('href', `/teams/${team.teamId}#certificaten-kop`);
      await expect(page.getByTestId('legend-certificates')).toBeVisible();
    }
  });

  test('the overview at 390 px: no horizontal page scroll, headline first', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, 'board');
    await page.goto('/overzicht');
    await expectRealPage(page);
    await expectInFirstViewport(page, page.getByTestId('overview-headline'), 'the headline');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const shot = await page.screenshot({ fullPage: true });
    await testInfo.attach('overzicht-390', { body: shot, contentType: 'image/png' });
    await saveScreenshot(page, 'overzicht-390');
    await expectNoSeriousViolations(page);
  });
});
