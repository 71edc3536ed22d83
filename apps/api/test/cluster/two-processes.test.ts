import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { DEMO_SLUG } from '../../src/db/seed/demo-tenant.ts';
import { type ApiProcess, signIn, startApiProcess } from '../helpers/api-process.ts';
import { DEMO } from '../helpers/build.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/*
 * Two real API processes on one database (as `npm run start:cluster` runs them): rate limits are
 * counted together (the PostgreSQL store), and a figure written through one process is read
 * identically through the other.
 */
let database: TestDatabase;
let a: ApiProcess;
let b: ApiProcess;

const RATE_LIMIT_MAX = 10;
const LOGIN_RATE_LIMIT_MAX = 4;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const env = {
    RATE_LIMIT_MAX: String(RATE_LIMIT_MAX),
    LOGIN_RATE_LIMIT_MAX: String(LOGIN_RATE_LIMIT_MAX),
    JOBS_WORKER: 'false',
  };
  [a, b] = await Promise.all([startApiProcess(database.url, env), startApiProcess(database.url, env)]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

/** An anonymous call from `address` (the API trusts X-Forwarded-For from loopback, as from the web server). */
const anonymous = (api: ApiProcess, address: string) =>
  fetch(`${api.url}/api/teams`, { headers: { 'x-forwarded-for': address } }).then(
    (response) => response.status,
  );

describe('two API processes on one database', () => {
  it('count the global rate limit together: the calls through both add up to one limit', async () => {
    const address = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await anonymous(a, address));
    for (let i = 0; i < RATE_LIMIT_MAX - 6; i++) statuses.push(await anonymous(b, address));
    expect(statuses).toEqual(Array(RATE_LIMIT_MAX).fill(401));
    // Each process alone has seen fewer than the limit; together they have used it up.
    expect(await anonymous(b, address)).toBe(429);
    expect(await anonymous(a, address)).toBe(429);
    // Another address is not affected.
    expect(await anonymous(a, '203.0.113.8')).toBe(401);
  });

  it('count failed sign-ins of one account together', async () => {
    const login = (api: ApiProcess, password: string) =>
      fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.4' },
        body: JSON.stringify({ email: DEMO.employee, password, session: 'token' }),
      }).then((response) => response.status);
    const statuses = [
      await login(a, 'wrong-1'),
      await login(b, 'wrong-2'),
      await login(a, 'wrong-3'),
      await login(b, 'wrong-4'),
    ];
    expect(statuses).toEqual([401, 401, 401, 401]);
    // The account is blocked in both processes, even with the right password.
    expect(await login(a, DEMO_PASSWORD)).toBe(429);
    expect(await login(b, DEMO_PASSWORD)).toBe(429);
  });

  it('serve the same figure through both processes after a write through one', async () => {
    const db = createPrismaClient(database.url);
    try {
      const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
      const team = await db.team.findFirstOrThrow({
        where: { organisationId: organisation.id },
        orderBy: { name: 'asc' },
      });
      const board = {
        a: await signIn(a, DEMO.board, DEMO_PASSWORD),
        b: await signIn(b, DEMO.board, DEMO_PASSWORD),
      };
      const hr = await signIn(a, DEMO.hr, DEMO_PASSWORD);
      const coverage = async (api: ApiProcess, token: string) => {
        const response = await fetch(`${api.url}/api/teams/${team.id}/coverage`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(response.status).toBe(200);
        return response.json();
      };
      // Both processes have read (and cached) the figure before the write.
      const before = await coverage(a, board.a);
      expect(await coverage(b, board.b)).toEqual(before);

      const created = await fetch(`${a.url}/api/team-requirements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${hr}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          teamId: team.id,
          kind: 'area',
          area: 'onderzoek_innovatie',
          minLevel: 'expert',
          count: 5,
        }),
      });
      expect(created.status, await created.clone().text()).toBe(201);

      const afterA = await coverage(a, board.a);
      const afterB = await coverage(b, board.b);
      expect(afterA).not.toEqual(before);
      expect(afterB).toEqual(afterA);
    } finally {
      await db.$disconnect();
    }
  });
});
