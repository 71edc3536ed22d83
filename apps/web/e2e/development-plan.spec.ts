import { expect, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, saveScreenshot, signInAs } from './support';

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

    const gapRow = page.locator('tr[data-testid^="gap-"]:has(button:text-matches("^Plan "))').first();
    await expect(gapRow).toBeVisible();
    const testId = (await gapRow.getAttribute('data-testid')) as string;
    const before = await allActionIds();

    await gapRow.getByRole('button', { name: /^Plan / }).click();
    await expect(page.getByTestId(testId).getByText('Ingepland: staat nu in het plan.')).toBeVisible();

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
});
