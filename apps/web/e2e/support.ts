import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

/** Shared helpers for the browser tests: demo logins, signing in, direct API calls, screenshots. */

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
