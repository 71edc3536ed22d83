import { expect, test } from '@playwright/test';
import {
  addToTeam,
  apiGet,
  apiToken,
  apiUrl,
  createPerson,
  expectNoHorizontalScroll,
  expectNoSeriousViolations,
  LOGINS,
  signInAs,
} from './support';

/**
 * People administration as HR, from the seeded demo (issue 12): create two people (a double click
 * makes one), put one in two teams, move a person between teams, see the team matrix (sortable with
 * the keyboard), find the searched level in /mensen, register a leaver and see the team's coverage drop.
 * The two teams are new (made through the API), so the seeded teams other specs read stay as they were.
 */

const run = Math.random().toString(36).slice(2, 8);

async function apiSend<T>(method: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${apiUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${await apiToken(LOGINS.hr)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

test('HR creates people, puts them in teams, moves one and registers a leaver; the team matrix shows them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const sites = await apiGet<{ items: Array<{ id: string }> }>(LOGINS.hr, '/api/sites?pageSize=1');
  const siteId = sites.items[0]?.id as string;
  const teamA = await apiSend<{ id: string; name: string }>('POST', '/api/teams', {
    siteId,
    name: `E2E Zonnebloemen ${run}`,
  });
  const teamB = await apiSend<{ id: string; name: string }>('POST', '/api/teams', {
    siteId,
    name: `E2E Vlinders ${run}`,
  });
  await apiSend('PUT', `/api/teams/${teamA.id}/requirements`, {
    requirements: [{ kind: 'area', area: 'pedagogiek', minLevel: 'starter', count: 1 }],
  });

  await signInAs(page, 'hr');

  // Two people; the second with a double click, which must still make one person.
  const annaEmail = `anna.${run}@example.nl`;
  const anna = await createPerson(page, 'Anna', `Aalbers${run}`, annaEmail);
  await expectNoSeriousViolations(page);
  const bramEmail = `bram.${run}@example.nl`;
  const bram = await createPerson(page, 'Bram', `Bakker${run}`, bramEmail, true);
  const twins = await apiGet<{ total: number }>(
    LOGINS.hr,
    `/api/employees?q=${encodeURIComponent(bramEmail)}`,
  );
  expect(twins.total).toBe(1);

  // Anna in two teams, each with its own FTE share.
  await page.goto(`/beheer/mensen/${anna}`);
  await addToTeam(page, teamA.name, '0,5');
  await addToTeam(page, teamB.name, '0,3');
  await expect(page.getByTestId('memberships-table').getByRole('row')).toHaveCount(3);
  await expectNoSeriousViolations(page);

  // Editing with If-Match: the saved sentence names the person.
  const edit = page.getByTestId('person-edit-form');
  await edit.getByLabel('Functie').fill('Pedagogisch coach');
  await edit.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(edit.getByTestId('person-saved')).toContainText(
    `De gegevens van Anna Aalbers${run} zijn opgeslagen`,
  );

  // Bram starts in team B and moves to team A in one action.
  await page.goto(`/beheer/mensen/${bram}`);
  await addToTeam(page, teamB.name, '0,8');
  await page.reload();
  const move = page.getByTestId('membership-move-form');
  await move.getByLabel('Naar team').selectOption({ label: teamA.name });
  await move.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(move.getByTestId('membership-moved')).toContainText(`van ${teamB.name} naar ${teamA.name}`);
  const bramTeams = await apiGet<{ teams: Array<{ id: string }> }>(LOGINS.hr, `/api/employees/${bram}`);
  expect(bramTeams.teams.map((team) => team.id)).toEqual([teamA.id]);

  // A validated level for Anna (set through the API, as a manager or HR would on her profile).
  await apiSend('POST', '/api/area-levels', { employeeId: anna, area: 'pedagogiek', level: 'expert' });
  await page.goto(`/mensen?zoek=${encodeURIComponent(`Aalbers${run}`)}&gebied=pedagogiek&actief=alle`);
  await expect(page.getByTestId('searched-level')).toHaveText('Expert');

  // The team matrix: both people, sortable by name with the keyboard.
  await page.goto(`/teams/${teamA.id}`);
  const matrix = page.getByTestId('team-matrix');
  await expect(matrix.getByTestId('matrix-row')).toHaveCount(2);
  await expect(matrix.getByTestId('matrix-row').first()).toContainText('Anna');
  await expect(matrix.getByTestId('matrix-row').first().locator('[data-area="pedagogiek"]')).toHaveText(
    'Expert',
  );
  await page.getByTestId('matrix-sort-name').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/richting=af/);
  await expect(matrix.getByTestId('matrix-row').first()).toContainText('Bram');
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expectNoSeriousViolations(page);
  await expect(page.getByTestId('summary-gaps')).toHaveText('0');

  // Anna leaves today: confirm, then her team's coverage drops (the requirement becomes a gap).
  await page.goto(`/beheer/mensen/${anna}`);
  const leave = page.getByTestId('deactivate-form');
  await leave.getByRole('button', { name: 'Uit dienst melden…' }).click();
  await expect(leave.getByText('Weet je het zeker?')).toBeVisible();
  await leave.getByRole('button', { name: 'Ja, uit dienst melden' }).click();
  await expect(page.getByTestId('person-deactivated')).toContainText('2 teamlidmaatschappen beëindigd');
  await page.goto(`/teams/${teamA.id}`);
  await expect(page.getByTestId('summary-gaps')).toHaveText('1');
  await expect(page.getByTestId('team-matrix').getByTestId('matrix-row')).toHaveCount(1);
  const annaAfter = await apiGet<{ active: boolean; levels: Record<string, unknown> }>(
    LOGINS.hr,
    `/api/employees/${anna}`,
  );
  expect(annaAfter.active).toBe(false);
  expect(annaAfter.levels.pedagogiek).toBeTruthy();

  // At 390 px no page of this feature is wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [
    '/beheer/mensen',
    `/beheer/mensen/${bram}`,
    `/teams/${teamA.id}`,
    '/mensen?gebied=pedagogiek',
  ]) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
  await page.goto(`/beheer/mensen/${bram}`);
  await expectNoSeriousViolations(page);
});
