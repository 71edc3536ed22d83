import { expect, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import {
  apiGet,
  apiToken,
  apiUrl,
  expectNoSeriousViolations,
  expectRealPage,
  LOGINS,
  signInAs,
  uniqueTag,
} from './support';

async function apiPost<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${apiUrl()}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await apiToken(LOGINS.hr)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as T;
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test.describe('development plan as a working tool (issue 15, item 3)', () => {
  test('HR sees an overdue action, edits its dates, provider and cost, reads the history and the budget', async ({
    page,
  }) => {
    // A team of its own, so the budget below holds exactly this action.
    const tag = uniqueTag();
    const site = await apiPost<{ id: string }>('/api/sites', { name: `Planlocatie ${tag}` });
    const team = await apiPost<{ id: string }>('/api/teams', { siteId: site.id, name: `Planteam ${tag}` });
    const people = await apiGet<ApiPage<{ id: string }>>(LOGINS.hr, '/api/employees?active=true&pageSize=1');
    const action = await apiPost<{ id: string }>('/api/development-actions', {
      type: 'training',
      title: `Kinder-EHBO ${tag}`,
      employeeId: people.items[0]?.id,
      teamId: team.id,
      startDate: isoDay(-90),
      expectedEndDate: isoDay(-2),
    });

    await signInAs(page, 'hr');
    await page.goto(`/ontwikkelplan?team=${team.id}&te-laat=1`);
    await expectRealPage(page);
    const card = page.getByTestId(`action-${action.id}`);
    await expect(card).toHaveAttribute('data-overdue', 'true');
    await expect(card.getByTestId('overdue')).toContainText('Te laat');
    await expectNoSeriousViolations(page);

    await card.getByRole('link', { name: /Bewerken en geschiedenis/ }).click();
    await expect(page).toHaveURL(new RegExp(`/ontwikkelplan/acties/${action.id}$`));
    const form = page.getByTestId('edit-action');
    await form.getByLabel('Aanbieder').fill('Academie Noord');
    await form.getByLabel('Kosten (€)').fill('1.250,50');
    await form.getByLabel('Verwachte einddatum').fill(isoDay(60));
    await form.getByLabel('Status').selectOption('in_progress');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(form.getByText('Opgeslagen.')).toBeVisible();

    await page.reload();
    await expect(page.getByTestId('overdue')).toHaveCount(0);
    const history = page.getByTestId('action-history');
    await expect(history.locator('li[data-field="provider"]')).toContainText(
      'Aanbieder: leeg → Academie Noord',
    );
    await expect(history.locator('li[data-field="costCents"]')).toContainText('€ 1.250,50');
    await expect(history.locator('li[data-field="status"]')).toContainText('Gepland → Bezig');
    await expectNoSeriousViolations(page);

    await page.goto(`/ontwikkelplan?team=${team.id}`);
    const budget = page.getByTestId('training-budget');
    await expect(budget.getByTestId('budget-total')).toContainText('€ 1.250,50');
    await expect(budget.getByTestId('budget-team')).toContainText([`Planteam ${tag}`]);
    const csv = await page.request.get(`/export/opleidingsbudget?format=csv&teamId=${team.id}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toContain('opleidingsbudget');
    expect(await csv.text()).toContain(`Planteam ${tag}`);
    const xlsx = await page.request.get(`/export/opleidingsbudget?format=xlsx&teamId=${team.id}`);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await expectNoSeriousViolations(page);
  });
});

test.describe('validation queue (issue 15, item 4)', () => {
  type Item = { id: string; area: string; impact: unknown[] };

  test('HR filters by area, sees the impact, approves two at once and undoes it', async ({ page }) => {
    const queue = await apiGet<ApiPage<Item>>(LOGINS.hr, '/api/me/validation-queue?pageSize=200');
    const byArea = new Map<string, Item[]>();
    for (const item of queue.items) byArea.set(item.area, [...(byArea.get(item.area) ?? []), item]);
    const area = [...byArea.entries()].find(([, items]) => items.length >= 2)?.[0];
    if (!area) throw new Error('the demo tenant has no area with two levels waiting');

    await signInAs(page, 'hr');
    await page.goto(`/validatie?gebied=${area}`);
    await expectRealPage(page);
    const items = page.locator('[data-testid^="queue-item-"]');
    await expect(items.first()).toBeVisible();
    await expect(items.first().getByTestId('queue-impact')).toBeVisible();
    await expectNoSeriousViolations(page);

    const chosen: string[] = [];
    for (const index of [0, 1]) {
      const item = items.nth(index);
      chosen.push(((await item.getAttribute('data-testid')) as string).replace('queue-item-', ''));
      await item.getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: 'Selectie goedkeuren' }).click();
    const status = page.getByTestId('bulk-status');
    await expect(status).toContainText('2 niveaus goedgekeurd');
    for (const id of chosen) await expect(page.getByTestId(`queue-item-${id}`)).toHaveCount(0);
    const after = await apiGet<ApiPage<Item>>(
      LOGINS.hr,
      `/api/me/validation-queue?pageSize=200&area=${area}`,
    );
    expect(after.items.map((item) => item.id)).not.toContain(chosen[0]);

    await status.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(status).toContainText('Teruggedraaid');
    for (const id of chosen) await expect(page.getByTestId(`queue-item-${id}`)).toBeVisible();
    const restored = await apiGet<ApiPage<Item>>(
      LOGINS.hr,
      `/api/me/validation-queue?pageSize=200&area=${area}`,
    );
    expect(restored.items.map((item) => item.id)).toEqual(expect.arrayContaining(chosen));
    await expectNoSeriousViolations(page);
  });
});
