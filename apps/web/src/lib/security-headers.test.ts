import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';
import { isForeignServerAction } from './server-action-origin';

const names = (mode: 'development' | 'production') => securityHeaders(mode).map((header) => header.key);

describe('security headers', () => {
  it('send a Content-Security-Policy that admits no other origin', () => {
    const policy = contentSecurityPolicy('production');
    expect(names('production')).toContain('Content-Security-Policy');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy('development')).toContain("'unsafe-eval'");
  });

  it('send HSTS in production only', () => {
    expect(names('production')).toContain('Strict-Transport-Security');
    expect(names('development')).not.toContain('Strict-Transport-Security');
  });
});

describe('isForeignServerAction', () => {
  const action = (headers: Record<string, string>) =>
    isForeignServerAction('POST', new Headers({ 'next-action': 'abc123', ...headers }));

  it('flags a Server Action from another origin', () => {
    expect(action({ host: 'teamspiegel.nl', origin: 'https://evil.example' })).toBe(true);
    expect(action({ host: 'teamspiegel.nl', origin: 'null' })).toBe(true);
    expect(action({ host: 'localhost:3000', origin: 'http://localhost:3001' })).toBe(true);
  });

  it('lets same-origin actions, actions behind a proxy and ordinary requests through', () => {
    expect(action({ host: 'localhost:3000', origin: 'http://localhost:3000' })).toBe(false);
    expect(
      action({
        host: '127.0.0.1:3000',
        'x-forwarded-host': 'teamspiegel.nl',
        origin: 'https://teamspiegel.nl',
      }),
    ).toBe(false);
    expect(action({ host: 'teamspiegel.nl' })).toBe(false);
    expect(isForeignServerAction('POST', new Headers({ host: 'a', origin: 'https://b' }))).toBe(false);
    expect(
      isForeignServerAction('GET', new Headers({ 'next-action': 'x', host: 'a', origin: 'https://b' })),
    ).toBe(false);
  });
});
