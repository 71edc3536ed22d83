import { expect, test } from '@playwright/test';
import { expectRealPage, saveScreenshot, signInAs } from './support';

test.describe('language switch', () => {
  test('NL → EN changes the headings and persists across pages and sessions', async ({ page }) => {
    await signInAs(page, 'hr');
    await page.goto('/overzicht');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(await expectRealPage(page)).toHaveText('Overzicht organisatie');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.getByRole('link', { name: 'Mensen' })).toBeVisible();

    await page.getByRole('button', { name: /^en/i }).click();
    await expect(page).toHaveURL(/\/overzicht$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main h1').first()).toHaveText('Organisation overview');
    const mainMenu = page.getByRole('navigation', { name: 'Main menu' });
    await expect(mainMenu.getByRole('link', { name: 'People' })).toBeVisible();
    await saveScreenshot(page, 'overzicht-en');

    // Another page: still English.
    await mainMenu.getByRole('link', { name: 'People' }).click();
    await expect(page).toHaveURL(/\/mensen$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.getByText('Uitloggen')).toHaveCount(0);

    // Back to Dutch.
    await page.getByRole('button', { name: /^nl/i }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  });
});
