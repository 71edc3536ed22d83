import { expect, test } from '@playwright/test';
import type { Page as ApiPage } from './coverage-types';
import { waitForMail } from './mailbox';
import { apiGet, apiToken, apiUrl, LOGINS, signInAs, uniqueTag } from './support';

/**
 * Issue 14's done-when in the real browser: HR records a kinder-EHBO certificate that expires in
 * 30 days; the team page shows it as expiring and the projected coverage as a gap; the digest mail
 * lists it; HR plans a refresher course from the gap and the projection is covered again.
 */

type Site = { id: string; name: string };
type CertificateType = { id: string; code: string };

async function apiPost<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiUrl()}${path}`, {
    method: 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      authorization: `Bearer ${await apiToken(LOGINS.hr)}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

test('an expiring kinder-EHBO: expiring on the team page, projected gap, in the digest, covered by a planned refresher', async ({
  page,
}) => {
  const tag = uniqueTag();
  const lastName = `Herhaling ${tag}`;
  const sites = await apiGet<ApiPage<Site>>(LOGINS.hr, '/api/sites?pageSize=200');
  const site = sites.items[0];
  if (!site) throw new Error('the demo tenant has no site');
  const team = await apiPost<{ id: string }>('/api/teams', {
    siteId: site.id,
    name: `EHBO-herhaling ${tag}`,
  });
  const employee = await apiPost<{ id: string }>('/api/employees', {
    firstName: 'Fenna',
    lastName,
    email: `fenna-${tag}@example.org`,
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

  // HR records the certificate on the person's page.
  await signInAs(page, 'hr');
  await page.goto(`/mensen/${employee.id}`);
  const section = page.getByTestId('certificates');
  await section.getByLabel('Certificaat', { exact: true }).selectOption({ label: 'Kinder-EHBO' });
  await section.getByLabel('Behaald op').fill('2025-01-10');
  await section.getByLabel('Geldig tot en met').fill(isoDate(new Date(Date.now() + 30 * 86_400_000)));
  await section.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(section.getByRole('status')).toContainText('Certificaat vastgelegd');

  // The team page: one holder today, marked expiring; projected a gap.
  await page.goto(`/teams/${team.id}`);
  const certificates = page.getByRole('region', { name: 'Certificaten' });
  const row = certificates.locator('tbody tr').filter({ hasText: 'Kinder-EHBO' });
  await expect(row).toContainText('Afhankelijk van één persoon');
  await expect(row.getByTestId('lapsing')).toContainText(
    `Fenna ${lastName}: certificaat verloopt binnenkort`,
  );
  const projected = row.locator('td').last();
  await expect(projected).toContainText('Hiaat');
  await expect(projected).toContainText('tekort 1');

  // The start page's reminders list it too.
  await page.goto('/overzicht');
  await expect(page.getByTestId('reminders')).toContainText(`Fenna ${lastName}`);

  // The digest mail (the daily job's run, triggered now) lists it.
  await apiPost('/api/reminders/digest');
  const mail = await waitForMail(LOGINS.hr);
  expect(mail.subject).toContain('certificaten die aandacht vragen');
  expect(mail.text).toContain(`Fenna ${lastName}: Kinder-EHBO, geldig t/m`);

  // HR plans a refresher course from the gap: the projection is covered again.
  await page.goto(`/teams/${team.id}`);
  await row.getByRole('button', { name: /Plan opfriscursus/ }).click();
  await expect(row.getByText('Opfriscursus gepland')).toBeVisible();
  await page.reload();
  await expect(row.getByTestId('lapsing')).toContainText('opfriscursus gepland');
  await expect(projected).toContainText('Geen verandering');
  await expect(projected).not.toContainText('Hiaat');
});
