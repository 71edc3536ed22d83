import { expect, test } from '@playwright/test';
import { expectRealPage, HOME, type Role, saveScreenshot, signInAs } from './support';

/**
 * Pages ask the permissions table (src/lib/access.ts → @teamspiegel/domain/access): a page the role
 * may not open answers HTTP 403 with a page that says why and leads back; a missing page answers 404.
 */
const refused: Array<{ role: Role; path: string; permission: string }> = [
  { role: 'board', path: '/importeren', permission: 'imports.run' },
  { role: 'employee', path: '/logboek', permission: 'audit.read' },
  { role: 'trainer', path: '/mensen', permission: 'people.read.personal' },
  { role: 'manager', path: '/rapport', permission: 'coverage.report' },
];

test.describe('pages a role may not open', () => {
  for (const { role, path, permission } of refused) {
    test(`${path} as ${role}: 403, says why, links back`, async ({ page }) => {
      await signInAs(page, role);
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      const forbidden = page.getByTestId('forbidden');
      await expect(forbidden.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
      await expect(forbidden).toContainText('niet beschikbaar voor je rol');
      await expect(forbidden.locator('code')).toHaveText(permission);
      await forbidden.getByRole('link', { name: 'Terug naar je startpagina' }).click();
      await expect(page).toHaveURL(new RegExp(`${HOME[role]}$`));
      await expectRealPage(page);
    });
  }

  test('the same page opens for a role that holds the permission (200)', async ({ page }) => {
    await signInAs(page, 'hr');
    const response = await page.goto('/importeren');
    expect(response?.status()).toBe(200);
    await expectRealPage(page);
  });

  test('a missing page answers 404', async ({ page }) => {
    await signInAs(page, 'hr');
    const response = await page.goto('/bestaat-niet');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Niet gevonden' })).toBeVisible();
  });

  test('a manager finds the development plan of their teams in the menu', async ({ page }) => {
    await signInAs(page, 'manager');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Ontwikkelplan' }).click();
    await expect(page).toHaveURL(/\/ontwikkelplan$/);
    await expectRealPage(page);
    await saveScreenshot(page, 'ontwikkelplan-manager');
  });

  test('a board member has no import in the menu', async ({ page }) => {
    await signInAs(page, 'board');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.getByRole('link', { name: 'Logboek' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Importeren' })).toHaveCount(0);
  });
});
