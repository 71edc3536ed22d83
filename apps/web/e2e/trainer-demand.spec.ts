import { expect, test } from '@playwright/test';
import { apiGet, expectNoSeriousViolations, expectRealPage, LOGINS, signInAs } from './support';

/** The trainer's demand (rule 14): small groups combined, not hidden, and the page says how many. */
test('the trainer sees small groups combined, with how many were combined', async ({ page }) => {
  const demand = await apiGet<{ combinedRows: number; suppressedRows: number }>(
    LOGINS.trainer,
    '/api/development-demand',
  );
  expect(demand.combinedRows).toBeGreaterThan(0);
  await signInAs(page, 'trainer');
  await page.goto('/ontwikkelvraag');
  await expectRealPage(page);
  const note = page.getByTestId('privacy-note');
  await expect(note).toContainText('Geen groep is kleiner dan 3 personen');
  await expect(note).toContainText(
    `${demand.combinedRows} ${demand.combinedRows === 1 ? 'groep' : 'groepen'} samengevoegd`,
  );
  const table = page.getByTestId('demand-table');
  await expect(table.getByRole('columnheader', { name: 'Samengevoegd (soorten samen)' })).toBeVisible();
  await expect(page.getByTestId('demand-totals')).toContainText(String(demand.combinedRows));
  await expectNoSeriousViolations(page);
});
