import { expect, test } from '@playwright/test';
import { expectRealPage, HOME, LOGINS, type Role, saveScreenshot, signIn } from './support';

test.describe('signing in', () => {
  test('the login page is Dutch by default', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await saveScreenshot(page, 'login');
  });

  for (const role of Object.keys(LOGINS) as Role[]) {
    test(`${role} lands on ${HOME[role]}`, async ({ page }) => {
      await signIn(page, LOGINS[role]);
      await expect(page).toHaveURL(new RegExp(`${HOME[role]}$`));
      await expectRealPage(page);
      // The header names the signed-in role and offers the role's menu.
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    });
  }

  test('a wrong password shows the translated error and stays on the login page', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(LOGINS.hr);
    await page.getByLabel('Wachtwoord').fill('not-the-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord klopt niet.' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('a signed-out visitor is sent to the login page and back after signing in', async ({ page }) => {
    await page.goto('/mensen');
    await expect(page).toHaveURL(/\/login\?volgende=%2Fmensen$/);
    await page.getByLabel('E-mailadres').fill(LOGINS.hr);
    await page.getByLabel('Wachtwoord').fill('Teamspiegel-demo-2026!');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/mensen$/);
  });

  for (const [name, next] of [
    ['a backslash', '/\\evil.example'],
    ['a tab', '/\t/evil.example'],
  ] as const) {
    test(`the way back after signing in stays on this site, even with ${name}`, async ({ page, baseURL }) => {
      await page.goto(`/login?volgende=${encodeURIComponent(next)}`);
      await page.getByLabel('E-mailadres').fill(LOGINS.hr);
      await page.getByLabel('Wachtwoord').fill('Teamspiegel-demo-2026!');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await expect(page).toHaveURL(new RegExp(`${HOME.hr}$`));
      expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? '').origin);
    });
  }

  test('the language switch goes back only to a path on this site', async ({ page, baseURL }) => {
    await page.goto('/login');
    await page.locator('input[name="terug"]').evaluate((input: HTMLInputElement) => {
      input.value = '/\\evil.example';
    });
    await page.getByRole('button', { name: /^en/i }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? '').origin);
  });

  test('logging out ends the session', async ({ page }) => {
    await signIn(page, LOGINS.board);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/login$/);
    // The session is gone: a protected page sends the visitor back to the login page.
    await page.goto('/overzicht');
    await expect(page).toHaveURL(/\/login\?volgende=%2Foverzicht$/);
  });
});
