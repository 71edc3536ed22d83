import { expect, type Page, test } from '@playwright/test';
import { LEVEL_ANCHORS } from '@teamspiegel/domain';
import {
  apiGet,
  apiToken,
  apiUrl,
  expectNoHorizontalScroll,
  expectNoSeriousViolations,
  expectRealPage,
  LOGINS,
  saveScreenshot,
  signInAs,
} from './support';

/**
 * The employee on her phone (issue 15, items 8–10): every page of hers and her team's page fit
 * 390 px without sideways scrolling, controls are at least 44 px tall, she reads the beroepsbeeld's
 * anchor of the level she chooses, sees what an ambition would change before saving it, asks for
 * training and hears back through the bell.
 */

type Profile = { employee: { id: string }; teams: Array<{ id: string; name: string }> };

const PHONE = { width: 390, height: 844 };

async function apiSend(email: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${apiUrl()}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await apiToken(email)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  // biome-ignore lint/suspicious/noExplicitAny: test set-up reads ids from API answers.
  return (response.status === 204 ? null : await response.json()) as any;
}

/** Controls she taps (not inline links in running text) that are lower than 44 px, named. */
async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'header a',
      'header button',
      'main button',
      'main select',
      'main textarea',
      'main summary',
      'main input:not([type=hidden]):not([type=radio]):not([type=checkbox])',
      'main label:has(input[type=radio])',
    ].join(',');
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.height < 43.5;
      })
      .map(
        (element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
}

async function expectFitsPhone(page: Page, name: string, tapTargets = true) {
  await expectRealPage(page);
  await expectNoHorizontalScroll(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
  if (tapTargets) expect(await smallTapTargets(page), `${name}: controls under 44 px`).toEqual([]);
  await saveScreenshot(page, `${name}-390`);
  await expectNoSeriousViolations(page);
}

test.describe('the employee on her phone', () => {
  test('Mijn profiel at 1440 and at 390 px: the T-shape as a list, no sideways scrolling, 44 px controls', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs(page, 'employee');
    await page.goto('/profiel');
    await expectRealPage(page);
    await saveScreenshot(page, 'mijn-profiel-1440');
    await testInfo.attach('mijn-profiel-1440', {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });

    await page.setViewportSize(PHONE);
    await page.goto('/profiel');
    await expect(page.getByTestId('tshape-list')).toBeVisible();
    await expectFitsPhone(page, 'mijn-profiel');
    await testInfo.attach('mijn-profiel-390', {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });

  for (const [path, name] of [
    ['/profiel/ontwikkeling', 'mijn-ontwikkeling'],
    ['/profiel/gegevens', 'mijn-gegevens'],
    ['/meldingen', 'meldingen'],
  ] as const) {
    test(`${path} fits 390 px with 44 px controls`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await signInAs(page, 'employee');
      await page.goto(path);
      await expectFitsPhone(page, name);
    });
  }

  test('her team page fits 390 px', async ({ page }) => {
    const profile = await apiGet<Profile>(LOGINS.employee, '/api/me/profile');
    const team = profile.teams[0];
    expect(team, 'the demo employee belongs to a team').toBeDefined();
    await page.setViewportSize(PHONE);
    await signInAs(page, 'employee');
    await page.goto(`/teams/${team?.id}`);
    // Its controls belong to the team page's own tests; here: no sideways scrolling, axe clean.
    await expectFitsPhone(page, 'team-als-medewerker', false);
  });

  test('choosing a level shows the beroepsbeeld anchor of that level in that area', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signInAs(page, 'employee');
    await page.goto('/profiel');
    const field = page.getByTestId('level-field-onderzoek_innovatie');
    await field.locator('select').selectOption('ervaren');
    await expect(field.getByTestId('level-anchor')).toContainText(
      LEVEL_ANCHORS.onderzoek_innovatie.ervaren.nl,
    );
    await field.locator('select').selectOption('in_opleiding');
    await expect(field.getByTestId('level-anchor')).toContainText(
      LEVEL_ANCHORS.onderzoek_innovatie.in_opleiding.nl,
    );
    // All four anchors of the area, one tap away.
    await field.locator('summary').click();
    await expect(field.locator('dd')).toHaveCount(4);
    await expect(field.locator('dd').nth(3)).toHaveText(LEVEL_ANCHORS.onderzoek_innovatie.expert.nl);
    await expectNoSeriousViolations(page);
  });

  test('an ambition shows which gap it would close before it is saved', async ({ page }) => {
    const profile = await apiGet<Profile>(LOGINS.employee, '/api/me/profile');
    const team = profile.teams[0];
    // A requirement her reaching expert in organisatie & samenwerking would narrow.
    const requirement = await apiSend(LOGINS.hr, 'POST', '/api/team-requirements', {
      teamId: team?.id,
      kind: 'area',
      area: 'organisatie_samenwerking',
      minLevel: 'expert',
      count: 25,
    });
    const expected = await apiGet<{ requirements: Array<{ requirementId: string; closesGap: boolean }> }>(
      LOGINS.employee,
      '/api/me/ambition-impact/preview?area=organisatie_samenwerking&targetLevel=expert',
    );
    expect(expected.requirements.map((item) => item.requirementId)).toContain(requirement.id);

    await page.setViewportSize(PHONE);
    await signInAs(page, 'employee');
    await page.goto('/profiel');
    const form = page.getByTestId('profile-form');
    await form.getByRole('button', { name: /Ambitie toevoegen/ }).click();
    const ambition = form
      .locator('fieldset')
      .filter({ has: page.locator('legend', { hasText: /^Ambitie \d+$/ }) })
      .last();
    await ambition.getByLabel('Domein of specialisatie').selectOption('organisatie_samenwerking');
    await ambition.getByLabel('Gewenst niveau').selectOption('expert');
    const preview = ambition.getByTestId('ambition-preview');
    await expect(preview).toHaveAttribute('data-state', 'ready');
    await expect(preview).toContainText(`in ${team?.name}`);
    await expect(preview.getByTestId('ambition-preview-effect')).toHaveCount(
      expected.requirements.filter((item) => item.closesGap).length,
    );
    await expect(preview).toContainText(
      /Jouw ambitie zou het hiaat .*Organisatie & Samenwerking.* (dichten|verkleinen)/,
    );
    await expectNoHorizontalScroll(page);
    // Nothing was saved: the previewed ambition is not hers yet.
    const saved = await apiGet<{ ambitions: Array<{ area: string; targetLevel: string }> }>(
      LOGINS.employee,
      '/api/me/profile',
    );
    expect(
      saved.ambitions.filter((a) => a.area === 'organisatie_samenwerking' && a.targetLevel === 'expert'),
    ).toEqual([]);
    await apiSend(LOGINS.hr, 'DELETE', `/api/team-requirements/${requirement.id}`);
  });

  test('she asks for coaching, hr plans it, the bell tells her, and she marks it read', async ({ page }) => {
    const profile = await apiGet<Profile & { employee: { id: string } }>(LOGINS.employee, '/api/me/profile');
    const token = `Praktijkonderzoek ${Date.now().toString(36)}`;
    // An active ambition of hers to ask for (made through the API as hr).
    await apiSend(LOGINS.hr, 'POST', '/api/ambitions', {
      employeeId: profile.employee.id,
      direction: 'verbreden',
      area: 'onderzoek_innovatie',
      targetLevel: 'starter',
    });

    await page.setViewportSize(PHONE);
    await signInAs(page, 'employee');
    await page.goto('/profiel/ontwikkeling');
    const form = page.getByTestId('request-form');
    await form.getByLabel('Voor welke ambitie?').selectOption({ label: 'Onderzoek & Innovatie: starter' });
    await form.getByLabel('Coaching').check();
    await form.getByLabel('Toelichting (optioneel)').fill(token);
    await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect(page.getByText('Je aanvraag is verstuurd.')).toBeVisible();
    const request = page.getByTestId('requests').locator('li', { hasText: token });
    await expect(request).toHaveAttribute('data-status', 'open');
    await expect(request).toContainText('Wacht op antwoord');

    // Hr sees it and plans a coaching for her in that area.
    const open = await apiGet<{ items: Array<{ id: string; note: string | null }> }>(
      LOGINS.hr,
      '/api/development-requests?status=open&pageSize=200',
    );
    expect(open.items.map((item) => item.note)).toContain(token);
    const title = `Coaching ${token}`;
    await apiSend(LOGINS.hr, 'POST', '/api/development-actions', {
      type: 'coaching',
      title,
      employeeId: profile.employee.id,
      area: 'onderzoek_innovatie',
      targetLevel: 'starter',
    });

    await page.reload();
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAttribute('aria-label', /ongelezen/);
    const unreadBefore = Number(await bell.getByTestId('notification-count').textContent());
    await expect(page.getByTestId('requests').locator('li', { hasText: token })).toHaveAttribute(
      'data-status',
      'planned',
    );
    await expect(page.getByTestId('actions-planned')).toContainText(title);

    await bell.click();
    await expect(page).toHaveURL(/\/meldingen$/);
    const item = page.getByTestId('notification').filter({ hasText: title });
    await expect(item).toContainText(`Er is een ontwikkelactie voor je gepland: ${title}.`);
    await expectFitsPhone(page, 'meldingen-met-melding');
    await item.getByRole('button', { name: /Markeer als gelezen/ }).click();
    await expect(item.getByRole('button', { name: /Markeer als gelezen/ })).toHaveCount(0);
    if (unreadBefore > 1)
      await expect(bell.getByTestId('notification-count')).toHaveText(String(unreadBefore - 1));
    else await expect(bell.getByTestId('notification-count')).toHaveCount(0);
  });

  test('hr reads the requests and declines one with an answer; she reads it in Meldingen', async ({
    page,
  }) => {
    const profile = await apiGet<Profile>(LOGINS.employee, '/api/me/profile');
    const ambition = await apiSend(LOGINS.hr, 'POST', '/api/ambitions', {
      employeeId: profile.employee.id,
      direction: 'verdiepen',
      area: 'professionele_versterking',
      targetLevel: 'ervaren',
    });
    const note = `Intervisie leiden ${Date.now().toString(36)}`;
    await apiSend(LOGINS.employee, 'POST', '/api/me/development-requests', {
      ambitionId: ambition.id,
      type: 'training',
      note,
    });

    await signInAs(page, 'hr');
    await page.goto('/ontwikkelplan');
    await page.getByRole('link', { name: 'Aanvragen van medewerkers' }).click();
    await expect(page).toHaveURL(/\/ontwikkelplan\/aanvragen/);
    const card = page.getByTestId('development-requests').locator('li', { hasText: note });
    await expect(card).toHaveAttribute('data-status', 'open');
    await card.getByText('Afwijzen', { exact: true }).click();
    await card.getByLabel(/Toelichting voor/).fill('Volgend schooljaar, samen met het team.');
    await card.getByRole('button', { name: 'Aanvraag afwijzen' }).click();
    await expect(page.getByTestId('development-requests').locator('li', { hasText: note })).toHaveCount(0);
    await expectNoSeriousViolations(page);

    await page.context().clearCookies();
    await page.setViewportSize(PHONE);
    await signInAs(page, 'employee');
    await page.goto('/meldingen');
    const item = page
      .getByTestId('notification')
      .filter({ hasText: 'Volgend schooljaar, samen met het team.' });
    await expect(item).toContainText(
      'Je aanvraag voor Professionele versterking van medewerker en team is afgewezen.',
    );
  });
});
