import { expect, test } from '@playwright/test';
import { waitForMail } from './mailbox';
import { apiPost, LOGINS, recordKinderEhbo, signInAs, teamRequiringKinderEhbo, uniqueTag } from './support';

/**
 * Issue 14's done-when in the real browser: HR records a kinder-EHBO certificate that expires in
 * 30 days; the team page shows it as expiring and the projected coverage as a gap; the digest mail
 * lists it; HR plans a refresher course from the gap and the projection is covered again.
 */

test('an expiring kinder-EHBO: expiring on the team page, projected gap, in the digest, covered by a planned refresher', async ({
  page,
}) => {
  const tag = uniqueTag();
  const lastName = `Herhaling ${tag}`;
  const { teamId, employeeId } = await teamRequiringKinderEhbo({
    team: `EHBO-herhaling ${tag}`,
    firstName: 'Fenna',
    lastName,
    email: `fenna-${tag}@example.org`,
  });

  // HR records the certificate on the person's page.
  await signInAs(page, 'hr');
  await page.goto(`/mensen/${employeeId}`);
  await recordKinderEhbo(page, new Date(Date.now() + 30 * 86_400_000));

  // The team page: one holder today, marked expiring; projected a gap.
  await page.goto(`/teams/${teamId}`);
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
  await apiPost(LOGINS.hr, '/api/reminders/digest');
  const mail = await waitForMail(LOGINS.hr);
  expect(mail.subject).toContain('certificaten die aandacht vragen');
  expect(mail.text).toContain(`Fenna ${lastName}: Kinder-EHBO, geldig t/m`);

  // HR plans a refresher course from the gap: the projection is covered again.
  await page.goto(`/teams/${teamId}`);
  await row.getByRole('button', { name: /Plan opfriscursus/ }).click();
  await expect(row.getByText('Opfriscursus gepland')).toBeVisible();
  await page.reload();
  await expect(row.getByTestId('lapsing')).toContainText('opfriscursus gepland');
  await expect(projected).toContainText('Geen verandering');
  await expect(projected).not.toContainText('Hiaat');
});
