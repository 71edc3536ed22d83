import { expect, test } from '@playwright/test';

test.describe('web security', () => {
  test('pages carry a Content-Security-Policy that admits no other origin', async ({ request }) => {
    const response = await request.get('/login');
    expect(response.status()).toBe(200);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
    // The e2e suite runs a production build: HSTS is on.
    expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  test('a Server Action posted from a foreign origin is refused with 403, not 500', async ({
    request,
    baseURL,
  }) => {
    const post = (origin: string) =>
      request.post('/login', {
        headers: { 'next-action': '7f'.repeat(21), origin, 'content-type': 'text/plain;charset=UTF-8' },
        data: '[]',
        maxRedirects: 0,
      });
    const foreign = await post('https://evil.example');
    expect(foreign.status()).toBe(403);
    // The same request from the site's own origin gets past the check (an unknown action: not 403).
    const own = await post(new URL(baseURL ?? '').origin);
    expect(own.status()).not.toBe(403);
    expect(own.status()).toBeLessThan(500);
  });
});
