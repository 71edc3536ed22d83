import { expect, test } from '@playwright/test';
import { recordKinderEhbo, signInAs, teamRequiringKinderEhbo, uniqueTag } from './support';

/**
 * Certificates (issue 14) in the real browser: HR records a kinder-EHBO certificate that expires in
 * 30 days for a member of a team that requires one holder; the person page shows it as expiring
 * and the team page shows the requirement with the status the API computed.
 */

test('HR records a kinder-EHBO certificate expiring in 30 days; person and team pages show it', async ({
  page,
}) => {
  const tag = uniqueTag();
  const { teamId, employeeId } = await teamRequiringKinderEhbo({
    team: `EHBO-team ${tag}`,
    firstName: 'Eva',
    lastName: `Certificaat ${tag}`,
    email: `eva-${tag}@example.org`,
  });

  await signInAs(page, 'hr');
  await page.goto(`/mensen/${employeeId}`);
  await expect(page.getByTestId('certificates').getByRole('heading', { name: 'Certificaten' })).toBeVisible();
  const section = await recordKinderEhbo(page, new Date(Date.now() + 30 * 86_400_000), 'Het Oranje Kruis');
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

  await page.goto(`/teams/${teamId}`);
  const requirement = page.getByRole('region', { name: 'Certificaten' });
  await expect(requirement).toContainText('Kinder-EHBO');
  await expect(requirement).toContainText('Afhankelijk van één persoon');
});
