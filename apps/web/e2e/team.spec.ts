import { expect, test } from '@playwright/test';
import type { OrganisationCoverage, TeamCoverage } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, saveScreenshot, signInAs, ZON_LOGINS } from './support';

/** A demo team with a requirement met by exactly one named member: removing that member changes it. */
async function teamWithSinglePointOfFailure() {
  const coverage = await apiGet<OrganisationCoverage>(LOGINS.hr, '/api/organisation/coverage?pageSize=1000');
  for (const row of coverage.matrix.items) {
    if (!Object.values(row.cells).some((cell) => cell.status === 'single_point')) continue;
    const team = await apiGet<TeamCoverage>(LOGINS.hr, `/api/teams/${row.teamId}/coverage`);
    const requirement = team.requirements.find(
      (r) => r.status === 'single_point' && r.suppliers.length === 1,
    );
    const supplier = requirement?.suppliers[0];
    const member = team.members.find((m) => m.employeeId === supplier?.employeeId);
    if (requirement && member) return { team, requirement, member };
  }
  throw new Error('the demo seed has no team with a single point of failure');
}

test.describe('team page (/teams/[id])', () => {
  test('shows every requirement with its status, as the API computes it', async ({ page }) => {
    const { team } = await teamWithSinglePointOfFailure();
    await signInAs(page, 'hr');
    await page.goto(`/teams/${team.team.id}`);
    await expect(await expectRealPage(page)).toContainText(team.team.name);
    for (const requirement of team.requirements) {
      await expect(page.getByTestId(`requirement-${requirement.requirement.id}`)).toHaveAttribute(
        'data-status',
        requirement.status,
      );
    }
    await saveScreenshot(page, 'team');
  });

  test('what-if: a member leaves, the result shows a changed requirement and nothing is saved', async ({
    page,
  }) => {
    const { team, requirement, member } = await teamWithSinglePointOfFailure();
    await signInAs(page, 'hr');
    await page.goto(`/teams/${team.team.id}`);
    const whatIf = page.getByTestId('what-if');
    await expect(whatIf).toBeVisible();
    await whatIf.getByLabel('Soort wijziging').selectOption({ label: 'Een teamlid vertrekt' });
    await whatIf.getByLabel('Teamlid', { exact: true }).selectOption({ label: member.name });
    await whatIf.getByRole('button', { name: 'Wijziging toevoegen' }).click();
    await expect(whatIf.getByTestId('what-if-changes')).toContainText(member.name);
    await whatIf.getByRole('button', { name: 'Doorrekenen' }).click();

    const result = page.getByTestId('what-if-result');
    await expect(result).toBeVisible();
    const row = result.getByTestId(`what-if-row-${requirement.requirement.id}`);
    await expect(row).toHaveAttribute('data-changed', 'true');
    // The only supplier left: the requirement is no longer met.
    await expect(row).toHaveAttribute('data-status-after', 'gap');
    await saveScreenshot(page, 'team-what-if');

    // Nothing was saved: the API and the page after a reload still show the requirement as before.
    const after = await apiGet<TeamCoverage>(LOGINS.hr, `/api/teams/${team.team.id}/coverage`);
    expect(after.summary).toEqual(team.summary);
    expect(after.members.map((m) => m.employeeId)).toContain(member.employeeId);
    await page.reload();
    await expect(page.getByTestId(`requirement-${requirement.requirement.id}`)).toHaveAttribute(
      'data-status',
      'single_point',
    );
    await expect(page.getByTestId('what-if-result')).toHaveCount(0);
  });

  test('nested tiers with the higher tier short: heatmap cell and team page show the failing tier', async ({
    page,
  }) => {
    // The demo's Bovenbouw: didactiek ≥ 10 ervaren and ≥ 6 expert, with fewer experts than six.
    const coverage = await apiGet<OrganisationCoverage>(
      LOGINS.hr,
      '/api/organisation/coverage?pageSize=1000',
    );
    const row = coverage.matrix.items.find((item) => item.teamName.startsWith('Bovenbouw'));
    const cell = row?.cells.didactiek;
    expect(cell, 'the demo has a Bovenbouw team with didactiek tiers').toBeDefined();
    expect(cell?.minLevel).toBe('expert');
    expect(cell?.status).toBe('gap');
    const figure = `Expert ${cell?.supply}/${cell?.required}`;
    expect(cell?.required).toBe(6);

    await signInAs(page, 'board');
    await page.goto('/overzicht');
    await expectRealPage(page);
    const heatmapCell = page
      .getByTestId('heatmap')
      .locator(`tr:has(a:text-is("${row?.teamName}")) td[data-area="didactiek"]`);
    await expect(heatmapCell).toHaveAttribute('data-status', 'gap');
    await expect(heatmapCell.getByTestId('cell-figure')).toHaveText(figure);

    await page.goto(`/teams/${row?.teamId}`);
    const areaCell = page.getByTestId('area-cell-didactiek');
    await expect(areaCell).toHaveAttribute('data-status', 'gap');
    await expect(areaCell).toContainText(figure);
    await expect(areaCell).toContainText(`${cell?.gap} ${cell?.gap === 1 ? 'persoon' : 'mensen'} te kort`);
    await saveScreenshot(page, 'team-failing-tier');
  });

  test("another organisation's team is not found", async ({ page }) => {
    const zon = await apiGet<OrganisationCoverage>(ZON_LOGINS.hr, '/api/organisation/coverage?pageSize=10');
    const zonTeamId = zon.matrix.items[0]?.teamId;
    expect(zonTeamId, 'the zon tenant has teams').toBeTruthy();
    await signInAs(page, 'hr');
    await page.goto(`/teams/${zonTeamId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Niet gevonden' })).toBeVisible();
    await expect(page.getByText(zon.matrix.items[0]?.teamName as string)).toHaveCount(0);
  });
});
