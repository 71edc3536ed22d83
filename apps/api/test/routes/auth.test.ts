import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { hashToken } from '../../src/lib/tokens.ts';
import { buildTestApp, DEMO, PLATFORM_ADMIN, TEST_JWT_SECRET, type TestApp, ZON } from '../helpers/build.ts';

function base64url(value: object | string) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** Hand-made JWTs, to prove the API refuses each way a token can be wrong. */
function craftToken(payload: object, options: { secret?: string; alg?: string } = {}) {
  const header = base64url({ alg: options.alg ?? 'HS256', typ: 'JWT' });
  const body = base64url(payload);
  if (options.alg === 'none') return `${header}.${body}.`;
  const signature = createHmac('sha256', options.secret ?? TEST_JWT_SECRET)
    .update(`${header}.${body}`)
    .digest('base64url');
  return `${header}.${body}.${signature}`;
}

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function claimsOf(email: string) {
    const token = await t.tokenFor(email);
    const payload = token.split('.')[1] ?? '';
    return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  }

  it('signs in every demo role and returns its organisation and role', async () => {
    for (const [role, email] of Object.entries(DEMO)) {
      const response = await t.request().post('/api/auth/login').send({ email, password: DEMO_PASSWORD });
      expect(response.status, email).toBe(200);
      expect(response.body.role).toBe(role);
      expect(response.body.organisation.slug).toBe('demo');
      expect(response.body.tokenType).toBe('Bearer');
      // Browsers get the refresh token only as an httpOnly cookie, never in the body.
      expect(response.body.refreshToken).toBeUndefined();
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/ts_refresh=/);
      expect(cookie).toMatch(/HttpOnly/i);
    }
  });

  it('accepts e-mail addresses case-insensitively', async () => {
    const response = await t
      .request()
      .post('/api/auth/login')
      .send({ email: DEMO.hr.toUpperCase(), password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong password and an unknown account alike, as problem+json', async () => {
    const wrong = await t
      .request()
      .post('/api/auth/login')
      .send({ email: DEMO.hr, password: 'not-the-password' });
    const unknown = await t
      .request()
      .post('/api/auth/login')
      .send({ email: 'nobody@demo.teamspiegel.nl', password: 'whatever-password' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('invalid_credentials');
    }
  });

  it('rejects a login body without e-mail with field paths', async () => {
    const response = await t.request().post('/api/auth/login').send({ password: 'x' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain('body.email');
  });

  it('issues tokens with pinned algorithm, issuer, audience and expiry', async () => {
    const claims = await claimsOf(DEMO.manager);
    expect(claims.iss).toBe('teamspiegel-api');
    expect(claims.aud).toBe('teamspiegel');
    expect(typeof claims.exp).toBe('number');
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    expect(claims.role).toBe('manager');
  });

  it('GET /api/me tells who is signed in', async () => {
    const response = await t
      .request()
      .get('/api/me')
      .set('authorization', `Bearer ${await t.tokenFor(DEMO.manager)}`);
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe(DEMO.manager);
    expect(response.body.role).toBe('manager');
    expect(response.body.managedTeamIds.length).toBeGreaterThan(0);
  });

  describe('refuses bad access tokens', () => {
    const now = () => Math.floor(Date.now() / 1000);
    async function valid() {
      return claimsOf(DEMO.hr);
    }
    const cases: Array<[string, () => Promise<string>, string]> = [
      ['missing', async () => '', 'unauthenticated'],
      [
        'expired',
        async () => craftToken({ ...(await valid()), iat: now() - 7200, exp: now() - 3600 }),
        'token_expired',
      ],
      [
        'tampered',
        async () => {
          const [header, , signature] = (await t.tokenFor(DEMO.employee)).split('.');
          const elevated = base64url({ ...(await claimsOf(DEMO.employee)), role: 'hr' });
          return `${header}.${elevated}.${signature}`;
        },
        'token_invalid',
      ],
      ['alg none', async () => craftToken({ ...(await valid()) }, { alg: 'none' }), 'token_invalid'],
      [
        'wrong audience',
        async () => craftToken({ ...(await valid()), aud: 'someone-else' }),
        'token_invalid',
      ],
      ['wrong issuer', async () => craftToken({ ...(await valid()), iss: 'evil' }), 'token_invalid'],
      [
        'wrong secret',
        async () => craftToken({ ...(await valid()) }, { secret: 'x'.repeat(40) }),
        'token_invalid',
      ],
      [
        'HS512 instead of HS256',
        async () => craftToken({ ...(await valid()) }, { alg: 'HS512' }),
        'token_invalid',
      ],
    ];
    for (const [name, makeToken, code] of cases) {
      it(name, async () => {
        const token = await makeToken();
        const request = t.request().get('/api/sites');
        const response = token ? await request.set('authorization', `Bearer ${token}`) : await request;
        expect(response.status).toBe(401);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.code).toBe(code);
      });
    }
  });

  it('rotates refresh tokens and revokes the family when an old one is replayed', async () => {
    const login = await t
      .request()
      .post('/api/auth/login')
      .send({ email: DEMO.board, password: DEMO_PASSWORD, session: 'token' });
    const first = login.body.refreshToken as string;
    expect(first).toBeTruthy();

    const rotated = await t.request().post('/api/auth/refresh').send({ refreshToken: first });
    expect(rotated.status).toBe(200);
    const second = rotated.body.refreshToken as string;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);

    // Long after the rotation (past the grace period for concurrent requests), the old token returns.
    await t.app.systemDb.refreshToken.updateMany({
      where: { tokenHash: hashToken(first) },
      data: { revokedAt: new Date(Date.now() - 3_600_000) },
    });
    const replay = await t.request().post('/api/auth/refresh').send({ refreshToken: first });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('refresh_reused');

    // The replay revoked the whole family, including the token issued after it.
    const afterReplay = await t.request().post('/api/auth/refresh').send({ refreshToken: second });
    expect(afterReplay.status).toBe(401);

    // Only hashes are stored, and every token of the family is now revoked.
    const secondRow = await t.app.systemDb.refreshToken.findFirstOrThrow({
      where: { tokenHash: hashToken(second) },
    });
    const family = await t.app.systemDb.refreshToken.findMany({ where: { familyId: secondRow.familyId } });
    expect(family.length).toBe(2);
    expect(family.every((row) => row.revokedAt !== null)).toBe(true);
    expect(family.some((row) => row.tokenHash === first || row.tokenHash === second)).toBe(false);
  });

  it('refreshes from the httpOnly cookie and logs out', async () => {
    const agent = t.request();
    const login = await agent.post('/api/auth/login').send({ email: DEMO.trainer, password: DEMO_PASSWORD });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const refreshed = await t.request().post('/api/auth/refresh').set('cookie', cookie);
    expect(refreshed.status).toBe(200);
    const newCookie = String(refreshed.headers['set-cookie']).split(';')[0] ?? '';
    expect(newCookie).not.toBe(cookie);

    const logout = await t.request().post('/api/auth/logout').set('cookie', newCookie);
    expect(logout.status).toBe(204);
    const afterLogout = await t.request().post('/api/auth/refresh').set('cookie', newCookie);
    expect(afterLogout.status).toBe(401);
  });

  it('lets a person with several organisations choose one, and refuses one they are not in', async () => {
    const zonOrganisation = await t.app.systemDb.organisation.findUniqueOrThrow({
      where: { slug: 'kinderopvang-zon' },
    });
    const response = await t
      .request()
      .post('/api/auth/login')
      .send({ email: DEMO.hr, password: DEMO_PASSWORD, organisationId: zonOrganisation.id });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('no_membership');
  });

  it('signs in the platform administrator without an organisation', async () => {
    const response = await t
      .request()
      .post('/api/auth/login')
      .send({ email: PLATFORM_ADMIN, password: DEMO_PASSWORD, session: 'token' });
    expect(response.status).toBe(200);
    expect(response.body.user.isPlatformAdmin).toBe(true);
    const sites = await t
      .request()
      .get('/api/sites')
      .set('authorization', `Bearer ${response.body.accessToken}`);
    expect(sites.status).toBe(403);
  });

  it('keeps tenants apart: the same route shows each organisation only its own rows', async () => {
    const demo = await t
      .request()
      .get('/api/sites')
      .set('authorization', `Bearer ${await t.tokenFor(DEMO.hr)}`);
    const zon = await t
      .request()
      .get('/api/sites')
      .set('authorization', `Bearer ${await t.tokenFor(ZON.hr)}`);
    const demoIds = new Set(demo.body.items.map((s: { id: string }) => s.id));
    expect(demo.body.total).toBe(3);
    expect(zon.body.items.length).toBeGreaterThan(0);
    for (const site of zon.body.items) expect(demoIds.has(site.id)).toBe(false);
  });

  it('answers unknown routes and oversized bodies with problem+json', async () => {
    const missing = await t.request().get('/api/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('route_not_found');
    const huge = await t
      .request()
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: DEMO.hr, password: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(huge.body.code).toBe('payload_too_large');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await t
      .request()
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '3' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 problem+json after too many attempts for one e-mail', async () => {
    const statuses: number[] = [];
    let last: { headers: Record<string, string>; body: { code?: string } } | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await t
        .request()
        .post('/api/auth/login')
        .send({ email: DEMO.hr, password: 'wrong-password' });
      statuses.push(response.status);
      last = response;
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses[4]).toBe(429);
    expect(last?.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(last?.body.code).toBe('rate_limited');
  });
});

describe('configuration', () => {
  it('refuses to start in production without a strong secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(ConfigError);
    const smtp = { SMTP_HOST: 'smtp.example.nl', MAIL_FROM: 'no-reply@example.nl' };
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(40), ...smtp }).jwt.secret).toBe(
      'y'.repeat(40),
    );
  });

  it('generates a secret in development and warns', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(config.warnings.join(' ')).toMatch(/JWT_SECRET/);
  });

  it('refuses malformed values with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
