import { expect, test } from '@playwright/test';
import {
  apiGet,
  apiPost,
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
  siteRequirements: Array<{
    siteId: string;
    siteName: string;
    exempt: number;
    requirements: Array<{ status: string; pipeline: number }>;
  }>;
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

  // Rule 17 on rule 18: HR exempts a site's gap from its line on /beheer/locaties; it reads exempt.
  test('HR exempts a site from its kinder-EHBO gap; Locaties, the overview and Vrijstellingen show it exempt', async ({
    page,
  }) => {
    const tag = uniqueTag();
    const siteName = `IKC Vrijstelling ${tag}`;
    const send = async <T>(path: string, body: unknown) => apiPost<T>(LOGINS.hr, path, body);
    const site = await send<{ id: string }>('/api/sites', { name: siteName });
    const team = await send<{ id: string }>('/api/teams', { siteId: site.id, name: `Peuters ${tag}` });
    const person = await send<{ id: string }>('/api/employees', {
      firstName: 'Sanne',
      lastName: `Locatie ${tag}`,
      email: `sanne-${tag}@example.org`,
    });
    await send('/api/memberships', { teamId: team.id, employeeId: person.id, startDate: '2024-01-01' });
    const types = await apiGet<{ items: Array<{ id: string }> }>(
      LOGINS.hr,
      '/api/certificate-types?code=kinder-ehbo',
    );
    const ehbo = types.items[0];
    if (!ehbo) throw new Error('the catalogue has no kinder-EHBO');
    const requirement = await send<{ id: string }>('/api/site-requirements', {
      siteId: site.id,
      certificateTypeId: ehbo.id,
      count: 1,
    });

    await signInAs(page, 'hr');
    await page.goto('/beheer/locaties');
    await expectRealPage(page);
    const line = page
      .getByTestId('site-row')
      .filter({ hasText: siteName })
      .getByTestId('site-requirement-line');
    await expect(line.getByTestId('site-requirement-figures')).toContainText('Hiaat');
    const exempt = line.getByTestId(`exempt-${requirement.id}`);
    await exempt.locator('summary').click();
    // The whole site, or one person working there.
    await expect(exempt.getByLabel('Wie')).toHaveValue('');
    await expect(exempt.getByLabel('Wie').locator('option')).toContainText([
      'Heel de locatie',
      `Sanne Locatie ${tag}`,
    ]);
    const endsOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await exempt.getByLabel('Reden').fill('EHBO-cursus gepland in januari');
    await exempt.getByLabel('Vrijgesteld tot en met').fill(endsOn);
    await exempt.getByRole('button', { name: 'Vrijstelling vastleggen' }).click();
    await expect(line.getByTestId('exemption-note')).toBeVisible();
    await page.reload();
    await expect(line.getByTestId('site-requirement-figures')).toContainText('Vrijgesteld');
    await expect(line.getByTestId('exemption-note')).toContainText('Vrijgesteld t/m');
    await expect(line.getByTestId('exemption-note')).toContainText(
      'Zonder vrijstelling: Hiaat, 1 persoon te kort',
    );
    await expect(line.getByTestId(`exempt-${requirement.id}`)).toHaveCount(0);
    await expectNoSeriousViolations(page);

    // The API counts it exempt (not a gap, not ranked), and the site's exempt count is 1.
    const coverage = await apiGet<SiteCoverage>(LOGINS.board, '/api/organisation/coverage?rankingLimit=500');
    const figures = coverage.siteRequirements.find((entry) => entry.siteName === siteName);
    expect(figures?.requirements.map((r) => r.status)).toEqual(['exempt']);
    expect(figures?.exempt).toBe(1);
    expect(coverage.ranking.filter((e) => e.siteName === siteName)).toEqual([]);

    // The overview's Locaties table shows it exempt, with its last day.
    await page.goto('/overzicht');
    const row = page
      .getByTestId('site-requirements')
      .getByTestId('site-requirement-row')
      .filter({ hasText: siteName });
    await expect(row).toContainText('Vrijgesteld');
    await expect(row.getByTestId('site-exempt-until')).toContainText('Vrijgesteld t/m');

    // The admin list names the site instead of a team.
    await page.goto('/beheer/vrijstellingen');
    const listed = page.getByTestId('exemptions-table').getByRole('row').filter({ hasText: siteName });
    await expect(listed).toContainText(`${siteName} (locatie)`);
    await expect(listed).toContainText('Heel de locatie');
    await expect(listed).toContainText('Loopt');
  });

  // Rule 18 in the plan: HR plans a course for someone working at the site from the site's gap on
  // /ontwikkelplan; the site requirement's projection then counts her in the pipeline.
  test('HR plans a kinder-EHBO course from a site gap; the projection counts her as pipeline', async ({
    page,
  }) => {
    const tag = uniqueTag();
    const post = async <T>(path: string, body: unknown) => apiPost<T>(LOGINS.hr, path, body);
    const site = await post<{ id: string }>('/api/sites', { name: `IKC Plan ${tag}` });
    const team = await post<{ id: string }>('/api/teams', { siteId: site.id, name: `Kleuters ${tag}` });
    const person = await post<{ id: string }>('/api/employees', {
      firstName: 'Lotte',
      lastName: `Plan ${tag}`,
      email: `lotte-${tag}@example.org`,
    });
    await post('/api/memberships', { teamId: team.id, employeeId: person.id, startDate: '2024-01-01' });
    const types = await apiGet<{ items: Array<{ id: string }> }>(
      LOGINS.hr,
      '/api/certificate-types?code=kinder-ehbo',
    );
    const ehbo = types.items[0];
    if (!ehbo) throw new Error('the catalogue has no kinder-EHBO');
    await post('/api/site-requirements', { siteId: site.id, certificateTypeId: ehbo.id, count: 1 });
    const line = async () =>
      (
        await apiGet<SiteCoverage>(LOGINS.hr, `/api/organisation/coverage?siteId=${site.id}`)
      ).siteRequirements.find((entry) => entry.siteId === site.id)?.requirements[0];
    expect(await line()).toMatchObject({ status: 'gap', pipeline: 0 });

    await signInAs(page, 'hr');
    await page.goto(`/ontwikkelplan?locatie=${site.id}`);
    await expectRealPage(page);
    const form = page.getByTestId('site-gap-plan');
    await expect(form).toHaveCount(1);
    await form.getByLabel('Cursus voor').selectOption({ label: `Lotte Plan ${tag} (geen certificaat)` });
    await form.getByRole('button', { name: /Plan cursus/ }).click();
    await expect(form.getByTestId('plan-confirmation')).toContainText(`Lotte Plan ${tag}`);
    await expectNoSeriousViolations(page);

    // Still a gap today; the course puts her in the pipeline of the site's projection.
    expect(await line()).toMatchObject({ status: 'gap', pipeline: 1 });
  });
});
