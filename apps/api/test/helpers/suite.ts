import { afterAll, beforeAll } from 'vitest';
import { buildTestApp, DEMO, type TestApp } from './build.ts';
import { type Call, caller, peopleFixtures, type TestDb, testDb } from './people-fixtures.ts';

/**
 * The per-file set-up the route tests share: the whole app on a fresh database, our own Prisma
 * client on it (to set up and check rows independently of the API) and the ids of the two seeded
 * tenants. Call inside `describe`; the hooks close both after the file.
 */
export type TestContext = {
  t: TestApp;
  db: TestDb;
  /** Id of the seeded "demo" organisation. */
  demoOrg: string;
  /** Id of the seeded second tenant, "kinderopvang-zon". */
  zonOrg: string;
  /** Authorization header of a seeded login (token cached by the build helper). */
  as: (email: string) => Promise<{ authorization: string }>;
};

export type PeopleFixtures = Awaited<ReturnType<typeof peopleFixtures>>;
export type PeopleTestContext = TestContext & { call: Call; f: PeopleFixtures };

/**
 * beforeAll: builds the app and the client, looks up the tenants, then hands them to `ready`
 * (where a file keeps what it uses and looks up its own rows). afterAll: disconnects and closes.
 */
export function setUpTestApp(ready: (ctx: TestContext) => void | Promise<void>): void {
  let t: TestApp | undefined;
  let db: TestDb | undefined;
  beforeAll(async () => {
    const app = await buildTestApp();
    const client = testDb(app);
    t = app;
    db = client;
    const orgId = async (slug: string) =>
      (await client.organisation.findUniqueOrThrow({ where: { slug } })).id;
    await ready({
      t: app,
      db: client,
      demoOrg: await orgId('demo'),
      zonOrg: await orgId('kinderopvang-zon'),
      as: async (email) => ({ authorization: `Bearer ${await app.tokenFor(email)}` }),
    });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.close();
  });
}

/** `setUpTestApp` plus the people-data fixtures and an e-mail based request helper. */
export function setUpPeopleTestApp(ready: (ctx: PeopleTestContext) => void | Promise<void>): void {
  setUpTestApp(async (ctx) => {
    await ready({ ...ctx, call: caller(ctx.t), f: await peopleFixtures(ctx.db) });
  });
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * A request helper by role name: `call('hr', 'PATCH', url, body, { 'if-match': etag })` signs in
 * `logins[role]` (default: the demo tenant's logins) and returns the injected response.
 */
export function roleCaller<Role extends string = keyof typeof DEMO>(
  t: TestApp,
  logins: Record<Role, string> = DEMO as Record<Role, string>,
) {
  return async (
    role: Role,
    method: Method,
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => {
    const token = await t.tokenFor(logins[role]);
    return t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}`, ...headers } });
  };
}

export type RoleCall<Role extends string = keyof typeof DEMO> = ReturnType<typeof roleCaller<Role>>;

/** Counts the audit rows of one entity in one organisation: `auditCount(entityId, action)`. */
export function auditCounter(db: TestDb, organisationId: string, entity: string) {
  return (entityId: string, action: string) =>
    db.auditEvent.count({ where: { entity, entityId, action, organisationId } });
}

export type AuditCount = ReturnType<typeof auditCounter>;
