import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { TEST_JWT_SECRET } from '../helpers/build.ts';
import { collectRoutes, fillPath } from '../helpers/route-inventory.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/**
 * With the database unreachable (nothing listens on the port any more), every route that needs it
 * answers 503 problem+json with Retry-After and a stable code, never 500; liveness still answers.
 * The app starts against a real database through a TCP relay (it sets up its row-level-security
 * role when it gets ready); closing the relay then takes the database away.
 */
const routes = await collectRoutes();
/** Routes that never touch the database. */
const WITHOUT_DATABASE = new Set(['GET /api/health/live', 'GET /api/docs/json', 'GET /api/docs/yaml']);

let app: FastifyInstance;
let token: string;
let adminToken: string;
let database: TestDatabase;
let relay: net.Server;
const relayed = new Set<net.Socket>();

/** A TCP relay to the test server's PostgreSQL that can be closed (refusing new connections). */
async function startRelay(target: URL): Promise<number> {
  relay = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      relayed.add(socket);
      socket.on('close', () => relayed.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return (relay.address() as net.AddressInfo).port;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const target = new URL(database.url);
  const viaRelay = new URL(database.url);
  viaRelay.hostname = '127.0.0.1';
  viaRelay.port = String(await startRelay(target));
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' });
  app = await buildApp(
    { config, databaseUrl: viaRelay.toString(), mailer: { async send() {} } },
    { logger: false },
  );
  await app.ready();
  // The database goes away: no new connections, and the open ones break.
  await new Promise<void>((resolve) => {
    relay.close(() => resolve());
    for (const socket of relayed) socket.destroy();
  });
  // A well-formed token of an hr member in a session, so the request gets past the token's checks.
  token = app.jwt.sign({
    sub: randomUUID(),
    org: randomUUID(),
    role: 'hr',
    mid: randomUUID(),
    eid: randomUUID(),
    sid: randomUUID(),
  });
  adminToken = app.jwt.sign({ sub: randomUUID(), adm: true });
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('database unreachable', () => {
  it('answers every GET route that needs the database with 503, Retry-After and database_unavailable', async () => {
    const wrong: string[] = [];
    const gets = routes.filter((route) => route.method === 'GET' && !WITHOUT_DATABASE.has(route.key));
    expect(gets.length).toBeGreaterThan(30);
    for (const route of gets) {
      const url = fillPath(route.url, { id: randomUUID(), token: 'x'.repeat(40), templateId: 'bso' });
      const bearer = route.url.startsWith('/api/admin') ? adminToken : token;
      const response = await app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${bearer}` },
      });
      const problem = response.headers['content-type']?.toString().startsWith('application/problem+json');
      // A query that fails validation first may answer 400; anything else must be the outage.
      if (response.statusCode === 400 && problem) continue;
      if (
        response.statusCode !== 503 ||
        !problem ||
        response.json().code !== 'database_unavailable' ||
        !(Number(response.headers['retry-after']) > 0)
      ) {
        wrong.push(`${route.key} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never answers 500 on a writing route either', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const url = fillPath(route.url, { id: randomUUID(), token: 'x'.repeat(40), templateId: 'bso' });
      const response = await app.inject({
        method: route.method as InjectOptions['method'],
        url,
        headers: { authorization: `Bearer ${token}` },
        payload: {},
      });
      const problem = response.headers['content-type']?.toString().startsWith('application/problem+json');
      if (response.statusCode >= 500 && response.statusCode !== 503)
        wrong.push(`${route.key} → ${response.statusCode}`);
      if (response.statusCode >= 400 && !problem) wrong.push(`${route.key} → not problem+json`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps liveness up and reports not-ready with 503', async () => {
    const live = await app.inject({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    for (const url of ['/api/health/ready', '/api/health']) {
      const ready = await app.inject({ method: 'GET', url });
      expect(ready.statusCode, url).toBe(503);
      expect(String(ready.headers['content-type'])).toMatch(/^application\/problem\+json/);
      expect(ready.json()).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(Number(ready.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});
