import { expect, test } from '@playwright/test';
import { levelRank, type TeamCoverage } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, saveScreenshot, signInAs } from './support';

type Profile = {
  employee: { id: string };
  areaLevels: Array<{ area: string; level: string }>;
  teams: Array<{ id: string; name: string }>;
};

test.describe('own profile (/profiel)', () => {
  test('an employee raises a level, saves, and their team coverage changes', async ({ page }) => {
    const email = LOGINS.employee;
    const profile = await apiGet<Profile>(email, '/api/me/profile');
    const levelOf = (area: string) => profile.areaLevels.find((l) => l.area === area)?.level ?? null;

    // An area requirement of one of the employee's teams that they do not meet yet, and that is short.
    let target: {
      teamId: string;
      requirementId: string;
      area: string;
      minLevel: string;
      headcount: number;
    } | null = null;
    for (const team of profile.teams) {
      const coverage = await apiGet<TeamCoverage>(email, `/api/teams/${team.id}/coverage`);
      const requirement = coverage.requirements.find(
        (r) =>
          r.requirement.kind === 'area' &&
          r.status !== 'covered' &&
          levelRank(levelOf(r.requirement.area as string)) < levelRank(r.requirement.minLevel),
      );
      if (requirement) {
        target = {
          teamId: team.id,
          requirementId: requirement.requirement.id,
          area: requirement.requirement.area as string,
          minLevel: requirement.requirement.minLevel as string,
          headcount: requirement.supply.headcount,
        };
        break;
      }
    }
    expect(target, "the employee's teams have a short area requirement they could help meet").not.toBeNull();
    if (!target) return;

    await signInAs(page, 'employee');
    await expect(page).toHaveURL(/\/profiel$/);
    await expectRealPage(page);
    const form = page.getByTestId('profile-form');
    await expect(form).toBeVisible();
    await saveScreenshot(page, 'profiel');
    await form.locator(`select[name="level-${target.area}"]`).selectOption(target.minLevel);
    await form.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();

    // The API now counts the employee for that requirement.
    await expect
      .poll(async () => {
        const coverage = await apiGet<TeamCoverage>(email, `/api/teams/${target.teamId}/coverage`);
        return coverage.requirements.find((r) => r.requirement.id === target.requirementId)?.supply.headcount;
      })
      .toBe(target.headcount + 1);

    // And the saved level survives a reload.
    await page.reload();
    await expect(page.getByTestId('profile-form').locator(`select[name="level-${target.area}"]`)).toHaveValue(
      target.minLevel,
    );
  });

  test('the ambition impact panel is shown', async ({ page }) => {
    await signInAs(page, 'employee');
    await expect(page.getByTestId('ambition-impact')).toBeVisible();
  });
});
