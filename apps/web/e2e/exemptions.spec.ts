import { expect, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import { apiGet, apiToken, apiUrl, expectNoSeriousViolations, LOGINS, signInAs, uniqueTag } from './support';

/**
 * Exemptions (issue 14, docs/coverage-rules.md rule 17) in the real browser: HR exempts a team from
 * its kinder-EHBO requirement from the gap on the team page; the requirement shows as exempt (not a
 * gap) through the end date, the projection past that date shows the gap again, the admin list
 * names reason and approver, and ending the exemption brings the gap back at once.
 */

type Site = { id: string };
type CertificateType = { id: string };

async function apiSend<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiUrl()}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await apiToken(LOGINS.hr)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('an exemption removes a gap until its end date; ending it brings the gap back', async ({ page }) => {
  const tag = uniqueTag();
  const sites = await apiGet<ApiPage<Site>>(LOGINS.hr, '/api/sites?pageSize=200');
  const site = sites.items[0];
  if (!site) throw new Error('the demo tenant has no site');
  const team = await apiSend<{ id: string }>('POST', '/api/teams', {
    siteId: site.id,
    name: `Peuters ${tag}`,
  });
  const employee = await apiSend<{ id: string }>('POST', '/api/employees', {
    firstName: 'Pim',
    lastName: `Vrijstelling ${tag}`,
    email: `pim-${tag}@example.org`,
  });
  await apiSend('POST', '/api/memberships', {
    teamId: team.id,
    employeeId: employee.id,
    startDate: '2024-01-01',
  });
  const types = await apiGet<ApiPage<CertificateType>>(LOGINS.hr, '/api/certificate-types?code=kinder-ehbo');
  const ehbo = types.items[0];
  if (!ehbo) throw new Error('the catalogue has no kinder-EHBO');
  const requirement = await apiSend<{ id: string }>('POST', '/api/team-requirements', {
    teamId: team.id,
    kind: 'certificate',
    certificateTypeId: ehbo.id,
    count: 1,
  });

  await signInAs(page, 'hr');
  await page.goto(`/teams/${team.id}`);
  const row = page.getByTestId(`requirement-${requirement.id}`);
  await expect(row).toHaveAttribute('data-status', 'gap');

  // From the gap: exempt the team through a date 10 days ahead (before the projection's horizon).
  const endsOn = inDays(10);
  const exempt = row.getByTestId(`exempt-${requirement.id}`);
  await exempt.locator('summary').click();
  await expect(exempt.getByLabel('Wie')).toHaveValue('');
  await exempt.getByLabel('Reden').fill('EHBO-cursus gepland; tot dan een collega van de buurgroep');
  await exempt.getByLabel('Vrijgesteld tot en met').fill(endsOn);
  await exempt.getByRole('button', { name: 'Vrijstelling vastleggen' }).click();
  // The page is rendered again with the API's figures: the gap (and its form) gives way to "exempt".
  await expect(row).toHaveAttribute('data-status', 'exempt');
  await page.reload();
  await expect(row).toHaveAttribute('data-status', 'exempt');
  await expect(row.getByText('Vrijgesteld', { exact: true })).toBeVisible();
  await expect(row.getByTestId('exemption-note')).toContainText(
    'Zonder vrijstelling: Hiaat, 1 persoon te kort',
  );
  // Past its end date the gap is back: the projection (60 days ahead) shows it.
  await expect(row.locator('td').last()).toContainText('Hiaat');
  await expectNoSeriousViolations(page);

  // The admin list names the reason and who approved it.
  await page.goto('/beheer/vrijstellingen');
  const listed = page
    .getByTestId('exemptions-table')
    .getByRole('row')
    .filter({ hasText: `Peuters ${tag}` });
  await expect(listed).toContainText('EHBO-cursus gepland');
  await expect(listed).toContainText('Loopt');
  await expectNoSeriousViolations(page);

  // Ending it early: the requirement is a gap again at once.
  await page.goto(`/teams/${team.id}`);
  await row.getByRole('button', { name: 'Vrijstelling beëindigen' }).click();
  await expect(row).toHaveAttribute('data-status', 'gap');
  await page.reload();
  await expect(row).toHaveAttribute('data-status', 'gap');
  await expect(row.getByTestId(`exempt-${requirement.id}`)).toBeVisible();
});
