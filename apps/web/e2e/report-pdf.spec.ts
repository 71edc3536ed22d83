import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import type { OrganisationCoverage } from './coverage-types';
import { apiGet, expectRealPage, LOGINS, signInAs } from './support';

/** The text of a PDF, with the line breaks of wrapped cells read as spaces. */
async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

test.describe('board report as PDF (/rapport)', () => {
  test('the report page with its download button is axe clean', async ({ page }) => {
    await signInAs(page, 'hr');
    await page.goto('/rapport');
    await expectRealPage(page);
    await expect(page.getByTestId('report-pdf')).toHaveAttribute('href', '/export/bestuursrapport');
    // Rule 18: the sites' certificate requirements, as on the overview (the demo's IKC De Wilgenhoek).
    const sites = page.getByTestId('site-requirements');
    await expect(sites.getByRole('heading', { name: 'Locaties: certificaateisen' })).toBeVisible();
    await expect(
      sites.getByTestId('site-requirement-row').filter({ hasText: 'IKC De Wilgenhoek' }),
    ).toContainText('Kinder-EHBO');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });

  test('the download is a PDF with the organisation and every heatmap team', async ({ page }) => {
    await signInAs(page, 'board');
    await page.goto('/rapport');
    await expectRealPage(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^teamspiegel-bestuursrapportage-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = await pdfText(bytes);
    const me = await apiGet<{ organisation: { name: string } }>(LOGINS.board, '/api/me');
    expect(me.organisation.name.length).toBeGreaterThan(0);
    expect(text).toContain(me.organisation.name);
    const coverage = await apiGet<OrganisationCoverage>(
      LOGINS.board,
      '/api/organisation/coverage?pageSize=1000',
    );
    expect(coverage.matrix.items.length).toBeGreaterThan(0);
    for (const row of coverage.matrix.items) expect(text).toContain(row.teamName.replace(/\s+/g, ' '));
  });

  test("the team page downloads the team's report as a PDF with the team's name", async ({ page }) => {
    const coverage = await apiGet<OrganisationCoverage>(LOGINS.hr, '/api/organisation/coverage?pageSize=1');
    const team = coverage.matrix.items[0];
    expect(team).toBeDefined();
    await signInAs(page, 'hr');
    await page.goto(`/teams/${team?.teamId}`);
    await expectRealPage(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('team-report-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^teamspiegel-teamrapport-[a-z0-9-]+\.pdf$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(bytes)).toContain(`Teamrapport ${team?.teamName.replace(/\s+/g, ' ')}`);
  });
});
