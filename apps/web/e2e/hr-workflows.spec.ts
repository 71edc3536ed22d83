import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import { apiGet, apiToken, apiUrl, expectRealPage, LOGINS, saveScreenshot, signInAs } from './support';

/**
 * HR workflows in the real browser (Dutch UI): import (template → preview → job → report),
 * a rejected import, accepting a development suggestion, the organisation export, the board
 * report and trend, and the privacy export/erasure of a leaver. Each test uses its own people.
 */

type Team = { id: string; name: string; site: { id: string; name: string } };
type Employee = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  active: boolean;
  version: number;
};
type Action = { id: string; teamId: string | null; area: string | null; status: string; title: string };

/** POST/PATCH to the API directly as HR; returns the response (status, ETag, body). */
async function apiSend(method: 'POST' | 'PATCH', pathAndQuery: string, body: unknown, ifMatch?: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${await apiToken(LOGINS.hr)}`,
  };
  if (ifMatch) headers['if-match'] = ifMatch;
  return fetch(`${apiUrl()}${pathAndQuery}`, { method, headers, body: JSON.stringify(body) });
}

/** A run-unique tag for names and e-mail addresses, so reruns on one database never collide. */
const runTag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** Clicks a download link and returns the download with its contents. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const filePath = await file.path();
  expect(filePath).toBeTruthy();
  const body = readFileSync(filePath as string);
  return { file, body };
}

/** A team whose name is unique in the demo organisation (no locatie ambiguity). */
async function uniqueTeam(): Promise<Team> {
  const teams = await apiGet<ApiPage<Team>>(LOGINS.hr, '/api/teams?pageSize=200');
  const counts = new Map<string, number>();
  for (const team of teams.items) counts.set(team.name, (counts.get(team.name) ?? 0) + 1);
  const team = teams.items.find((item) => counts.get(item.name) === 1);
  if (!team) throw new Error('the demo tenant has no team with a unique name');
  return team;
}

/** Downloads the CSV template through the UI and returns its header line (BOM stripped). */
async function templateHeader(page: Page): Promise<string> {
  await page.goto('/importeren');
  await expect(page.getByRole('heading', { level: 1, name: 'Importeren' })).toBeVisible();
  const { file, body } = await download(page, () =>
    page.getByRole('link', { name: 'Sjabloon (CSV)' }).click(),
  );
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  expect(body.length).toBeGreaterThan(0);
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  const header = text.split(/\r?\n/)[0] ?? '';
  expect(header.split(';').length).toBeGreaterThan(5);
  return header;
}

/** Builds one CSV line for the template's header from column values keyed by header name. */
function csvLine(headers: string[], values: Record<string, string>): string {
  return headers.map((header) => values[header.trim().toLowerCase()] ?? '').join(';');
}

async function employeesMatching(q: string) {
  return apiGet<ApiPage<Employee>>(LOGINS.hr, `/api/employees?pageSize=200&q=${encodeURIComponent(q)}`);
}

async function chooseFile(page: Page, name: string, content: string) {
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${content}`, 'utf8'),
  });
  await page.getByRole('button', { name: 'Controleren' }).click();
}

test.describe('HR workflows', () => {
  test('import: template download, 50 new people previewed, imported and found', async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, 'hr');

    // Both templates download as non-empty files.
    await page.goto('/importeren');
    const excel = await download(page, () => page.getByRole('link', { name: 'Sjabloon (Excel)' }).click());
    expect(excel.file.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(excel.body.length).toBeGreaterThan(0);
    expect(excel.body.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, i.e. an OOXML workbook
    const header = await templateHeader(page);
    const headers = header.split(';');

    const team = await uniqueTeam();
    const tag = runTag();
    const lines = [header];
    for (let i = 1; i <= 50; i += 1) {
      lines.push(
        csvLine(headers, {
          'e-mail': `e2e.import.${tag}.${i}@voorbeeld.nl`,
          voornaam: `Import${tag}`,
          achternaam: `Persoon ${i}`,
          functie: 'Leerkracht',
          fte: '0,8',
          actief: 'ja',
          team: team.name,
          locatie: team.site.name,
          'startdatum in team': '2026-01-05',
          didactiek: 'Starter',
        }),
      );
    }
    await chooseFile(page, `import-${tag}.csv`, `${lines.join('\r\n')}\r\n`);

    const preview = page.locator('section[aria-labelledby="import-preview"]');
    await expect(preview.getByRole('heading', { name: 'Resultaat van de controle' })).toBeVisible();
    await expect(preview.getByText('50 regels gelezen (CSV).')).toBeVisible();
    await expect(preview.getByText('Geen fouten gevonden. Je kunt importeren.')).toBeVisible();
    await expect(preview.getByText('Het bestand bevat fouten.', { exact: false })).toHaveCount(0);
    const summaryValue = (label: string) =>
      preview
        .locator('dl > div')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd');
    await expect(summaryValue('Nieuwe medewerkers')).toHaveText('50');
    await expect(summaryValue('Nieuwe teamlidmaatschappen')).toHaveText('50');
    await expect(summaryValue('Onbekende teams')).toHaveText('0');
    expect((await employeesMatching(`Import${tag}`)).total).toBe(0); // the preview wrote nothing

    await preview.getByRole('button', { name: 'Importeren', exact: true }).click();
    const job = page.locator('section[aria-labelledby="import-job"]');
    await expect(job.getByRole('heading', { name: '3. Importeren' })).toBeVisible();
    const report = job.getByRole('status');
    await expect(report.getByText(/^✓ Klaar: 50 regels geïmporteerd in [\d.]+ s\.$/)).toBeVisible({
      timeout: 60_000,
    });
    const reportValue = (label: string) =>
      report
        .locator('dl > div')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd');
    await expect(reportValue('Aangemaakt')).toHaveText('50');
    await expect(reportValue('Teamlidmaatschappen')).toHaveText('50');
    await saveScreenshot(page, 'importeren-rapport');

    // The people exist, in that team.
    const created = await employeesMatching(`Import${tag}`);
    expect(created.total).toBe(50);
    expect(new Set(created.items.map((employee) => employee.email))).toEqual(
      new Set(Array.from({ length: 50 }, (_, i) => `e2e.import.${tag}.${i + 1}@voorbeeld.nl`)),
    );
    const inTeam = await apiGet<ApiPage<Employee>>(
      LOGINS.hr,
      `/api/employees?pageSize=200&teamId=${team.id}&q=${encodeURIComponent(`Import${tag}`)}`,
    );
    expect(inTeam.total).toBe(50);

    // The job is listed under "Eerdere imports" and the heatmap still renders.
    await page.reload();
    const history = page.locator('section[aria-labelledby="history"]');
    await expect(history.locator('tr', { hasText: `import-${tag}.csv` })).toContainText('Voltooid');
    await page.goto('/overzicht');
    await expectRealPage(page);
    const heatmap = page.getByTestId('heatmap');
    await expect(heatmap).toBeVisible();
    await expect(heatmap.locator('td[data-status]').first()).toBeVisible();
  });

  test('import: a bad row is reported by row and column and nothing can be imported', async ({ page }) => {
    await signInAs(page, 'hr');
    const header = await templateHeader(page);
    const headers = header.split(';');
    const team = await uniqueTeam();
    const tag = runTag();
    const row = (i: number, fte: string) =>
      csvLine(headers, {
        'e-mail': `e2e.fout.${tag}.${i}@voorbeeld.nl`,
        voornaam: `Fout${tag}`,
        achternaam: `Persoon ${i}`,
        fte,
        actief: 'ja',
        team: team.name,
        locatie: team.site.name,
      });
    // Line 1 is the header; the bad fte is on line 4.
    const content = [header, row(1, '1'), row(2, '0,5'), row(3, 'veel'), row(4, '1')].join('\r\n');
    await chooseFile(page, `fout-${tag}.csv`, `${content}\r\n`);

    const preview = page.locator('section[aria-labelledby="import-preview"]');
    await expect(preview.getByText('4 regels gelezen (CSV).')).toBeVisible();
    await expect(preview.getByRole('alert')).toContainText('Het bestand bevat fouten.');
    const errors = preview.locator('table');
    await expect(errors.locator('caption')).toHaveText('1 fout');
    const errorRow = errors.locator('tbody tr');
    await expect(errorRow).toHaveCount(1);
    // Sheet (people or certificates), line, column, message.
    await expect(errorRow.locator('td')).toHaveText(['Medewerkers', '4', 'fte', '"veel" is geen getal.']);
    await saveScreenshot(page, 'importeren-fout');

    // No import button is offered, and nothing from the file exists.
    await expect(page.getByRole('button', { name: 'Importeren', exact: true })).toHaveCount(0);
    await expect(page.locator('section[aria-labelledby="import-job"]')).toHaveCount(0);
    expect((await employeesMatching(`Fout${tag}`)).total).toBe(0);
    expect((await employeesMatching(`e2e.fout.${tag}`)).total).toBe(0);
  });

  test('HR accepts a development suggestion and the action appears in the plan', async ({ page }) => {
    await signInAs(page, 'hr');
    await page.goto('/ontwikkelplan/suggesties');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Suggesties voor het ontwikkelplan' }),
    ).toBeVisible();
    const card = page.locator('li:has(button:text-is("Accepteren"))').first();
    await expect(card).toBeVisible();
    const teamId = await card.locator('input[name="teamId"]').inputValue();
    const area = await card.locator('input[name="area"]').inputValue();
    const type = await card.locator('input[name="type"]').inputValue();
    const employeeId = await card.locator('input[name="employeeId"]').inputValue();

    await card.getByRole('button', { name: 'Accepteren' }).click();
    await expect(page).toHaveURL(/\/ontwikkelplan\/suggesties\?geaccepteerd=[0-9a-f-]{36}/);
    const actionId = new URL(page.url()).searchParams.get('geaccepteerd') as string;
    const confirmation = page.getByRole('status').filter({ hasText: 'In het plan gezet:' });
    await expect(confirmation).toBeVisible();

    // The API has the planned action, for that suggestion's team, area and person.
    const action = await apiGet<Action & { type: string; employeeId: string | null }>(
      LOGINS.hr,
      `/api/development-actions/${actionId}`,
    );
    expect(action.teamId).toBe(teamId);
    expect(action.area).toBe(area);
    expect(action.type).toBe(type);
    expect(action.employeeId ?? '').toBe(employeeId);
    await expect(confirmation).toContainText(action.title);

    await confirmation.getByRole('link', { name: 'Bekijk het ontwikkelplan' }).click();
    await expect(page).toHaveURL(/\/ontwikkelplan$/);
    await expectRealPage(page);
    await expect(page.getByTestId(`action-${actionId}`)).toBeVisible();
    await expect(page.getByTestId(`action-${actionId}`)).toHaveAttribute('data-status', action.status);
  });

  test('HR downloads the organisation coverage export as Excel from /overzicht', async ({ page }) => {
    await signInAs(page, 'hr');
    await page.goto('/overzicht');
    await expectRealPage(page);
    const exports = page.getByRole('navigation', { name: 'Dekking van de organisatie downloaden' });
    const { file, body } = await download(page, () => exports.getByRole('link', { name: 'Excel' }).click());
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(body.length).toBeGreaterThan(0);
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('the board report and the trend page render', async ({ page }) => {
    await signInAs(page, 'hr');
    await page.goto('/rapport');
    const heading = await expectRealPage(page);
    await expect(heading).toHaveText('Bestuursrapportage teamdekking');
    const heatmap = page.locator('section[aria-labelledby="report-heatmap"]');
    await expect(heatmap.getByRole('heading', { name: 'Dekking per team en gebied' })).toBeVisible();
    await expect(heatmap.locator('table tbody tr').first()).toBeVisible();
    await saveScreenshot(page, 'rapport');

    await page.goto('/trend');
    await expect(await expectRealPage(page)).toHaveText('Trend dekking');
    await expect(
      page.getByRole('heading', { name: 'Eisen met een hiaat of afhankelijk van één persoon, per maand' }),
    ).toBeVisible();
    const table = page.locator('table', {
      has: page.locator('caption', { hasText: 'De cijfers per maand' }),
    });
    await expect(table).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect(page.locator('figure svg').first()).toBeVisible();
    // Rule 18 in the trend: the seed's site requirement (IKC De Wilgenhoek) has a row per month.
    const sites = page.locator('section[aria-labelledby="trend-locatie-eisen"]');
    await expect(sites.getByRole('heading', { name: 'Certificaateisen per locatie' })).toBeVisible();
    expect(await sites.locator('tbody tr').count()).toBe(await table.locator('tbody tr').count());
    await saveScreenshot(page, 'trend');
  });

  test('HR exports and erases the data of a leaver on /mensen/<id>/privacy', async ({ page }) => {
    // A person of our own, made a leaver via the API (PATCH active=false with If-Match).
    const tag = runTag();
    const createdResponse = await apiSend('POST', '/api/employees', {
      firstName: 'Vertrek',
      lastName: `Test ${tag}`,
      email: `e2e.vertrek.${tag}@voorbeeld.nl`,
      jobTitle: 'Leerkracht',
    });
    expect(createdResponse.status, await createdResponse.clone().text()).toBe(201);
    const created = (await createdResponse.json()) as Employee;
    const current = await fetch(`${apiUrl()}/api/employees/${created.id}`, {
      headers: { authorization: `Bearer ${await apiToken(LOGINS.hr)}` },
    });
    expect(current.status).toBe(200);
    const etag = current.headers.get('etag');
    expect(etag).toBeTruthy();
    const patched = await apiSend('PATCH', `/api/employees/${created.id}`, { active: false }, etag as string);
    expect(patched.status, await patched.clone().text()).toBe(200);
    expect(((await patched.json()) as Employee).active).toBe(false);
    const fullName = `Vertrek Test ${tag}`;

    await signInAs(page, 'hr');
    await page.goto(`/mensen/${created.id}/privacy`);
    await expect(await expectRealPage(page)).toHaveText(`Gegevens van ${fullName}`);

    // The JSON export.
    const { file, body } = await download(page, () =>
      page.getByRole('link', { name: 'Gegevens downloaden (JSON)' }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const data = JSON.parse(body.toString('utf8')) as { employee: Employee };
    expect(data.employee.id).toBe(created.id);
    expect(data.employee.email).toBe(created.email);

    // Erasing: the button works only once the full name is typed.
    const erase = page.locator('section[aria-labelledby="privacy-wissen"]');
    const submit = erase.getByRole('button', { name: 'Gegevens definitief wissen' });
    await expect(submit).toBeDisabled();
    const confirm = erase.getByLabel(`Typ ter bevestiging de volledige naam: ${fullName}`);
    await confirm.fill('Vertrek');
    await expect(submit).toBeDisabled();
    await confirm.fill(fullName);
    await expect(submit).toBeEnabled();
    await submit.click();
    // The outcome: what was removed, how many log entries were anonymised, what happened to the login.
    const outcome = erase.getByRole('status');
    await expect(outcome).toContainText('De persoonsgegevens zijn gewist.');
    await expect(outcome).toContainText(/logboekregel/);
    await expect(erase.getByRole('button', { name: 'Gegevens definitief wissen' })).toHaveCount(0);
    await saveScreenshot(page, 'privacy-gewist');

    // The person page and the API show the anonymised person.
    await page.goto(`/mensen/${created.id}`);
    await expect(await expectRealPage(page)).toHaveText('Verwijderd medewerker');
    const after = await apiGet<Employee>(LOGINS.hr, `/api/employees/${created.id}`);
    expect(after.firstName).toBe('Verwijderd');
    expect(after.lastName).toBe('medewerker');
    expect(after.email).not.toContain(tag);
    expect((await employeesMatching(tag)).total).toBe(0);
  });
});
