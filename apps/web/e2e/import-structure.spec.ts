import { expect, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import {
  apiGet,
  importFigure as figure,
  importAndWait,
  LOGINS,
  signInAs,
  uniqueTag,
  uploadAndCheck,
} from './support';

/**
 * The import builds structure (Dutch UI): HR uploads a file with a new site, two new teams and ten
 * people in /importeren, previews it, imports it, and finds the new teams in /teams. The same file
 * imported a second time changes nothing.
 */
type Team = { id: string; name: string; site: { id: string; name: string }; memberCount: number };

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
  const tag = uniqueTag();

  // The page explains the structure columns.
  await page.goto('/importeren');
  await page.getByText('Locaties en teams opbouwen').click();
  await expect(page.getByText(/^teamsoort \(team kind\):/)).toBeVisible();
  // And the certificates sheet.
  await page.getByText('Certificaten importeren').click();
  await expect(page.getByText(/^certificaatcode: de code uit de certificatencatalogus/)).toBeVisible();

  const preview = await uploadAndCheck(page, tag);
  await expect(figure(page, preview, 'Nieuwe medewerkers')).toHaveText('10');
  await expect(figure(page, preview, 'Nieuwe locaties')).toHaveText('1');
  await expect(figure(page, preview, 'Nieuwe teams')).toHaveText('2');
  await expect(figure(page, preview, 'Nieuwe teamlidmaatschappen')).toHaveText('12');
  await expect(figure(page, preview, 'Nieuwe certificaten')).toHaveText('0');
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
