import { expect, test } from '@playwright/test';
import type { OrganisationCoverage as Coverage } from './coverage-types';
import {
  apiGet,
  expectNoSeriousViolations,
  expectRealPage,
  LOGINS,
  saveScreenshot,
  signInAs,
} from './support';

/**
 * Issue 12, sites and teams: an HR adviser builds structure in the browser. A new site, a team in it
 * with a template, the team in the heatmap with the status the template implies (nobody in it yet:
 * every required area is a gap), then archived — and gone from the heatmap.
 */

const suffix = () => Math.random().toString(36).slice(2, 7);

type Page_<T> = { items: T[] };
type Site = { id: string; name: string; teamCount: number };

test.describe('admin: sites and teams', () => {
  test('HR creates a site and a team with a template, sees it in the heatmap, archives it', async ({
    page,
  }) => {
    const siteName = `IKC E2E ${suffix()}`;
    const teamName = `Bso E2E ${suffix()}`;
    await signInAs(page, 'hr');

    // The menu leads to the admin area, which links to the sites.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await expect(page).toHaveURL(/\/beheer$/);
    await expectRealPage(page);
    await page.getByRole('link', { name: /Locaties/ }).click();
    await expect(page).toHaveURL(/\/beheer\/locaties$/);

    // Create the site; a second click with the same name is refused at the name field.
    await page.getByLabel('Naam').first().fill(siteName);
    await page.getByLabel('Plaats').first().fill('Zwolle');
    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    await expect(page.getByTestId('admin-notice')).toHaveText(`Locatie ${siteName} is toegevoegd.`);
    const siteRow = page.getByTestId('site-row').filter({ hasText: siteName });
    await expect(siteRow).toContainText('Teams:0');
    await page.getByLabel('Naam').first().fill(siteName);
    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    await expect(page.locator('#site-new-name-error')).toHaveText(/al in gebruik/);
    await expect(page.locator('#site-new-name')).toHaveAttribute('aria-invalid', 'true');
    const sites = await apiGet<Page_<Site>>(LOGINS.hr, `/api/sites?q=${encodeURIComponent(siteName)}`);
    expect(sites.items).toHaveLength(1);
    const siteId = sites.items[0]?.id as string;

    // A team in it, with the bso template.
    await page.goto('/beheer/teams');
    await expectRealPage(page);
    const create = page.locator('form').filter({ has: page.locator('#team-new-name') });
    await create.getByLabel('Naam').fill(teamName);
    await create.getByLabel('Locatie').selectOption({ label: siteName });
    await create.getByLabel('Soort team').selectOption('bso');
    await create.getByLabel('Teameisen uit sjabloon').selectOption('bso');
    await create.getByRole('button', { name: 'Team toevoegen' }).click();
    await expect(page.getByTestId('admin-notice')).toHaveText(
      `Team ${teamName} is toegevoegd, met de eisen uit het sjabloon.`,
    );

    // The heatmap shows it; nobody is in it yet, so every area the template requires is a gap.
    const coverage = await apiGet<Coverage>(LOGINS.hr, `/api/organisation/coverage?siteId=${siteId}`);
    const apiRow = coverage.matrix.items.find((row) => row.teamName === teamName);
    expect(apiRow, 'the API counts the new team').toBeTruthy();
    await page.goto(`/overzicht?locatie=${siteId}`);
    const heatmapRow = page
      .getByTestId('heatmap')
      .locator('tr')
      .filter({ has: page.getByRole('link', { name: teamName }) });
    await expect(heatmapRow).toHaveCount(1);
    for (const area of ['pedagogiek', 'gezondheid', 'organisatie_samenwerking']) {
      await expect(heatmapRow.locator(`td[data-area="${area}"]`)).toHaveAttribute('data-status', 'gap');
    }
    for (const [area, cell] of Object.entries(apiRow?.cells ?? {})) {
      await expect(heatmapRow.locator(`td[data-area="${area}"]`)).toHaveAttribute('data-status', cell.status);
    }
    await saveScreenshot(page, 'admin-new-team-heatmap');

    // Archive it (after a confirmation): it leaves the heatmap.
    await page.goto(`/beheer/teams?locatie=${siteId}`);
    await page.getByRole('button', { name: `${teamName} archiveren` }).click();
    await page.getByTestId('team-archive-confirm').click();
    await expect(page.getByTestId('admin-notice')).toHaveText(`Team ${teamName} is gearchiveerd.`);
    await page.goto(`/overzicht?locatie=${siteId}`);
    await expectRealPage(page);
    await expect(page.getByRole('link', { name: teamName })).toHaveCount(0);
    const after = await apiGet<Coverage>(LOGINS.hr, `/api/organisation/coverage?siteId=${siteId}`);
    expect(after.matrix.items.map((row) => row.teamName)).not.toContain(teamName);

    // The empty site can now be archived too.
    await page.goto('/beheer/locaties');
    await page.getByRole('button', { name: `${siteName} archiveren` }).click();
    await page.getByTestId('site-archive-confirm').click();
    await expect(page.getByTestId('admin-notice')).toHaveText(`Locatie ${siteName} is gearchiveerd.`);
    await expect(page.getByTestId('site-row').filter({ hasText: siteName })).toHaveCount(0);
  });

  for (const path of ['/beheer', '/beheer/locaties', '/beheer/teams']) {
    test(`${path}: axe clean and no horizontal scroll at 390 px`, async ({ page }) => {
      await signInAs(page, 'hr');
      await page.goto(path);
      await expectRealPage(page);
      await expectNoSeriousViolations(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await expectRealPage(page);
      // Open the first edit panel too: its fields must fit as well.
      const edit = page.locator('details summary').first();
      if ((await edit.count()) > 0) await edit.click();
      await saveScreenshot(page, `admin-390${path.replaceAll('/', '-')}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await expectNoSeriousViolations(page);
    });
  }

  test('the admin area is not offered to an employee', async ({ page }) => {
    await signInAs(page, 'employee');
    await expect(
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }),
    ).toHaveCount(0);
    const response = await page.goto('/beheer/locaties');
    expect(response?.status()).toBe(403);
  });
});
