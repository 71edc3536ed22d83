import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import { apiGet, expectNoSeriousViolations, expectRealPage, LOGINS, signInAs } from './support';

/**
 * Errors and states (issue 15, item 6): a malformed id is "Niet gevonden" (404), a page the role may
 * not open is a 403 page with a way back, the login keeps the e-mail after a failed attempt, the
 * site has a favicon; and the conversation sheet downloads as a PDF.
 */
test.describe('errors and states', () => {
  for (const path of ['/teams/niet-een-id', '/teams/123/eisen', '/mensen/%27%3B--', '/beheer/rollen/abc']) {
    test(`a malformed id (${path}) is "Niet gevonden" with status 404`, async ({ page }) => {
      await signInAs(page, 'hr');
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Niet gevonden' })).toBeVisible();
      // Never a form-validation sentence or an error box about fields.
      await expect(page.getByText('Controleer de gemarkeerde velden')).toHaveCount(0);
      await expect(page.getByText('Er ging iets mis')).toHaveCount(0);
      await expectNoSeriousViolations(page);
    });
  }

  test('a page the role may not open is a clear 403 page with a way back', async ({ page }) => {
    await signInAs(page, 'employee');
    const response = await page.goto('/beheer/mensen');
    expect(response?.status()).toBe(403);
    const forbidden = page.getByTestId('forbidden');
    await expect(forbidden.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    await expect(page.getByText('Controleer de gemarkeerde velden')).toHaveCount(0);
    await expectNoSeriousViolations(page);
    await forbidden.getByRole('link', { name: 'Terug naar je startpagina' }).click();
    await expectRealPage(page);
  });

  test('the login form keeps the e-mail after a failed attempt, never the password', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(LOGINS.manager);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'klopt niet' })).toBeVisible();
    await expect(page.getByLabel('E-mailadres')).toHaveValue(LOGINS.manager);
    await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
  });

  test('every page links a favicon that is served', async ({ page, request }) => {
    await page.goto('/login');
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href).toBeTruthy();
    const icon = await request.get(href as string);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/image\//);
    expect((await request.get('/favicon.ico')).status()).toBe(200);
  });
});

test.describe('conversation sheet as PDF', () => {
  test("the person's page downloads the sheet with her name and levels", async ({ page }) => {
    const people = await apiGet<{ items: Array<{ id: string; fullName: string }> }>(
      LOGINS.manager,
      '/api/employees?pageSize=1',
    );
    const person = people.items[0];
    expect(person, 'the manager sees someone').toBeDefined();
    await signInAs(page, 'manager');
    await page.goto(`/mensen/${person?.id}`);
    await expectRealPage(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('conversation-sheet-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^teamspiegel-gespreksblad-[a-z0-9-]+\.pdf$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      const text = (await parser.getText()).text.replace(/\s+/g, ' ');
      expect(text).toContain(`Gespreksblad: ${person?.fullName.replace(/\s+/g, ' ')}`);
      expect(text).toContain('Niveaus per gebied');
    } finally {
      await parser.destroy();
    }
  });
});
