import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { OrganisationCoverage } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, type Role, saveScreenshot, signInAs } from './support';

/** Runs axe (WCAG 2.x A/AA rules) and fails on serious or critical violations, listing them. */
async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`),
    }));
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

async function firstTeamId() {
  const coverage = await apiGet<OrganisationCoverage>(LOGINS.hr, '/api/organisation/coverage?pageSize=1');
  return coverage.matrix.items[0]?.teamId as string;
}

async function firstEmployeeId() {
  const people = await apiGet<{ items: Array<{ id: string }> }>(LOGINS.hr, '/api/employees?pageSize=1');
  return people.items[0]?.id as string;
}

test.describe('accessibility (axe: no serious or critical violations)', () => {
  test('login', async ({ page }) => {
    await page.goto('/login');
    await expectNoSeriousViolations(page);
  });

  const pages: Array<{ name: string; role: Role; path: () => Promise<string> }> = [
    { name: 'overzicht', role: 'board', path: async () => '/overzicht' },
    { name: 'team', role: 'hr', path: async () => `/teams/${await firstTeamId()}` },
    { name: 'mensen', role: 'hr', path: async () => '/mensen' },
    { name: 'persoon', role: 'hr', path: async () => `/mensen/${await firstEmployeeId()}` },
    { name: 'profiel', role: 'employee', path: async () => '/profiel' },
    { name: 'ontwikkelplan', role: 'hr', path: async () => '/ontwikkelplan' },
    { name: 'ontwikkelvraag', role: 'trainer', path: async () => '/ontwikkelvraag' },
  ];
  for (const { name, role, path } of pages) {
    test(`${name} (${role})`, async ({ page }) => {
      const target = await path();
      await signInAs(page, role);
      await page.goto(target);
      await expectRealPage(page);
      await saveScreenshot(page, `a11y-${name}`);
      await expectNoSeriousViolations(page);
    });
  }
});
