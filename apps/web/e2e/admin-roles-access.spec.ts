import { expect, type Page, test } from '@playwright/test';
import { invitationPath, mailsTo, waitForMail } from './mailbox';
import {
  apiGet,
  apiToken,
  apiUrl,
  expectNoHorizontalScroll,
  expectNoSeriousViolations,
  expectRealPage,
  LOGINS,
  signIn,
  signInAs,
} from './support';

type Page_<T> = { items: T[]; total: number };
type Role = {
  id: string;
  key: string;
  labelNl: string;
  version: number;
  areaRequirements: Array<{ area: string; minLevel: string }>;
};
type Employee = { id: string; fullName: string; active: boolean };
type Member = { employee: { id: string } | null };
type Assignment = { employee: { id: string } };

/** At 390 px the page is no wider than the screen (no horizontal scroll); back to the desktop size after. */
async function expectFitsAt390(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function roleByKey(key: string): Promise<Role> {
  const roles = await apiGet<Page_<Role>>(LOGINS.hr, `/api/role-definitions?q=${key}&pageSize=50`);
  const role = roles.items.find((r) => r.key === key);
  if (!role) throw new Error(`no role ${key}`);
  return role;
}

/** An active person without a login of her own who does not hold the role yet. */
async function personWithoutLogin(roleId: string): Promise<Employee> {
  const [people, members, holders] = await Promise.all([
    apiGet<Page_<Employee>>(LOGINS.hr, '/api/employees?active=true&pageSize=200'),
    apiGet<Page_<Member>>(LOGINS.hr, '/api/members?pageSize=200'),
    apiGet<Page_<Assignment>>(LOGINS.hr, `/api/role-assignments?roleDefinitionId=${roleId}&pageSize=200`),
  ]);
  const taken = new Set([
    ...members.items.flatMap((m) => (m.employee ? [m.employee.id] : [])),
    ...holders.items.map((h) => h.employee.id),
  ]);
  const person = people.items.find((p) => !taken.has(p.id));
  if (!person) throw new Error('no active person without a login');
  return person;
}

test.describe('admin: roles and access (HR)', () => {
  test('adapts a role profile, assigns the role, invites the holder, who accepts and signs in', async ({
    page,
    browser,
  }) => {
    const role = await roleByKey('praktijkonderzoeker');
    const person = await personWithoutLogin(role.id);
    const email = `e2e.${Date.now()}@voorbeeld.nl`;

    await signInAs(page, 'hr');

    // The catalogue, and the role's page.
    await page.goto('/beheer/rollen');
    await expectRealPage(page);
    await expectNoSeriousViolations(page);
    await expectFitsAt390(page);
    await page.getByRole('link', { name: role.labelNl, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/beheer/rollen/${role.id}$`));
    await expect(page.locator('main h1')).toHaveText(role.labelNl);

    // Adapt its profile: onderzoek & innovatie from "ervaren" to "starter", plus an extra area.
    await page.getByLabel('Onderzoek & Innovatie', { exact: true }).selectOption('starter');
    await page
      .getByLabel('Professionele versterking van medewerker en team', { exact: true })
      .selectOption('ervaren');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is opgeslagen' })).toContainText(
      `Het profiel van ${role.labelNl} is opgeslagen (versie ${role.version + 1})`,
    );
    const saved = await roleByKey('praktijkonderzoeker');
    expect(saved.version).toBe(role.version + 1);
    expect(saved.areaRequirements).toEqual(
      expect.arrayContaining([
        { area: 'onderzoek_innovatie', minLevel: 'starter' },
        { area: 'professionele_versterking', minLevel: 'ervaren' },
      ]),
    );

    // A second HR tab still showing the old version cannot overwrite the change (If-Match → 412).
    const stale = await page.context().newPage();
    await stale.goto(`/beheer/rollen/${role.id}`);
    await page.getByLabel('Onderzoek & Innovatie', { exact: true }).selectOption('ervaren');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: `versie ${role.version + 2}` })).toBeVisible();
    await stale.getByLabel('Onderzoek & Innovatie', { exact: true }).selectOption('expert');
    await stale.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(stale.getByRole('alert').filter({ hasText: 'Iemand anders' })).toContainText(
      'Iemand anders heeft dit intussen gewijzigd',
    );
    await stale.close();
    expect((await roleByKey('praktijkonderzoeker')).areaRequirements).toContainEqual({
      area: 'onderzoek_innovatie',
      minLevel: 'ervaren',
    });

    // Assign the role to her from a date; she appears among the holders.
    await page.reload();
    await page.getByRole('combobox', { name: 'Persoon', exact: true }).selectOption(person.id);
    await page.getByLabel('Vanaf').fill('2026-01-01');
    await page.getByRole('button', { name: 'Rol toewijzen' }).dblclick();
    await expect(page.getByRole('status').filter({ hasText: person.fullName })).toContainText(
      `${person.fullName} heeft de rol ${role.labelNl} vanaf 2026-01-01`,
    );
    const holders = page.getByRole('list', { name: 'Wie heeft deze rol' });
    await expect(holders.getByRole('link', { name: person.fullName })).toBeVisible();
    const assignments = await apiGet<Page_<Assignment>>(
      LOGINS.hr,
      `/api/role-assignments?roleDefinitionId=${role.id}&employeeId=${person.id}`,
    );
    expect(assignments.total).toBe(1);
    await expectNoSeriousViolations(page);
    await expectFitsAt390(page);

    // Invite her as employee, linked to her record; a double click sends one invitation.
    await page.goto('/beheer/toegang');
    await expectRealPage(page);
    await expectNoSeriousViolations(page);
    await expectFitsAt390(page);
    await page.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(person.fullName);
    await page.getByRole('combobox', { name: 'Rol', exact: true }).selectOption('employee');
    await page.getByLabel('Gekoppeld aan medewerker').selectOption(person.id);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).dblclick();
    await expect(page.getByRole('status').filter({ hasText: email })).toContainText(
      `Uitnodiging verstuurd naar ${email} als Medewerker`,
    );
    await expect(page.getByRole('list', { name: 'Uitnodigingen' })).toContainText(email);
    const mail = await waitForMail(email);
    expect(mail.subject).toContain('Uitnodiging voor Teamspiegel');
    // Give a second (wrong) request time to arrive: still one mail, one invitation.
    await page.waitForTimeout(1000);
    expect(mailsTo(email)).toHaveLength(1);
    const invitations = await apiGet<Page_<{ email: string }>>(LOGINS.hr, '/api/invitations?pageSize=200');
    expect(invitations.items.filter((i) => i.email === email)).toHaveLength(1);

    // She opens the link (a browser of her own), chooses a password and is signed in.
    const password = 'Een-eigen-wachtwoord-2026';
    const herContext = await browser.newContext();
    const her = await herContext.newPage();
    await her.goto(invitationPath(mail));
    await expect(her.locator('main h1, h1').first()).toBeVisible();
    await her.locator('input[name="password"]').fill(password);
    await her.locator('input[name="confirm"]').fill(password);
    await her.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await expect(her).toHaveURL(/\/profiel/);
    await herContext.close();

    // Her own login works: she signs in and lands on her profile.
    const again = await browser.newContext();
    const login = await again.newPage();
    await signIn(login, email, password);
    await expect(login).toHaveURL(/\/profiel/);
    await expectRealPage(login);
    await again.close();

    // HR sees her among the logins, as employee linked to her record.
    await page.goto(`/beheer/toegang?zoek=${encodeURIComponent(email)}`);
    const members = page.getByRole('list', { name: 'Wie heeft toegang' });
    await expect(members).toContainText(email);
    await expect(members).toContainText(`gekoppeld aan ${person.fullName}`);
  });

  test('revoking an invitation and removing access ask for confirmation first', async ({ page }) => {
    const email = `e2e.intrekken.${Date.now()}@voorbeeld.nl`;
    await signInAs(page, 'hr');
    await page.goto('/beheer/toegang');
    await page.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Intrekken Test');
    await page.getByRole('combobox', { name: 'Rol', exact: true }).selectOption('trainer');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(page.getByRole('status').filter({ hasText: email })).toBeVisible();
    await waitForMail(email);

    const row = page
      .getByRole('list', { name: 'Uitnodigingen' })
      .getByRole('listitem')
      .filter({ hasText: email });
    await row.getByRole('button', { name: 'Opnieuw versturen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'opnieuw verstuurd' })).toBeVisible();
    await waitForMail(email, 2);

    await row.getByRole('button', { name: 'Intrekken' }).click();
    await expect(row).toContainText(`De uitnodiging voor ${email} intrekken?`);
    await row.getByRole('button', { name: 'Annuleren' }).click();
    let listed = await apiGet<Page_<{ email: string; status: string }>>(
      LOGINS.hr,
      '/api/invitations?pageSize=200',
    );
    expect(listed.items.find((i) => i.email === email)?.status).toBe('pending');

    await row.getByRole('button', { name: 'Intrekken' }).click();
    await row.getByRole('button', { name: 'Ja, intrekken' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is ingetrokken' })).toContainText(
      `De uitnodiging voor ${email} is ingetrokken`,
    );
    listed = await apiGet<Page_<{ email: string; status: string }>>(
      LOGINS.hr,
      '/api/invitations?pageSize=200',
    );
    expect(listed.items.find((i) => i.email === email)?.status).toBe('revoked');

    // A login (invited and accepted through the API): change its role, then remove its access.
    const memberEmail = `e2e.toegang.${Date.now()}@voorbeeld.nl`;
    const invited = await fetch(`${apiUrl()}/api/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await apiToken(LOGINS.hr)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: memberEmail, name: 'Toegang Test', role: 'trainer' }),
    });
    expect(invited.status).toBe(201);
    const token = decodeURIComponent(
      invitationPath(await waitForMail(memberEmail))
        .split('/')
        .pop() ?? '',
    );
    const accepted = await fetch(`${apiUrl()}/api/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'Een-eigen-wachtwoord-2026', session: 'token' }),
    });
    expect(accepted.status).toBe(200);
    await page.goto(`/beheer/toegang?zoek=${encodeURIComponent(memberEmail)}`);
    const memberRow = page
      .getByRole('list', { name: 'Wie heeft toegang' })
      .getByRole('listitem')
      .filter({ hasText: memberEmail });
    await memberRow.getByLabel('Rol van Toegang Test').selectOption('employee');
    await memberRow.getByRole('button', { name: 'Rol wijzigen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'heeft nu de rol' })).toContainText(
      'Toegang Test heeft nu de rol Medewerker',
    );
    await memberRow.getByRole('button', { name: 'Toegang intrekken' }).click();
    await expect(memberRow).toContainText('De toegang van Toegang Test intrekken?');
    await memberRow.getByRole('button', { name: 'Ja, intrekken' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is ingetrokken' })).toContainText(
      'De toegang van Toegang Test is ingetrokken',
    );
    const left = await apiGet<Page_<Member>>(LOGINS.hr, `/api/members?q=${encodeURIComponent(memberEmail)}`);
    expect(left.total).toBe(0);

    // A board login cannot be changed by hr: no controls on that row.
    await page.goto(`/beheer/toegang?zoek=${encodeURIComponent(LOGINS.board)}`);
    const boardRow = page.getByRole('list', { name: 'Wie heeft toegang' }).getByRole('listitem').first();
    await expect(boardRow).toContainText(LOGINS.board);
    await expect(boardRow.getByRole('button')).toHaveCount(0);
  });

  test('a manager may not open the access page', async ({ page }) => {
    await signInAs(page, 'manager');
    const response = await page.goto('/beheer/toegang');
    expect(response?.status()).toBe(403);
  });
});
