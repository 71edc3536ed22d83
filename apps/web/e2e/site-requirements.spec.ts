import { expect, test } from '@playwright/test';
import {
  apiGet,
  expectNoHorizontalScroll,
  expectNoSeriousViolations,
  expectRealPage,
  LOGINS,
  signInAs,
  uniqueTag,
} from './support';

/**
 * Rule 18: an HR adviser gives a site a certificate requirement on /beheer/locaties ("≥ 2
 * kinder-EHBO at this site"); the overview's "Locaties" table then shows it with the status the API
 * computed (a new site has nobody yet: a gap), and the site's entry in the ranking names no team.
 */

type SiteCoverage = {
  siteRequirements: Array<{ siteId: string; siteName: string; requirements: Array<{ status: string }> }>;
  ranking: Array<{ teamId: string | null; siteName: string | null }>;
};

test.describe('site certificate requirements', () => {
  test('HR adds a kinder-EHBO requirement to a site; the overview shows it with its status', async ({
    page,
  }) => {
    const siteName = `IKC Eisen ${uniqueTag()}`;
    await signInAs(page, 'hr');
    await page.goto('/beheer/locaties');
    await expectRealPage(page);
    await page.getByLabel('Naam').first().fill(siteName);
    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    await expect(page.getByTestId('admin-notice')).toHaveText(`Locatie ${siteName} is toegevoegd.`);

    const siteRow = page.getByTestId('site-row').filter({ hasText: siteName });
    const editor = siteRow.getByTestId('site-requirements-editor');
    await expect(editor).toContainText('Nog geen certificaateisen voor deze locatie.');
    await editor.getByRole('combobox', { name: /Certificaat/ }).selectOption({ label: 'Kinder-EHBO' });
    await editor.getByLabel('Aantal mensen').fill('2');
    await editor.getByLabel('Toelichting').fill('Kinderdagverblijf en BSO elk één');
    await editor.getByRole('button', { name: `Eis toevoegen aan ${siteName}` }).click();
    await expect(page.getByTestId('admin-notice')).toHaveText(
      `De certificaateis van ${siteName} is toegevoegd.`,
    );
    const line = page
      .getByTestId('site-row')
      .filter({ hasText: siteName })
      .getByTestId('site-requirement-line');
    await expect(line).toHaveCount(1);
    await expect(line).toContainText('Minimaal 2 met Kinder-EHBO');
    await expectNoSeriousViolations(page);

    // The API counts it: nobody works at the new site yet, so 0 of 2, a gap, ranked without a team.
    const coverage = await apiGet<SiteCoverage>(LOGINS.board, '/api/organisation/coverage?rankingLimit=500');
    const site = coverage.siteRequirements.find((entry) => entry.siteName === siteName);
    expect(site?.requirements.map((r) => r.status)).toEqual(['gap']);
    expect(coverage.ranking.filter((e) => e.siteName === siteName && e.teamId === null)).toHaveLength(1);

    // The board looks next: a fresh session.
    await page.context().clearCookies();
    await signInAs(page, 'board');
    await page.goto('/overzicht');
    await expectRealPage(page);
    const section = page.getByTestId('site-requirements');
    await expect(section.getByRole('heading', { name: 'Locaties: certificaateisen' })).toBeVisible();
    const row = section.getByTestId('site-requirement-row').filter({ hasText: siteName });
    await expect(row).toContainText('Kinder-EHBO');
    await expect(row).toContainText('0 van 2');
    await expect(row).toContainText('Hiaat');

    // On a phone the table scrolls in its own box, never the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
  });
});
