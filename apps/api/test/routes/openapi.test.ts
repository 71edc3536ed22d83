import { randomUUID } from 'node:crypto';
import { ZProblem } from '@teamspiegel/domain/api/common';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, PLATFORM_ADMIN, type TestApp } from '../helpers/build.ts';
import { collectRoutes, fillPath } from '../helpers/route-inventory.ts';

/**
 * The OpenAPI document documents the whole API (every registered route, collected from the app),
 * and errors keep one contract: RFC 9457 problem+json, validation errors with field paths.
 */

type Operation = {
  summary?: string;
  tags?: string[];
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
};
type JsonSchema = { type?: string; properties?: Record<string, unknown>; required?: string[] };
type OpenApi = {
  openapi: string;
  info: { title?: string; version?: string };
  paths: Record<string, Record<string, Operation>>;
};

const routes = await collectRoutes();
const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const PROBLEM_FIELDS = Object.keys(ZProblem.shape).sort();
const PROBLEM_REQUIRED = ['code', 'status', 'title', 'type'];

let t: TestApp;
let doc: OpenApi;

function operations(): Array<{ key: string; operation: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );
}

function errorResponses() {
  return operations().flatMap(({ key, operation }) =>
    Object.entries(operation.responses ?? {})
      .filter(([status]) => /^4\d\d$/.test(status))
      .map(([status, response]) => ({ where: `${key} ${status}`, response })),
  );
}

describe('OpenAPI document', () => {
  beforeAll(async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    doc = response.json() as OpenApi;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is OpenAPI 3 with info and paths', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
  });

  it('documents every registered route, and nothing that is not registered', () => {
    const documented = new Set(operations().map((o) => o.key));
    const registered = routes.map((route) => `${route.method} ${toOpenApiPath(route.url)}`);
    expect(registered.length).toBeGreaterThan(50);
    expect(registered.filter((key) => !documented.has(key))).toEqual([]);
    expect([...documented].filter((key) => !registered.includes(key))).toEqual([]);
  });

  it('gives every operation a summary and tags', () => {
    const lacking = operations()
      .filter(({ operation }) => !operation.summary?.trim() || !operation.tags || operation.tags.length === 0)
      .map(({ key }) => key);
    expect(lacking).toEqual([]);
  });

  it('describes every declared 4xx response with the problem shape', () => {
    const responses = errorResponses();
    expect(responses.length).toBeGreaterThan(100);
    const wrong = responses.flatMap(({ where, response }) => {
      const schemas = Object.values(response.content ?? {}).map((c) => c.schema);
      if (schemas.length === 0) return [`${where}: no schema`];
      return schemas.flatMap((schema) => {
        const fields = Object.keys(schema?.properties ?? {}).sort();
        const required = [...(schema?.required ?? [])].sort();
        const ok =
          schema?.type === 'object' &&
          JSON.stringify(fields) === JSON.stringify(PROBLEM_FIELDS) &&
          PROBLEM_REQUIRED.every((field) => required.includes(field));
        return ok ? [] : [`${where}: ${JSON.stringify(schema).slice(0, 200)}`];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('documents the 4xx responses under the media type they are served with (application/problem+json)', () => {
    const wrong = errorResponses()
      .filter(({ response }) => !Object.keys(response.content ?? {}).includes('application/problem+json'))
      .map(({ where, response }) => `${where}: ${Object.keys(response.content ?? {}).join(', ')}`);
    expect(wrong.length, `${wrong.length} responses, e.g.\n${wrong.slice(0, 5).join('\n')}`).toBe(0);
  });

  it('serves the Swagger UI at /api/docs', async () => {
    let response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    if (response.statusCode >= 300 && response.statusCode < 400) {
      const location = String(response.headers.location ?? '');
      expect(location).toContain('/api/docs');
      response = await t.app.inject({
        method: 'GET',
        url: location.startsWith('/') ? location : `/api/docs/${location.replace(/^\.\//, '')}`,
      });
    }
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/^text\/html/);
    expect(response.body.toLowerCase()).toContain('swagger');
  });
});

/** POST/PUT routes for which an empty object is a valid body (nothing required). */
const EMPTY_BODY_IS_VALID = new Set([
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  // Archiving takes no body: the id and If-Match say everything.
  'POST /api/sites/:id/archive',
  'POST /api/sites/:id/unarchive',
  'POST /api/teams/:id/archive',
  'POST /api/teams/:id/unarchive',
  // An action on the invitation itself: it takes no body.
  'POST /api/invitations/:id/resend',
  // Validating a submitted certificate takes no body: the id says which.
  'POST /api/person-certificates/:id/validate',
  // Sending today's reminder digest takes no body: the caller's organisation and today say everything.
  'POST /api/reminders/digest',
  // Ending an exemption takes no body: the id says which, the time is now.
  'POST /api/exemptions/:id/end',
  // Marking notifications read: the id (or "all") says everything.
  'POST /api/me/notifications/:id/read',
  'POST /api/me/notifications/read-all',
]);

describe('error contract', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function send(email: string | null, method: string, url: string, payload?: unknown) {
    const headers: Record<string, string> = {};
    if (email) headers.authorization = `Bearer ${await app.tokenFor(email)}`;
    const response = await app.app.inject({
      method: method as InjectOptions['method'],
      url,
      headers,
      ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
    });
    return {
      status: response.statusCode,
      contentType: String(response.headers['content-type'] ?? ''),
      // biome-ignore lint/suspicious/noExplicitAny: problem bodies, read loosely.
      body: (response.body ? JSON.parse(response.body) : null) as any,
    };
  }

  const bodyRoutes = routes.filter(
    (route) => ['POST', 'PUT'].includes(route.method) && !EMPTY_BODY_IS_VALID.has(route.key),
  );

  it('covers a body-taking route of every resource', () => {
    expect(bodyRoutes.length).toBeGreaterThan(15);
    expect(
      bodyRoutes.filter((route) => !(route.schema as { body?: unknown } | undefined)?.body).map((r) => r.key),
    ).toEqual([]);
  });

  it.each(bodyRoutes.map((route) => [route.key, route] as const))(
    '%s with {} → 400 problem+json with errors[].path',
    async (_key, route) => {
      const email = route.url.startsWith('/api/admin')
        ? PLATFORM_ADMIN
        : (route.schema as { security?: unknown[] } | undefined)?.security?.length === 0
          ? null
          : DEMO.hr;
      const url = fillPath(route.url, { id: randomUUID(), templateId: 'bso' });
      const response = await send(email, route.method, url, {});
      const shown = `${route.method} ${url} → ${response.status} ${JSON.stringify(response.body)}`.slice(
        0,
        600,
      );
      expect(response.status, shown).toBe(400);
      expect(response.contentType, shown).toMatch(/^application\/problem\+json/);
      expect(response.body, shown).toMatchObject({
        status: 400,
        code: 'validation_failed',
        title: expect.any(String),
      });
      expect(response.body.type, shown).toMatch(/^https?:\/\//);
      expect(Array.isArray(response.body.errors) && response.body.errors.length > 0, shown).toBe(true);
      for (const error of response.body.errors as Array<{ path: unknown; message: unknown }>) {
        expect(typeof error.path, shown).toBe('string');
        expect(error.path as string, shown).toMatch(/^body(\.|$)/);
        expect(typeof error.message, shown).toBe('string');
      }
      expect(
        (response.body.errors as Array<{ path: string }>).some((error) => error.path.startsWith('body.')),
        shown,
      ).toBe(true);
    },
  );

  it('answers 401, 403, 404 and an unknown route with problem+json too', async () => {
    const cases = [
      { email: null, url: '/api/employees', status: 401 },
      { email: DEMO.trainer, url: '/api/employees', status: 403 },
      { email: DEMO.hr, url: `/api/employees/${randomUUID()}`, status: 404 },
      { email: DEMO.hr, url: '/api/no-such-route', status: 404 },
      { email: DEMO.hr, url: '/api/employees/not-a-uuid', status: 400 },
    ];
    for (const c of cases) {
      const response = await send(c.email, 'GET', c.url);
      const shown = `${c.url} → ${response.status} ${JSON.stringify(response.body)}`;
      expect(response.status, shown).toBe(c.status);
      expect(response.contentType, shown).toMatch(/^application\/problem\+json/);
      expect(response.body, shown).toMatchObject({ status: c.status, code: expect.any(String) });
    }
  });
});
