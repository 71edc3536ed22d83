import { expect, test } from '@playwright/test';
import { apiPost, LOGINS, signInAs, uniqueTag } from './support';

/**
 * The team's requirements editor (/teams/[id]/eisen) on a team of its own: add a line, a count the
 * API would refuse is marked on the field before anything is sent, saving stores the profile, a
 * template asks before it replaces lines, and removing a line saves an empty profile again.
 */
test('HR edits a team profile: add, validate, save, template confirmation, remove', async ({ page }) => {
  const tag = uniqueTag();
  const site = await apiPost<{ id: string }>(LOGINS.hr, '/api/sites', { name: `Eisenlocatie ${tag}` });
  const team = await apiPost<{ id: string }>(LOGINS.hr, '/api/teams', {
    siteId: site.id,
    name: `Eisenteam ${tag}`,
  });

  await signInAs(page, 'hr');
  await page.goto(`/teams/${team.id}/eisen`);
  const editor = page.getByTestId('requirements-editor');
  const status = editor.getByTestId('editor-status');
  const circles = editor.getByTestId('editor-section-circle');
  await expect(editor.getByTestId('editor-empty')).toBeVisible();

  // Adding a line focuses its first field and says so.
  await circles.getByRole('button', { name: 'Omgeving-eis toevoegen' }).click();
  await expect(status).toHaveText('Regel toegevoegd (omgeving).');
  const line = circles.getByTestId('editor-line');
  await expect(line).toHaveCount(1);
  await expect(line.getByRole('combobox', { name: 'Kring' })).toBeFocused();
  await line.getByRole('combobox', { name: 'Kring' }).selectOption('partners');

  // A count above 50 is marked on its field, with the path the API would name; nothing is sent.
  const count = line.getByRole('spinbutton');
  await count.fill('51');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor.getByTestId('editor-error')).toHaveAttribute('data-code', 'validation_failed');
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(line.getByText('Vul een heel aantal in van 0 tot en met 50.')).toHaveAttribute(
    'data-path',
    'requirements.0.count',
  );

  await count.fill('2');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(status).toHaveText('Opgeslagen: 1 regel.');
  await expect(editor.getByTestId('editor-error')).toHaveCount(0);
  await expect(editor).toContainText('Alles is opgeslagen');

  // Stored: after a reload the line is there as saved.
  await page.reload();
  await expect(circles.getByTestId('editor-line')).toHaveCount(1);
  await expect(circles.getByRole('spinbutton')).toHaveValue('2');

  // A template asks before it replaces lines; Escape keeps them.
  await editor.getByRole('button', { name: 'Sjabloon gebruiken' }).click();
  const confirm = editor.getByRole('alertdialog', { name: 'Huidige eisen vervangen?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Ja, vervangen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(circles.getByTestId('editor-line')).toHaveCount(1);

  // Removing the line and saving leaves an empty profile.
  await circles.getByRole('button', { name: /^Verwijderen/ }).click();
  await expect(status).toContainText('Regel verwijderd:');
  await expect(editor.getByTestId('editor-empty')).toBeVisible();
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(status).toHaveText('Opgeslagen: 0 regels.');
});
