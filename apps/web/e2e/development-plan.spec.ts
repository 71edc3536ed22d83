import { expect, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import { apiGet, apiToken, apiUrl, expectRealPage, LOGINS, saveScreenshot, signInAs } from './support';

type Action = { id: string; teamId: string | null; area: string | null; status: string };

async function allActionIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; ; page += 1) {
    const result = await apiGet<ApiPage<Action>>(
      LOGINS.hr,
      `/api/development-actions?pageSize=200&page=${page}`,
    );
    for (const action of result.items) ids.add(action.id);
    if (page * result.pageSize >= result.total) return ids;
  }
}

test.describe('development plan (/ontwikkelplan)', () => {
  test('HR plans a development action from a gap in one click and it appears in the plan', async ({
    page,
  }) => {
    await signInAs(page, 'hr');
    await page.goto('/ontwikkelplan');
    await expectRealPage(page);
    await saveScreenshot(page, 'ontwikkelplan');

    const gapRow = page
      .locator('tr[data-kind="area"][data-testid^="gap-"]:has(button:text-matches("^Plan "))')
      .first();
    await expect(gapRow).toBeVisible();
    const testId = (await gapRow.getAttribute('data-testid')) as string;
    const before = await allActionIds();

    const button = gapRow.getByRole('button', { name: /^Plan / });
    const name = /voor (.+?) —/.exec((await button.textContent()) ?? '')?.[1] ?? '';
    // A double click plans once: the button is disabled while pending and the API is idempotent.
    await button.dblclick();
    // The confirmation names the person it was planned for, in the gap's own row.
    await expect(page.getByTestId(testId).getByTestId('plan-confirmation')).toContainText(`voor ${name}`);

    // Exactly one new action, for that gap's team and area, and it shows in the plan.
    const after = await allActionIds();
    const created = [...after].filter((id) => !before.has(id));
    expect(created).toHaveLength(1);
    const action = await apiGet<Action>(LOGINS.hr, `/api/development-actions/${created[0]}`);
    const [, teamId, area] = testId.match(/^gap-(.+)-([a-z_]+)-(in_opleiding|starter|ervaren|expert)$/) ?? [];
    expect(action.teamId).toBe(teamId);
    expect(action.area).toBe(area);
    await page.reload();
    await expect(page.getByTestId(`action-${created[0]}`)).toBeVisible();
    await expect(page.getByTestId(`action-${created[0]}`)).toHaveAttribute('data-status', action.status);
  });

  test('the plan button of a surroundings gap plans a hire aimed at it, and the gap is then in the plan', async ({
    page,
  }) => {
    // A gap no team meets: "50 people in contact with de wetenschap" in the first team.
    const teams = await apiGet<ApiPage<{ id: string }>>(LOGINS.hr, '/api/teams?pageSize=1');
    const teamId = teams.items[0]?.id as string;
    const created = await fetch(`${apiUrl()}/api/team-requirements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await apiToken(LOGINS.hr)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ teamId, kind: 'circle', circle: 'wetenschap', count: 50 }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const requirementId = ((await created.json()) as { id: string }).id;

    await signInAs(page, 'hr');
    await page.goto(`/ontwikkelplan?team=${teamId}`);
    const row = page.getByTestId(`gap-${teamId}-circle-${requirementId}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('planned')).toHaveText('—');
    await row.getByRole('button', { name: /^Plan werving/ }).click();
    await expect(row.getByTestId('plan-confirmation')).toContainText('Gepland: werving voor');

    type PlanGap = { plannedActions: Array<{ vacancy: boolean; targetCircle: string | null }> };
    const gaps = await apiGet<ApiPage<PlanGap>>(
      LOGINS.hr,
      `/api/development-plan/gaps?teamId=${teamId}&requirementId=${requirementId}`,
    );
    expect(gaps.items[0]?.plannedActions).toEqual([
      expect.objectContaining({ vacancy: true, targetCircle: 'wetenschap' }),
    ]);
    await page.reload();
    await expect(
      page.getByTestId(`gap-${teamId}-circle-${requirementId}`).getByTestId('planned'),
    ).toContainText('Vacature');
  });

  test('the new-action form aims a hire at a competency; a chosen kind without a target is refused', async ({
    page,
  }) => {
    // A competency gap nobody meets: 50 people scoring 5 on ontwikkelingsgerichtheid in the first team.
    const teams = await apiGet<ApiPage<{ id: string; name: string }>>(LOGINS.hr, '/api/teams?pageSize=1');
    const team = teams.items[0] as { id: string; name: string };
    const created = await fetch(`${apiUrl()}/api/team-requirements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await apiToken(LOGINS.hr)}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        teamId: team.id,
        kind: 'competency',
        competency: 'ontwikkelingsgerichtheid',
        minScore: 5,
        count: 50,
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const requirementId = ((await created.json()) as { id: string }).id;

    await signInAs(page, 'hr');
    await page.goto(`/ontwikkelplan?team=${team.id}`);
    const row = page.getByTestId(`gap-${team.id}-competency-${requirementId}`);
    await expect(row.getByTestId('planned')).toHaveText('—');

    const form = page.locator('form').filter({ has: page.getByLabel('Deze actie is gericht op') });
    await form.getByLabel('Soort').selectOption('werving');
    await form.getByLabel('Titel').fill('Werving ontwikkelingsgerichte leerkracht');
    await form.getByLabel('Team (hiaat)').selectOption(team.id);
    // Choosing "a role" without a role: the form says which field, and nothing is created.
    await form.getByLabel('Deze actie is gericht op').selectOption('role');
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(form.getByLabel('Rol', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('Controleer dit veld.')).toBeVisible();

    await form.getByLabel('Deze actie is gericht op').selectOption('competency');
    await form.getByLabel('Competentie', { exact: true }).selectOption('ontwikkelingsgerichtheid');
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(form.getByText('Actie toegevoegd.')).toBeVisible();

    type PlanGap = { plannedActions: Array<{ vacancy: boolean; targetCompetency: string | null }> };
    const gaps = await apiGet<ApiPage<PlanGap>>(
      LOGINS.hr,
      `/api/development-plan/gaps?teamId=${team.id}&requirementId=${requirementId}`,
    );
    expect(gaps.items[0]?.plannedActions).toEqual([
      expect.objectContaining({ vacancy: true, targetCompetency: 'ontwikkelingsgerichtheid' }),
    ]);
    await page.reload();
    await expect(
      page.getByTestId(`gap-${team.id}-competency-${requirementId}`).getByTestId('planned'),
    ).toContainText('Vacature');
  });
});
