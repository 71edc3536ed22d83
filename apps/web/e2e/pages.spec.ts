import { expect, test } from '@playwright/test';
import type { OrganisationCoverage } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, type Role, saveScreenshot, signInAs } from './support';

async function firstTeamId() {
  const coverage = await apiGet<OrganisationCoverage>(LOGINS.hr, '/api/organisation/coverage?pageSize=1');
  return coverage.matrix.items[0]?.teamId as string;
}

/** The remaining pages of the role menus render their main element (and leave a screenshot). */
const pages: Array<{ name: string; role: Role; path: () => Promise<string>; testId: string }> = [
  { name: 'teams', role: 'manager', path: async () => '/teams', testId: '' },
  { name: 'mensen', role: 'hr', path: async () => '/mensen', testId: 'people-table' },
  { name: 'validatie', role: 'manager', path: async () => '/validatie', testId: 'validation-queue' },
  { name: 'ontwikkelvraag', role: 'trainer', path: async () => '/ontwikkelvraag', testId: '' },
  {
    name: 'team-eisen',
    role: 'hr',
    path: async () => `/teams/${await firstTeamId()}/eisen`,
    testId: 'requirements-editor',
  },
  { name: 'logboek', role: 'hr', path: async () => '/logboek', testId: 'audit-table' },
];

test.describe('pages render', () => {
  for (const { name, role, path, testId } of pages) {
    test(`${name} (${role})`, async ({ page }) => {
      const target = await path();
      await signInAs(page, role);
      await page.goto(target);
      await expectRealPage(page);
      if (testId) await expect(page.getByTestId(testId)).toBeVisible();
      await saveScreenshot(page, name);
    });
  }
});
