import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Shared helpers for the browser tests: demo logins, signing in, direct API calls, screenshots,
 * axe and width checks, and the admin steps several specs take (a person, a membership, an import).
 */

export const DEMO_PASSWORD = 'Teamspiegel-demo-2026!';

export const LOGINS = {
  board: 'bestuur@demo.teamspiegel.nl',
  hr: 'hr@demo.teamspiegel.nl',
  manager: 'manager@demo.teamspiegel.nl',
  trainer: 'opleider@demo.teamspiegel.nl',
  employee: 'medewerker@demo.teamspiegel.nl',
} as const;

export const ZON_LOGINS = {
  board: 'bestuur@zon.teamspiegel.nl',
  hr: 'hr@zon.teamspiegel.nl',
} as const;

export type Role = keyof typeof LOGINS;

/** Each role's home page (homeFor in src/lib/session.ts). */
export const HOME: Record<Role, string> = {
  board: '/overzicht',
  hr: '/overzicht',
  manager: '/teams',
  trainer: '/ontwikkelvraag',
  employee: '/profiel',
};

export function apiUrl(): string {
  const url = process.env.E2E_API_URL;
  if (!url) throw new Error('E2E_API_URL is not set: run through `playwright test` (global setup)');
  return url;
}

/** Signs in through the login form and waits until the app left the login page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function signInAs(page: Page, role: Role) {
  await signIn(page, LOGINS[role]);
}

const tokens = new Map<string, string>();

/** An API access token for a demo login (cached per worker). */
export async function apiToken(email: string): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const response = await fetch(`${apiUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD, session: 'token' }),
  });
  if (!response.ok) throw new Error(`API login ${email}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { accessToken: string };
  tokens.set(email, body.accessToken);
  return body.accessToken;
}

/** GET from the API directly (the test's independent view of the data). */
export async function apiGet<T>(email: string, pathAndQuery: string): Promise<T> {
  const response = await fetch(`${apiUrl()}${pathAndQuery}`, {
    headers: { authorization: `Bearer ${await apiToken(email)}` },
  });
  if (!response.ok) throw new Error(`GET ${pathAndQuery}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** POST to the API directly as `email` (a step of a test's setup); the body is optional. */
export async function apiPost<T>(email: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiUrl()}${path}`, {
    method: 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      authorization: `Bearer ${await apiToken(email)}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A day as the date inputs and the API write it (yyyy-mm-dd, UTC). */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Through the API as HR: a new team at the demo tenant's first site that requires one kinder-EHBO
 * holder, with one new member (no certificate yet).
 */
export async function teamRequiringKinderEhbo(names: {
  team: string;
  firstName: string;
  lastName: string;
  email: string;
}): Promise<{ teamId: string; employeeId: string }> {
  const sites = await apiGet<{ items: Array<{ id: string }> }>(LOGINS.hr, '/api/sites?pageSize=200');
  const site = sites.items[0];
  if (!site) throw new Error('the demo tenant has no site');
  const team = await apiPost<{ id: string }>(LOGINS.hr, '/api/teams', { siteId: site.id, name: names.team });
  const employee = await apiPost<{ id: string }>(LOGINS.hr, '/api/employees', {
    firstName: names.firstName,
    lastName: names.lastName,
    email: names.email,
  });
  await apiPost(LOGINS.hr, '/api/memberships', {
    teamId: team.id,
    employeeId: employee.id,
    startDate: '2024-01-01',
  });
  const types = await apiGet<{ items: Array<{ id: string }> }>(
    LOGINS.hr,
    '/api/certificate-types?code=kinder-ehbo',
  );
  const ehbo = types.items[0];
  if (!ehbo) throw new Error('the catalogue has no kinder-EHBO');
  await apiPost(LOGINS.hr, '/api/team-requirements', {
    teamId: team.id,
    kind: 'certificate',
    certificateTypeId: ehbo.id,
    count: 1,
  });
  return { teamId: team.id, employeeId: employee.id };
}

/**
 * In the browser, on the person page that is open: records a kinder-EHBO obtained on 2025-01-10 and
 * valid until `expiresOn`, and waits for the confirmation. Returns the certificates section.
 */
export async function recordKinderEhbo(page: Page, expiresOn: Date, issuer?: string): Promise<Locator> {
  const section = page.getByTestId('certificates');
  await section.getByLabel('Certificaat', { exact: true }).selectOption({ label: 'Kinder-EHBO' });
  await section.getByLabel('Behaald op').fill('2025-01-10');
  await section.getByLabel('Geldig tot en met').fill(isoDate(expiresOn));
  if (issuer) await section.getByLabel('Uitgever').fill(issuer);
  await section.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(section.getByRole('status')).toContainText('Certificaat vastgelegd');
  return section;
}

/** A short random tag for names a test creates, so reruns and other specs are unaffected. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** Runs axe (WCAG 2.x A/AA rules) and fails on serious or critical violations, listing them. */
export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  expect(serious, `${page.url()}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/**
 * Fails when the page is wider than the viewport, naming the outermost elements that stick out
 * (outside any scroll container; an absolutely positioned element can escape one that is not positioned).
 */
export async function expectNoHorizontalScroll(page: Page) {
  const { width, viewport, culprits } = await page.evaluate(() => {
    const clipped = (element: Element) => {
      for (let up = element.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(element),
    );
    const outermost = wide.filter((element) => !wide.includes(element.parentElement as Element));
    return {
      width: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      culprits: outermost
        .slice(0, 5)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${element.className} ${element.getAttribute('data-testid') ?? ''}`,
        ),
    };
  });
  expect(width, `${page.url()}: ${culprits.join(' | ')}`).toBeLessThanOrEqual(viewport);
}

/** Creates a person through /mensen → "Nieuwe medewerker" and returns her id (from the URL it lands on). */
export async function createPerson(page: Page, first: string, last: string, email: string, double = false) {
  await page.goto('/mensen');
  await page.getByRole('link', { name: 'Nieuwe medewerker' }).click();
  await expect(page).toHaveURL(/\/beheer\/mensen$/);
  const form = page.getByTestId('person-create-form');
  await form.getByLabel('Voornaam').fill(first);
  await form.getByLabel('Achternaam').fill(last);
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Functie').fill('Pedagogisch medewerker');
  await form.getByLabel('Fte (contractomvang)').fill('0,8');
  await form.getByLabel('Datum in dienst').fill('2024-01-01');
  const submit = form.getByRole('button', { name: 'Medewerker toevoegen' });
  if (double) await submit.dblclick();
  else await submit.click();
  await expect(page.getByTestId('person-created')).toContainText(`${first} ${last} is toegevoegd`);
  const id = /\/beheer\/mensen\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id as string;
}

/** On a person's admin page (/beheer/mensen/:id): adds her to a team from 2024-01-01 with an FTE share. */
export async function addToTeam(page: Page, teamName: string, fte: string) {
  const form = page.getByTestId('membership-add-form');
  await form.getByLabel('Team', { exact: true }).selectOption({ label: teamName });
  await form.getByLabel('Fte in dit team').fill(fte);
  await form.getByLabel('Begindatum').fill('2024-01-01');
  await form.getByRole('button', { name: 'Aan team toevoegen' }).click();
  await expect(form.getByTestId('membership-added')).toContainText(`is toegevoegd aan ${teamName}`);
}

/**
 * An import file (CSV, Dutch headers) that builds structure: site `IKC <tag>` with the teams
 * `Peuters <tag>` and `BSO <tag>`, and ten people; every fifth person works in both teams.
 */
export function structureCsv(tag: string): string {
  const header =
    'e-mail;voornaam;achternaam;locatie;team;fte in team;teamsoort;startdatum in team;Pedagogiek';
  const lines = [header];
  for (let i = 1; i <= 10; i += 1) {
    const both = i % 5 === 0;
    lines.push(
      [
        `e2e.structuur.${tag}.${i}@voorbeeld.nl`,
        `Structuur${tag}`,
        `Persoon ${i}`,
        `IKC ${tag}`,
        both ? `Peuters ${tag} | BSO ${tag}` : i % 2 === 0 ? `Peuters ${tag}` : `BSO ${tag}`,
        both ? '0,5 | 0,3' : '0,8',
        both ? 'peutergroep | BSO' : i % 2 === 0 ? 'peutergroep' : 'BSO',
        '2026-01-05',
        'Starter',
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The value (`dd`) of a labelled figure (`dl > div > dt + dd`) in a section of the import page. */
export const importFigure = (page: Page, scope: Locator, label: string) =>
  scope
    .locator('dl > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

/** /importeren: uploads the structure file of `tag` and checks it; returns the preview section. */
export async function uploadAndCheck(page: Page, tag: string) {
  await page.goto('/importeren');
  await expect(page.getByRole('heading', { level: 1, name: 'Importeren' })).toBeVisible();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: `structuur-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(structureCsv(tag), 'utf8'),
  });
  await page.getByRole('button', { name: 'Controleren' }).click();
  const preview = page.locator('section[aria-labelledby="import-preview"]');
  await expect(preview.getByText('10 regels gelezen (CSV).')).toBeVisible();
  await expect(preview.getByText('Geen fouten gevonden. Je kunt importeren.')).toBeVisible();
  return preview;
}

/** Starts the import from the preview and waits for the job's report; returns the report. */
export async function importAndWait(page: Page, preview: Locator) {
  await preview.getByRole('button', { name: 'Importeren', exact: true }).click();
  const report = page.locator('section[aria-labelledby="import-job"]').getByRole('status');
  await expect(report.getByText(/^✓ Klaar: 10 regels geïmporteerd in [\d.]+ s\.$/)).toBeVisible({
    timeout: 60_000,
  });
  return report;
}

export const screenshotDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../test-results/screenshots',
);

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (kept as an artefact). */
export async function saveScreenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Waits for the page's main heading to be visible (the page rendered, not the loading state). */
export async function mainHeading(page: Page) {
  const heading = page.locator('main h1').first();
  await expect(heading).toBeVisible();
  return heading;
}

/**
 * Asserts the current page rendered its own content: a main heading that is neither the
 * not-found page ("Niet gevonden") nor the error boundary ("Er ging iets mis").
 */
export async function expectRealPage(page: Page) {
  const heading = await mainHeading(page);
  await expect(heading).not.toHaveText(/^(Niet gevonden|Not found)$/);
  await expect(page.getByText(/^(Er ging iets mis|Something went wrong)$/)).toHaveCount(0);
  return heading;
}
