import { expect, test } from '@playwright/test';
import type { OrganisationCoverage, Status } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, saveScreenshot, signInAs } from './support';

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
      const cells = row.locator('td[data-status]');
      await expect(cells).toHaveCount(8);
      for (let c = 0; c < 8; c += 1) {
        const cell = cells.nth(c);
        const area = (await cell.getAttribute('data-area')) as string;
        const status = (await cell.getAttribute('data-status')) as Status;
        rendered.push([`${teamId}/${area}`, status]);
        fromApi.push([`${teamId}/${area}`, apiRow?.cells[area]?.status ?? 'none']);
      }
    }
    expect(rendered).toEqual(fromApi);

    // The counts per status match the API; when every team fits on one page, for the whole organisation.
    const apiAll: Array<[string, Status]> = coverage.matrix.items.flatMap((row) =>
      Object.entries(row.cells).map(
        ([area, cell]) => [`${row.teamId}/${area}`, cell.status] as [string, Status],
      ),
    );
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
});
