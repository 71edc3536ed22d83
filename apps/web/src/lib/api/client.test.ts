import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const incoming = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => incoming.headers,
  cookies: async () => {
    throw new Error('anonymous calls read no session');
  },
}));

const { apiFetch } = await import('./client');

describe('the API client', () => {
  const fetchMock = vi.fn(async (_url: URL, _init?: RequestInit) => Response.json({ ok: true }));
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockClear();
  });

  function sentHeaders(): Record<string, string> {
    const init = fetchMock.mock.calls[0]?.[1];
    return (init?.headers ?? {}) as Record<string, string>;
  }

  it("passes the browser's address on to the API, so its limits count per person", async () => {
    incoming.headers = new Headers({ 'x-forwarded-for': '203.0.113.7' });
    await apiFetch('/api/auth/login', { method: 'POST', anonymous: true, body: { email: 'a@b.nl' } });
    expect(sentHeaders()['x-forwarded-for']).toBe('203.0.113.7');
  });

  it('passes a proxy chain on whole; the API decides which hops it trusts', async () => {
    incoming.headers = new Headers({ 'x-forwarded-for': '198.51.100.1, 203.0.113.8' });
    await apiFetch('/api/invitations/preview', { anonymous: true, query: { token: 'x' } });
    expect(sentHeaders()['x-forwarded-for']).toBe('198.51.100.1, 203.0.113.8');
  });

  it('sends no X-Forwarded-For of its own making when there is none', async () => {
    incoming.headers = new Headers();
    await apiFetch('/api/health', { anonymous: true });
    expect(sentHeaders()).not.toHaveProperty('x-forwarded-for');
  });
});
