import { expect, type Page, test } from '@playwright/test';
import type { Page as ApiPage, OrganisationCoverage as Coverage } from './coverage-types';
import { invitationPath, mailsTo, waitForMail } from './mailbox';
import {
  addToTeam,
  apiGet,
  createPerson,
  expectNoHorizontalScroll,
  expectNoSeriousViolations,
  expectRealPage,
  importAndWait,
  importFigure,
  LOGINS,
  signIn,
  signInAs,
  uniqueTag,
  uploadAndCheck,
} from './support';

/**
 * Issue 12, "done when": an HR adviser runs the organisation from the browser, starting from the
 * seeded demo. A site; a team in it with the bso template and a second team; two people, one of
 * them (Anna) in both teams; a role for her; an invitation as employee, which she accepts (the mail
 * is read from the test's SMTP capture) and signs in with. She self-assesses one level, HR approves
 * it, and the heatmap shows the new team with the status that level gives. A person moves between
 * the teams; Anna leaves, and the team's coverage drops back to a gap. Then an import file builds a
 * site with two teams and ten people, and the same file again changes nothing. Every page visited
 * is checked with axe and, at 390 px, for horizontal scroll.
 *
 * Everything is done through the browser; the API is only read, as the test's independent view.
 */

type Site = { id: string; name: string };
type Role = { id: string; key: string; labelNl: string };
type Assignment = { id: string; employee: { id: string }; endDate: string | null; current: boolean };
type Team = { id: string; name: string; site: { id: string; name: string }; memberCount: number };

const PASSWORD = 'Een-eigen-wachtwoord-2026';

/** The heatmap row of a team on /overzicht for one site. */
async function heatmapRow(page: Page, siteId: string, teamName: string) {
  await page.goto(`/overzicht?locatie=${siteId}`);
  await expectRealPage(page);
  const row = page
    .getByTestId('heatmap')
    .locator('tr')
    .filter({ has: page.getByRole('link', { name: teamName, exact: true }) });
  await expect(row).toHaveCount(1);
  return row;
}

/** Every cell of the team's heatmap row shows the status the API computed; returns those statuses. */
async function expectHeatmapMatchesApi(page: Page, siteId: string, teamName: string) {
  const coverage = await apiGet<Coverage>(LOGINS.hr, `/api/organisation/coverage?siteId=${siteId}`);
  const apiRow = coverage.matrix.items.find((item) => item.teamName === teamName);
  expect(apiRow, `the API counts ${teamName}`).toBeTruthy();
  const row = await heatmapRow(page, siteId, teamName);
  const statuses = Object.fromEntries(
    Object.entries(apiRow?.cells ?? {}).map(([area, cell]) => [area, cell.status]),
  );
  for (const [area, status] of Object.entries(statuses)) {
    await expect(row.locator(`td[data-area="${area}"]`)).toHaveAttribute('data-status', status);
  }
  return { row, statuses };
}

test('HR builds a site, teams, people, a role and a login; the heatmap follows; an import builds structure once', async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const tag = uniqueTag();
  const siteName = `IKC Reis ${tag}`;
  const teamA = `Bso Reis ${tag}`;
  const teamB = `Peuters Reis ${tag}`;
  const anna = { first: 'Anna', last: `Aaldering${tag}`, email: `anna.reis.${tag}@voorbeeld.nl` };
  const bram = { first: 'Bram', last: `Aalbrecht${tag}`, email: `bram.reis.${tag}@voorbeeld.nl` };
  const annaName = `${anna.first} ${anna.last}`;
  /** Pages HR visited, checked at 390 px at the end. */
  const visited = new Set<string>();
  const visit = (page_: Page) => visited.add(new URL(page_.url()).pathname + new URL(page_.url()).search);

  await signInAs(page, 'hr');

  // 1. A site.
  await page.goto('/beheer/locaties');
  await expectRealPage(page);
  await page.getByLabel('Naam').first().fill(siteName);
  await page.getByLabel('Plaats').first().fill('Deventer');
  await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText(`Locatie ${siteName} is toegevoegd.`);
  await expect(page.getByTestId('site-row').filter({ hasText: siteName })).toContainText('Teams:0');
  await expectNoSeriousViolations(page);
  visit(page);
  const sites = await apiGet<ApiPage<Site>>(LOGINS.hr, `/api/sites?q=${encodeURIComponent(siteName)}`);
  expect(sites.items).toHaveLength(1);
  const siteId = sites.items[0]?.id as string;

  // 2. A team in it with the bso template applied, and a second team without one.
  await page.goto('/beheer/teams');
  await expectRealPage(page);
  const create = page.locator('form').filter({ has: page.locator('#team-new-name') });
  await create.getByLabel('Naam').fill(teamA);
  await create.getByLabel('Locatie').selectOption({ label: siteName });
  await create.getByLabel('Soort team').selectOption('bso');
  await create.getByLabel('Teameisen uit sjabloon').selectOption('bso');
  await create.getByRole('button', { name: 'Team toevoegen' }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText(
    `Team ${teamA} is toegevoegd, met de eisen uit het sjabloon.`,
  );
  await create.getByLabel('Naam').fill(teamB);
  await create.getByLabel('Locatie').selectOption({ label: siteName });
  await create.getByLabel('Soort team').selectOption('peuter');
  await create.getByLabel('Teameisen uit sjabloon').selectOption('');
  await create.getByRole('button', { name: 'Team toevoegen' }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText(`Team ${teamB} is toegevoegd.`);
  await expectNoSeriousViolations(page);
  visit(page);
  const teams = await apiGet<ApiPage<Team>>(LOGINS.hr, `/api/teams?pageSize=50&q=${encodeURIComponent(tag)}`);
  const teamAId = teams.items.find((team) => team.name === teamA)?.id as string;
  expect(teamAId).toBeTruthy();
  expect(teams.items.find((team) => team.name === teamB)?.site.id).toBe(siteId);

  // The new team is in the heatmap: nobody in it yet, so every area the template names is a gap.
  const empty = await expectHeatmapMatchesApi(page, siteId, teamA);
  expect(empty.statuses).toMatchObject({
    pedagogiek: 'gap',
    gezondheid: 'gap',
    organisatie_samenwerking: 'gap',
  });

  // 3. Two people; Anna in both teams, Bram in team B.
  const annaId = await createPerson(page, anna.first, anna.last, anna.email);
  await expectNoSeriousViolations(page);
  visit(page);
  await addToTeam(page, teamA, '0,5');
  await addToTeam(page, teamB, '0,3');
  await expect(page.getByTestId('memberships-table').getByRole('row')).toHaveCount(3);
  await expectNoSeriousViolations(page);
  const bramId = await createPerson(page, bram.first, bram.last, bram.email);
  await addToTeam(page, teamB, '0,8');
  const annaRecord = await apiGet<{ teams: Array<{ id: string }> }>(LOGINS.hr, `/api/employees/${annaId}`);
  expect(annaRecord.teams).toHaveLength(2);

  // 4. A role for Anna, from a date.
  const roles = await apiGet<ApiPage<Role>>(LOGINS.hr, '/api/role-definitions?q=bso_medewerker&pageSize=50');
  const role = roles.items.find((item) => item.key === 'bso_medewerker');
  if (!role) throw new Error('the demo has no bso_medewerker role');
  await page.goto('/beheer/rollen');
  await expectRealPage(page);
  visit(page);
  await page.getByRole('link', { name: role.labelNl, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/beheer/rollen/${role.id}$`));
  await page.getByRole('combobox', { name: 'Persoon', exact: true }).selectOption(annaId);
  await page.getByLabel('Vanaf').fill('2026-01-01');
  await page.getByRole('button', { name: 'Rol toewijzen' }).click();
  await expect(page.getByRole('status').filter({ hasText: annaName })).toContainText(
    `${annaName} heeft de rol ${role.labelNl} vanaf 2026-01-01`,
  );
  await expect(
    page.getByRole('list', { name: 'Wie heeft deze rol' }).getByRole('link', { name: annaName }),
  ).toBeVisible();
  await expectNoSeriousViolations(page);
  visit(page);

  // 5. Invite her as employee, linked to her record; the mail arrives with a link.
  await page.goto('/beheer/toegang');
  await expectRealPage(page);
  await page.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(anna.email);
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(annaName);
  await page.getByRole('combobox', { name: 'Rol', exact: true }).selectOption('employee');
  await page.getByLabel('Gekoppeld aan medewerker').selectOption(annaId);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: anna.email })).toContainText(
    `Uitnodiging verstuurd naar ${anna.email} als Medewerker`,
  );
  await expectNoSeriousViolations(page);
  visit(page);
  const mail = await waitForMail(anna.email);
  expect(mail.subject).toContain('Uitnodiging voor Teamspiegel');
  expect(mailsTo(anna.email)).toHaveLength(1);

  // She opens the link on her phone (390 px), chooses a password and lands on her profile.
  const phone = { viewport: { width: 390, height: 844 } };
  const herContext = await browser.newContext(phone);
  const her = await herContext.newPage();
  await her.goto(invitationPath(mail));
  await expect(her.locator('main h1, h1').first()).toBeVisible();
  await expectNoSeriousViolations(her);
  await expectNoHorizontalScroll(her);
  await her.locator('input[name="password"]').fill(PASSWORD);
  await her.locator('input[name="confirm"]').fill(PASSWORD);
  await her.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
  await expect(her).toHaveURL(/\/profiel/);
  await herContext.close();

  // She can sign in with it, and self-assesses one area: gezondheid at starter (the bso template
  // asks one person at starter or higher there).
  const loginContext = await browser.newContext(phone);
  const login = await loginContext.newPage();
  await signIn(login, anna.email, PASSWORD);
  await expect(login).toHaveURL(/\/profiel/);
  await expectRealPage(login);
  const form = login.getByTestId('profile-form');
  await form.locator('select[name="level-gezondheid"]').selectOption('starter');
  await form.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(login.getByText('Je profiel is opgeslagen.')).toBeVisible();
  await expectNoSeriousViolations(login);
  await expectNoHorizontalScroll(login);
  await loginContext.close();

  // HR approves the level on her page.
  await page.goto(`/mensen/${annaId}`);
  await expectRealPage(page);
  const waiting = page.locator('[data-testid^="validate-"]');
  await expect(waiting).toHaveCount(1);
  await waiting.getByRole('button', { name: /^Goedkeuren/ }).click();
  // Approved: it no longer waits, and her level counts as validated.
  await expect(waiting).toHaveCount(0);
  const levels = await apiGet<{ levels: Record<string, { level: string; status: string }> }>(
    LOGINS.hr,
    `/api/employees/${annaId}`,
  );
  expect(levels.levels.gezondheid).toEqual({ level: 'starter', status: 'validated' });
  await expectNoSeriousViolations(page);
  visit(page);

  // 6. The heatmap: one person at starter in gezondheid meets a requirement of one, with nobody to
  // spare (single point of failure); the areas nobody covers stay gaps.
  const staffed = await expectHeatmapMatchesApi(page, siteId, teamA);
  expect(staffed.statuses).toMatchObject({
    gezondheid: 'single_point',
    pedagogiek: 'gap',
    organisatie_samenwerking: 'gap',
  });
  await expectNoSeriousViolations(page);
  visit(page);

  // 7. Bram moves from team B to team A in one action.
  await page.goto(`/beheer/mensen/${bramId}`);
  const move = page.getByTestId('membership-move-form');
  await move.getByLabel('Naar team').selectOption({ label: teamA });
  await move.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(move.getByTestId('membership-moved')).toContainText(`van ${teamB} naar ${teamA}`);
  await expectNoSeriousViolations(page);
  visit(page);
  const bramTeams = await apiGet<{ teams: Array<{ id: string }> }>(LOGINS.hr, `/api/employees/${bramId}`);
  expect(bramTeams.teams.map((team) => team.id)).toEqual([teamAId]);

  // 8. Anna leaves today (after a confirmation): her memberships end, and so does her role.
  await page.goto(`/beheer/mensen/${annaId}`);
  const leave = page.getByTestId('deactivate-form');
  await leave.getByRole('button', { name: 'Uit dienst melden…' }).click();
  await expect(leave.getByText('Weet je het zeker?')).toBeVisible();
  await leave.getByRole('button', { name: 'Ja, uit dienst melden' }).click();
  await expect(page.getByTestId('person-deactivated')).toContainText('2 teamlidmaatschappen beëindigd');
  visit(page);
  const assignments = await apiGet<ApiPage<Assignment>>(
    LOGINS.hr,
    `/api/role-assignments?employeeId=${annaId}&roleDefinitionId=${role.id}`,
  );
  expect(assignments.items).toHaveLength(1);
  expect(assignments.items[0]?.current).toBe(false);

  // The coverage drops: gezondheid is a gap again in the heatmap.
  const left = await expectHeatmapMatchesApi(page, siteId, teamA);
  expect(left.statuses).toMatchObject({ gezondheid: 'gap' });

  // 9. An import file builds a site with two teams and ten people: preview, import, report.
  const importTag = uniqueTag();
  const preview = await uploadAndCheck(page, importTag);
  await expect(importFigure(page, preview, 'Nieuwe medewerkers')).toHaveText('10');
  await expect(importFigure(page, preview, 'Nieuwe locaties')).toHaveText('1');
  await expect(importFigure(page, preview, 'Nieuwe teams')).toHaveText('2');
  await expectNoSeriousViolations(page);
  const report = await importAndWait(page, preview);
  await expect(importFigure(page, report, 'Aangemaakt')).toHaveText('10');
  await expect(importFigure(page, report, 'Locaties aangemaakt')).toHaveText('1');
  await expect(importFigure(page, report, 'Teams aangemaakt')).toHaveText('2');
  await expectNoSeriousViolations(page);
  visit(page);
  const imported = async () =>
    (
      await apiGet<ApiPage<Team>>(LOGINS.hr, `/api/teams?pageSize=50&q=${encodeURIComponent(importTag)}`)
    ).items
      .filter((team) => team.site.name === `IKC ${importTag}`)
      .map((team) => [team.name, team.memberCount])
      .sort();
  const afterFirst = await imported();
  expect(afterFirst).toEqual([
    [`BSO ${importTag}`, 6],
    [`Peuters ${importTag}`, 6],
  ]);
  const peopleAfterFirst = await apiGet<{ total: number }>(
    LOGINS.hr,
    `/api/employees?q=${encodeURIComponent(`Structuur${importTag}`)}`,
  );
  expect(peopleAfterFirst.total).toBe(10);

  // The same file again: nothing to create, and the report says nothing was created or updated.
  const again = await uploadAndCheck(page, importTag);
  for (const label of ['Nieuwe medewerkers', 'Bijgewerkte medewerkers', 'Nieuwe locaties', 'Nieuwe teams']) {
    await expect(importFigure(page, again, label)).toHaveText('0');
  }
  const secondReport = await importAndWait(page, again);
  for (const label of ['Aangemaakt', 'Bijgewerkt', 'Locaties aangemaakt', 'Teams aangemaakt']) {
    await expect(importFigure(page, secondReport, label)).toHaveText('0');
  }
  expect(await imported()).toEqual(afterFirst);
  const peopleAfterSecond = await apiGet<{ total: number }>(
    LOGINS.hr,
    `/api/employees?q=${encodeURIComponent(`Structuur${importTag}`)}`,
  );
  expect(peopleAfterSecond.total).toBe(10);

  // 10. At 390 px no page HR visited is wider than the screen, and axe stays clean there too.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of visited) {
    await page.goto(path);
    await expectRealPage(page);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);
  }
});
