import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { hashPassword } from '../../src/lib/passwords.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

/** The production defaults, not the generous limits the other test files run with. */
const DEFAULT_LIMITS = {
  RATE_LIMIT_MAX: '600',
  LOGIN_RATE_LIMIT_MAX: '10',
  LOGIN_ADDRESS_RATE_LIMIT_MAX: '100',
  INVITATION_RATE_LIMIT_MAX: '30',
};

/** An address in TEST-NET-3 (RFC 5737), as a client behind the web server would have. */
const address = (n: number) => `203.0.113.${n}`;

function login(t: TestApp, email: string, password: string, from?: string) {
  const request = t.request().post('/api/auth/login');
  if (from) request.set('x-forwarded-for', from);
  return request.send({ email, password, session: 'token' });
}

describe('sign-in limits', () => {
  let t: TestApp;
  const staff = Array.from({ length: 30 }, (_, i) => `leerkracht${i}@school.example`);

  beforeAll(async () => {
    t = await buildTestApp({ env: DEFAULT_LIMITS });
    const organisation = await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const email of staff) {
      await t.app.systemDb.user.create({
        data: {
          email,
          name: email,
          passwordHash,
          memberships: { create: { organisationId: organisation.id, role: 'employee' } },
        },
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets 30 people sign in within a minute through the web server, each with their own address', async () => {
    const statuses: number[] = [];
    for (const [i, email] of staff.entries()) {
      statuses.push((await login(t, email, DEMO_PASSWORD, address(i + 1))).status);
    }
    expect(statuses).toEqual(staff.map(() => 200));
  });

  it('lets 30 people behind one address (one school) sign in: successful sign-ins never count', async () => {
    const statuses: number[] = [];
    for (const email of staff) statuses.push((await login(t, email, DEMO_PASSWORD, address(100))).status);
    expect(statuses).toEqual(staff.map(() => 200));
  });

  it('blocks an account after 10 wrong passwords, and that account only', async () => {
    const victim = staff[0] ?? '';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      statuses.push((await login(t, victim, 'geraden-wachtwoord', address(101))).status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429]);

    const blocked = await login(t, victim, DEMO_PASSWORD, address(102));
    expect(blocked.status).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(blocked.body.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    // Everyone else, from the attacker's address too, still signs in.
    expect((await login(t, staff[1] ?? '', DEMO_PASSWORD, address(101))).status).toBe(200);
    expect((await login(t, DEMO.hr, DEMO_PASSWORD, address(101))).status).toBe(200);
  });

  it('blocks an address after many failed sign-ins across accounts, not the accounts elsewhere', async () => {
    const limits = await buildTestApp({ env: { ...DEFAULT_LIMITS, LOGIN_ADDRESS_RATE_LIMIT_MAX: '5' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (await login(limits, `onbekend${i}@example.org`, 'fout-wachtwoord', address(7))).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect((await login(limits, DEMO.hr, DEMO_PASSWORD, address(7))).status).toBe(429);
      expect((await login(limits, DEMO.hr, DEMO_PASSWORD, address(8))).status).toBe(200);
    } finally {
      await limits.close();
    }
  });
});

describe('client addresses', () => {
  it('believes X-Forwarded-For only from the configured proxies', async () => {
    // The test connects from loopback, which is not the configured proxy here.
    const t = await buildTestApp({
      env: { ...DEFAULT_LIMITS, LOGIN_ADDRESS_RATE_LIMIT_MAX: '3', TRUST_PROXY: '192.0.2.1' },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await login(t, `onbekend${i}@example.org`, 'fout-wachtwoord', address(i))).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});

describe('global limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { ...DEFAULT_LIMITS, RATE_LIMIT_MAX: '5' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function tokenFrom(email: string, from: string) {
    const response = await login(t, email, DEMO_PASSWORD, from);
    expect(response.status).toBe(200);
    return `Bearer ${response.body.accessToken as string}`;
  }

  it('counts per signed-in user, so colleagues behind one address do not share a bucket', async () => {
    const hr = await tokenFrom(DEMO.hr, address(20));
    const board = await tokenFrom(DEMO.board, address(21));
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await t.request().get('/api/sites').set('authorization', hr).set('x-forwarded-for', address(22)))
          .status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const other = await t
      .request()
      .get('/api/sites')
      .set('authorization', board)
      .set('x-forwarded-for', address(22));
    expect(other.status).toBe(200);
  });

  it('counts anonymous calls per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await t.request().get('/api/sites').set('x-forwarded-for', address(30))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await t.request().get('/api/sites').set('x-forwarded-for', address(31))).status).toBe(401);
  });
});

describe('invitation limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({
      env: { ...DEFAULT_LIMITS, INVITATION_RATE_LIMIT_MAX: '4', LOGIN_RATE_LIMIT_MAX: '3' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts calls to the public invitation endpoints per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await t
        .request()
        .get('/api/invitations/preview?token=geraden-token-dat-niet-bestaat')
        .set('x-forwarded-for', address(40));
      statuses.push(response.status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 429]);
    const elsewhere = await t
      .request()
      .get('/api/invitations/preview?token=geraden-token-dat-niet-bestaat')
      .set('x-forwarded-for', address(41));
    expect(elsewhere.status).toBe(404);
  });

  it('limits password guesses when accepting for an existing account, together with sign-in', async () => {
    const invited = await t
      .request()
      .post('/api/invitations')
      .set('authorization', `Bearer ${await t.tokenFor(DEMO.hr)}`)
      .send({ email: ZON.employee, name: 'Bestaand Account', role: 'employee' });
    expect(invited.status).toBe(201);
    const link = t.mails.at(-1)?.link ?? '';
    const token = decodeURIComponent(link.split('/uitnodiging/')[1] ?? '');

    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await t
        .request()
        .post('/api/invitations/accept')
        .set('x-forwarded-for', address(50 + i))
        .send({ token, password: 'geraden-wachtwoord' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // The account's own sign-in is blocked too: the guesses were at its password.
    expect((await login(t, ZON.employee, DEMO_PASSWORD, address(60))).status).toBe(429);
  });
});
