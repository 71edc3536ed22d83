import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { buildTestApp, DEMO, PLATFORM_ADMIN, type TestApp } from '../helpers/build.ts';
import {
  type IdPool,
  type JsonSchema,
  NASTY_BODIES,
  NASTY_STRINGS,
  nastyValue,
  prng,
  type Rng,
  validValue,
} from '../helpers/fuzz-values.ts';
import { type TestDb, testDb } from '../helpers/people-fixtures.ts';

/**
 * OpenAPI-driven fuzzing: every operation of /api/docs/json, as an authorised user and
 * anonymously, with wrong types, missing and extra fields, huge and control-character strings,
 * bad UUIDs and dates, invalid JSON and wrong content types. Whatever comes in: no 5xx, every
 * error is problem+json, and a refused request (4xx) writes nothing (audit rows and the
 * organisations' dataVersion stay put).
 *
 * Bounded for CI (FUZZ_CASES cases per operation and identity, default 6); a larger run:
 * `FUZZ_CASES=200 FUZZ_SEED=7 npx vitest run test/routes/fuzz.test.ts`.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

type Parameter = { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type Op = { method: string; path: string; operation: Operation; key: string };

/** Which seeded rows a path's `{id}` takes, so requests get past "not found" into the handlers. */
const PATH_IDS: Array<[RegExp, string]> = [
  [/^\/api\/sites\//, 'site'],
  [/^\/api\/(teams|exports\/teams)\//, 'team'],
  [/^\/api\/employees\//, 'employee'],
  [/^\/api\/memberships\//, 'teamMembership'],
  [/^\/api\/role-definitions\//, 'roleDefinition'],
  [/^\/api\/role-assignments\//, 'roleAssignment'],
  [/^\/api\/team-requirements\//, 'teamRequirement'],
  [/^\/api\/development-actions\//, 'developmentAction'],
  [/^\/api\/members\//, 'organisationMember'],
  [/^\/api\/invitations\//, 'invitation'],
  [/^\/api\/area-levels\//, 'areaLevel'],
  [/^\/api\/competency-ratings\//, 'competencyRating'],
  [/^\/api\/surroundings-contacts\//, 'surroundingsContact'],
  [/^\/api\/ambitions\//, 'ambition'],
  [/^\/api\/imports\//, 'importJob'],
];

/** A field named `teamId` takes team ids, and so on; other uuid fields take any seeded id. */
const FIELD_IDS: Record<string, string> = {
  teamId: 'team',
  siteId: 'site',
  employeeId: 'employee',
  roleDefinitionId: 'roleDefinition',
  organisationId: 'organisation',
  requirementId: 'teamRequirement',
};

/** Operations the authorised identity skips (they would end its own session mid-run). */
const ANONYMOUS_ONLY = new Set(['POST /api/auth/logout']);

let t: TestApp;
let db: TestDb;
let ops: Op[];
let ids: IdPool;
let allIds: string[];
const tokens: Record<string, string> = {};

async function login(email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD, session: 'token' },
  });
  tokens[email] = (response.json() as { accessToken: string }).accessToken;
}

async function seededIds(): Promise<IdPool> {
  const organisationId = (await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  const where = { where: { organisationId }, select: { id: true }, take: 5 };
  const kinds = {
    site: db.site.findMany(where),
    team: db.team.findMany(where),
    employee: db.employee.findMany(where),
    teamMembership: db.teamMembership.findMany(where),
    roleDefinition: db.roleDefinition.findMany(where),
    roleAssignment: db.roleAssignment.findMany(where),
    teamRequirement: db.teamRequirement.findMany(where),
    developmentAction: db.developmentAction.findMany(where),
    organisationMember: db.organisationMember.findMany(where),
    invitation: db.invitation.findMany(where),
    areaLevel: db.areaLevel.findMany(where),
    competencyRating: db.competencyRating.findMany(where),
    surroundingsContact: db.surroundingsContact.findMany(where),
    ambition: db.ambition.findMany(where),
    importJob: db.importJob.findMany(where),
  };
  const pool: IdPool = { organisation: [organisationId] };
  for (const [kind, rows] of Object.entries(kinds)) pool[kind] = (await rows).map((row) => row.id);
  return pool;
}

/** Audit rows and the sum of every organisation's dataVersion: what any write changes. */
async function writeMark(): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ audit: bigint; versions: bigint | null }>>`
    SELECT (SELECT count(*) FROM "AuditEvent") AS audit,
           (SELECT sum("dataVersion") FROM "Organisation") AS versions`;
  return `${row?.audit}/${row?.versions}`;
}

function pathValue(op: Op, rng: Rng): string {
  const kind = PATH_IDS.find(([pattern]) => pattern.test(op.path))?.[1];
  const real = kind ? (ids[kind] ?? []) : [];
  const roll = rng.next();
  if (roll < 0.55 && real.length > 0) return rng.pick(real);
  if (roll < 0.7) return randomUUID();
  return encodeURIComponent(
    rng.pick(['not-a-uuid', '\u0000', 'a'.repeat(150), '../..', '0', ...NASTY_STRINGS.slice(0, 8)]),
  );
}

function idsForField(name: string): string[] {
  const kind = FIELD_IDS[name];
  return kind ? (ids[kind] ?? []) : allIds;
}

/** A body that looks valid, then (mostly) one hostile change. */
function body(schema: JsonSchema, rng: Rng): unknown {
  const base = validValue(schema, rng, allIds) as Record<string, unknown>;
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return base;
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (key in base && property.format === 'uuid') {
      const pool = idsForField(key);
      if (pool.length > 0) base[key] = rng.pick(pool);
    }
  }
  const keys = Object.keys(schema.properties ?? {});
  const roll = rng.next();
  if (roll < 0.15) return base;
  if (roll < 0.25) return {};
  if (roll < 0.35)
    return { ...base, extra: 'x', organisationId: randomUUID(), id: randomUUID(), version: -1 };
  if (roll < 0.42) return nastyValue(rng);
  if (keys.length === 0) return { extra: nastyValue(rng) };
  const copy: Record<string, unknown> = { ...base };
  if (roll < 0.5) {
    delete copy[rng.pick(keys)];
    return copy;
  }
  copy[rng.pick(keys)] = nastyValue(rng);
  return copy;
}

function query(parameters: Parameter[], rng: Rng): string {
  const search = new URLSearchParams();
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    const roll = rng.next();
    if (roll < 0.3 && !parameter.required) continue;
    const value =
      roll < 0.6
        ? validValue(parameter.schema, rng, idsForField(parameter.name))
        : rng.pick([...NASTY_STRINGS, '[]', '{}', '-1', '0', '999999999999']);
    search.append(parameter.name, String(value));
    if (rng.next() < 0.05) search.append(parameter.name, 'duplicate');
  }
  if (rng.next() < 0.1) search.append('unknownParameter', 'x');
  const text = search.toString();
  return text ? `?${text}` : '';
}

function requestFor(op: Op, rng: Rng): InjectOptions {
  const url =
    op.path.replace(/\{([^}]+)\}/g, () => pathValue(op, rng)) + query(op.operation.parameters ?? [], rng);
  const options: InjectOptions = { method: op.method as InjectOptions['method'], url, headers: {} };
  const content = op.operation.requestBody?.content ?? {};
  const jsonSchema = content['application/json']?.schema;
  const roll = rng.next();
  if (op.method === 'GET' || op.method === 'DELETE') {
    if (roll < 0.1)
      Object.assign(options, { payload: '{"x":1}', headers: { 'content-type': 'application/json' } });
  } else if (roll < 0.2 || !jsonSchema) {
    const raw = rng.pick(NASTY_BODIES);
    options.payload = raw.body;
    options.headers = raw.contentType ? { 'content-type': raw.contentType } : {};
  } else {
    options.payload = JSON.stringify(body(jsonSchema, rng));
    options.headers = { 'content-type': 'application/json' };
  }
  if (op.method === 'PATCH' && rng.next() < 0.3) {
    options.headers = { ...options.headers, 'if-match': rng.pick(['"1"', '*', 'garbage', '"\u0000"']) };
  }
  return options;
}

type Figures = {
  requests: number;
  byClass: Record<string, number>;
  serverErrors: string[];
  nonProblem: string[];
  writesOn4xx: string[];
};

function shown(op: Op, request: InjectOptions, status: number, text: string) {
  const payload = typeof request.payload === 'string' ? request.payload.slice(0, 120) : '';
  return `${op.key} as ${request.headers && 'authorization' in request.headers ? 'user' : 'anonymous'}: ${request.method} ${String(request.url).slice(0, 160)} ${payload} → ${status} ${text.slice(0, 160)}`;
}

describe('OpenAPI-driven fuzzing', () => {
  beforeAll(async () => {
    t = await buildTestApp();
    db = testDb(t);
    ids = await seededIds();
    allIds = Object.values(ids).flat();
    await login(DEMO.hr);
    await login(PLATFORM_ADMIN);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          operation,
          key: `${method.toUpperCase()} ${path}`,
        })),
    );
  }, 180_000);
  afterAll(async () => {
    await db?.$disconnect();
    await t?.close();
  });

  it('never answers 5xx, answers every error with problem+json and writes nothing on a 4xx', async () => {
    expect(ops.length).toBeGreaterThan(80);
    const rng = prng(SEED);
    const figures: Figures = { requests: 0, byClass: {}, serverErrors: [], nonProblem: [], writesOn4xx: [] };
    let mark = await writeMark();
    for (const op of ops) {
      for (const identity of ['user', 'anonymous'] as const) {
        if (identity === 'user' && ANONYMOUS_ONLY.has(op.key)) continue;
        const email = op.path.startsWith('/api/admin') ? PLATFORM_ADMIN : DEMO.hr;
        for (let i = 0; i < CASES; i++) {
          const request = requestFor(op, rng);
          if (identity === 'user') {
            request.headers = { ...request.headers, authorization: `Bearer ${tokens[email]}` };
          } else if (rng.next() < 0.2) {
            request.headers = {
              ...request.headers,
              authorization: rng.pick(['Bearer x', 'Basic YTpi', 'Bearer ']),
            };
          }
          const response = await t.app.inject(request);
          figures.requests++;
          const status = response.statusCode;
          const statusClass = `${Math.floor(status / 100)}xx`;
          figures.byClass[statusClass] = (figures.byClass[statusClass] ?? 0) + 1;
          const line = shown(op, request, status, response.body);
          if (status >= 500) figures.serverErrors.push(line);
          if (status >= 400) {
            const type = String(response.headers['content-type'] ?? '');
            let code: unknown;
            try {
              code = (response.json() as { code?: unknown }).code;
            } catch {
              code = undefined;
            }
            if (!type.startsWith('application/problem+json') || typeof code !== 'string') {
              figures.nonProblem.push(line);
            }
          }
          const after = await writeMark();
          if (status >= 400 && after !== mark) figures.writesOn4xx.push(`${line} (${mark} → ${after})`);
          mark = after;
          // A write may end the user's session (e.g. a role change of themselves): sign in again.
          if (identity === 'user' && status === 401) await login(email);
        }
      }
    }
    console.log(
      `fuzz: ${ops.length} operations, ${figures.requests} requests (seed ${SEED}, ${CASES} cases per operation and identity): ` +
        `${JSON.stringify(figures.byClass)}; 5xx: ${figures.serverErrors.length}; ` +
        `non-problem errors: ${figures.nonProblem.length}; writes on a 4xx: ${figures.writesOn4xx.length}`,
    );
    expect(figures.serverErrors.slice(0, 20)).toEqual([]);
    expect(figures.nonProblem.slice(0, 20)).toEqual([]);
    expect(figures.writesOn4xx.slice(0, 20)).toEqual([]);
  }, 600_000);
});
