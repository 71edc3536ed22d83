import { expect, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import { apiGet, apiToken, apiUrl, LOGINS, signInAs } from './support';

/**
 * Certificates (issue 14) in the real browser: HR records a kinder-EHBO certificate that expires in
 * 30 days for a member of a team that requires one holder; the person page shows it as expiring
 * and the team page shows the requirement with the status the API computed.
 */

type Site = { id: string; name: string };
type CertificateType = { id: string; code: string };

async function apiPost<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${apiUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await apiToken(LOGINS.hr)}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

test('HR records a kinder-EHBO certificate expiring in 30 days; person and team pages show it', async ({
  page,
}) => {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const sites = await apiGet<ApiPage<Site>>(LOGINS.hr, '/api/sites?pageSize=200');
  const site = sites.items[0];
  if (!site) throw new Error('the demo tenant has no site');
  const team = await apiPost<{ id: string }>('/api/teams', { siteId: site.id, name: `EHBO-team ${tag}` });
  const employee = await apiPost<{ id: string }>('/api/employees', {
    firstName: 'Eva',
    lastName: `Certificaat ${tag}`,
    email: `eva-${tag}@example.org`,
  });
  await apiPost('/api/memberships', { teamId: team.id, employeeId: employee.id, startDate: '2024-01-01' });
  const types = await apiGet<ApiPage<CertificateType>>(LOGINS.hr, '/api/certificate-types?code=kinder-ehbo');
  const ehbo = types.items[0];
  if (!ehbo) throw new Error('the catalogue has no kinder-EHBO');
  await apiPost('/api/team-requirements', {
    teamId: team.id,
    kind: 'certificate',
    certificateTypeId: ehbo.id,
    count: 1,
  });

  await signInAs(page, 'hr');
  await page.goto(`/mensen/${employee.id}`);
  const section = page.getByTestId('certificates');
  await expect(section.getByRole('heading', { name: 'Certificaten' })).toBeVisible();
  await section.getByLabel('Certificaat', { exact: true }).selectOption({ label: 'Kinder-EHBO' });
  await section.getByLabel('Behaald op').fill('2025-01-10');
  await section.getByLabel('Geldig tot en met').fill(isoDate(new Date(Date.now() + 30 * 86_400_000)));
  await section.getByLabel('Uitgever').fill('Het Oranje Kruis');
  await section.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(section.getByRole('status')).toContainText('Certificaat vastgelegd');
  await page.reload();
  const item = page.getByTestId('certificate').filter({ hasText: 'Kinder-EHBO' });
  await expect(item).toContainText('Verloopt binnenkort');
  // Usable at 390 px: the section and its form fit the width.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(section.getByRole('button', { name: 'Vastleggen' })).toBeVisible();
  // (Only this section: the page's T-shape chart is wider than 390 px, a known issue of its own.)
  const overflowing = await section.evaluate(
    (root) =>
      [root, ...root.querySelectorAll('*')].filter(
        (el) => el.getBoundingClientRect().right > window.innerWidth + 1,
      ).length,
  );
  expect(overflowing).toBe(0);
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto(`/teams/${team.id}`);
  const requirement = page.getByRole('region', { name: 'Certificaten' });
  await expect(requirement).toContainText('Kinder-EHBO');
  await expect(requirement).toContainText('Afhankelijk van één persoon');
});
