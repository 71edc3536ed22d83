import { expect, type Locator, type Page, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import { apiGet, LOGINS, signInAs } from './support';

/**
 * The import builds structure (Dutch UI): HR uploads a file with a new site, two new teams and ten
 * people in /importeren, previews it, imports it, and finds the new teams in /teams. The same file
 * imported a second time changes nothing.
 */
type Team = { id: string; name: string; site: { id: string; name: string }; memberCount: number };

const runTag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

function structureCsv(tag: string): string {
  const header =
    'e-mail;voornaam;achternaam;locatie;team;fte in team;teamsoort;startdatum in team;Pedagogiek';
  const lines = [header];
  for (let i = 1; i <= 10; i += 1) {
    const both = i % 5 === 0;
    lines.push(
      [
        `e2e.structuur.${tag}.${i}@voorbeeld.nl`,
        `Structuur${tag}`,
        `Persoon ${i}`,
        `IKC ${tag}`,
        both ? `Peuters ${tag} | BSO ${tag}` : i % 2 === 0 ? `Peuters ${tag}` : `BSO ${tag}`,
        both ? '0,5 | 0,3' : '0,8',
        both ? 'peutergroep | BSO' : i % 2 === 0 ? 'peutergroep' : 'BSO',
        '2026-01-05',
        'Starter',
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const figure = (page: Page, scope: Locator, label: string) =>
  scope
    .locator('dl > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

async function uploadAndCheck(page: Page, tag: string) {
  await page.goto('/importeren');
  await expect(page.getByRole('heading', { level: 1, name: 'Importeren' })).toBeVisible();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: `structuur-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(structureCsv(tag), 'utf8'),
  });
  await page.getByRole('button', { name: 'Controleren' }).click();
  const preview = page.locator('section[aria-labelledby="import-preview"]');
  await expect(preview.getByText('10 regels gelezen (CSV).')).toBeVisible();
  await expect(preview.getByText('Geen fouten gevonden. Je kunt importeren.')).toBeVisible();
  return preview;
}

async function importAndWait(page: Page, preview: Locator) {
  await preview.getByRole('button', { name: 'Importeren', exact: true }).click();
  const report = page.locator('section[aria-labelledby="import-job"]').getByRole('status');
  await expect(report.getByText(/^✓ Klaar: 10 regels geïmporteerd in [\d.]+ s\.$/)).toBeVisible({
    timeout: 60_000,
  });
  return report;
}

async function teamsOfSite(tag: string): Promise<Team[]> {
  const teams = await apiGet<ApiPage<Team>>(
    LOGINS.hr,
    `/api/teams?pageSize=200&q=${encodeURIComponent(tag)}`,
  );
  return teams.items.filter((team) => team.site.name === `IKC ${tag}`);
}

test('import builds a site with two teams and ten people; the same file again changes nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'hr');
  const tag = runTag();

  // The page explains the structure columns.
  await page.goto('/importeren');
  await page.getByText('Locaties en teams opbouwen').click();
  await expect(page.getByText(/^teamsoort \(team kind\):/)).toBeVisible();

  const preview = await uploadAndCheck(page, tag);
  await expect(figure(page, preview, 'Nieuwe medewerkers')).toHaveText('10');
  await expect(figure(page, preview, 'Nieuwe locaties')).toHaveText('1');
  await expect(figure(page, preview, 'Nieuwe teams')).toHaveText('2');
  await expect(figure(page, preview, 'Nieuwe teamlidmaatschappen')).toHaveText('12');
  expect(await teamsOfSite(tag)).toEqual([]); // the preview wrote nothing

  const report = await importAndWait(page, preview);
  await expect(figure(page, report, 'Aangemaakt')).toHaveText('10');
  await expect(figure(page, report, 'Locaties aangemaakt')).toHaveText('1');
  await expect(figure(page, report, 'Teams aangemaakt')).toHaveText('2');

  // The new teams are in /teams.
  await page.goto(`/teams?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole('link', { name: `Peuters ${tag}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `BSO ${tag}` })).toBeVisible();
  const teams = await teamsOfSite(tag);
  expect(teams.map((team) => [team.name, team.memberCount]).sort()).toEqual([
    [`BSO ${tag}`, 6],
    [`Peuters ${tag}`, 6],
  ]);

  // Importing the same file again: the preview announces nothing, the job changes nothing.
  const again = await uploadAndCheck(page, tag);
  for (const label of [
    'Nieuwe medewerkers',
    'Nieuwe locaties',
    'Nieuwe teams',
    'Nieuwe teamlidmaatschappen',
  ]) {
    await expect(figure(page, again, label)).toHaveText('0');
  }
  const secondReport = await importAndWait(page, again);
  await expect(figure(page, secondReport, 'Teams aangemaakt')).toHaveText('0');
  expect((await teamsOfSite(tag)).map((team) => [team.name, team.memberCount]).sort()).toEqual([
    [`BSO ${tag}`, 6],
    [`Peuters ${tag}`, 6],
  ]);
});
