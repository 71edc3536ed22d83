import type { InjectOptions } from 'fastify';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { DEMO, type TestApp, ZON } from './build.ts';

/**
 * Ids from the seeded demo and ZON tenants that the people-data route tests need (looked up,
 * never hard-coded), and a small authenticated request helper.
 */
export type TestDb = ReturnType<typeof createPrismaClient>;

/** Our own client on the test database (the app's client is encapsulated in its plugin). */
export function testDb(t: TestApp): TestDb {
  return createPrismaClient(t.databaseUrl);
}

export async function peopleFixtures(db: TestDb) {
  const demo = await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
  const zon = await db.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } });
  const memberOf = (email: string) =>
    db.organisationMember.findFirstOrThrow({ where: { user: { email } }, include: { user: true } });
  const employeeMember = await memberOf(DEMO.employee);
  const managerMember = await memberOf(DEMO.manager);
  const hrMember = await memberOf(DEMO.hr);
  const marjo = employeeMember.employeeId;
  const jeroen = managerMember.employeeId;
  if (!marjo || !jeroen) throw new Error('demo employee and manager logins must be linked to employees');
  const managedTeamIds = (await db.managedTeam.findMany({ where: { memberId: managerMember.id } })).map(
    (row) => row.teamId,
  );
  const today = new Date();
  const active = { startDate: { lte: today }, endDate: null };
  /** Someone in a team the demo manager leads (not Marjo). */
  const teamMember = await db.employee.findFirstOrThrow({
    where: {
      organisationId: demo.id,
      id: { notIn: [marjo, jeroen] },
      memberships: { some: { teamId: { in: managedTeamIds }, ...active } },
    },
    orderBy: { id: 'asc' },
  });
  /** Someone in the demo tenant outside the manager's teams (with a team of their own). */
  const outsider = await db.employee.findFirstOrThrow({
    where: {
      organisationId: demo.id,
      AND: [{ memberships: { none: { teamId: { in: managedTeamIds } } } }, { memberships: { some: active } }],
    },
    orderBy: { id: 'asc' },
  });
  const zonEmployee = await db.employee.findFirstOrThrow({
    where: { organisationId: zon.id },
    orderBy: { id: 'asc' },
  });
  return {
    demoId: demo.id,
    zonId: zon.id,
    marjo,
    jeroen,
    teamMember: teamMember.id,
    outsider: outsider.id,
    zonEmployee: zonEmployee.id,
    managedTeamIds,
    userIds: {
      hr: hrMember.userId,
      manager: managerMember.userId,
      employee: employeeMember.userId,
    },
  };
}

export type Call = (
  email: string,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => Promise<{
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely; the routes' zod schemas shape them.
  body: any;
  headers: Record<string, unknown>;
}>;

/** Sends one request as a demo login (token cached by the build helper). */
export function caller(t: TestApp): Call {
  return async (email, method, url, payload, headers = {}) => {
    const token = await t.tokenFor(email);
    const response = await t.app.inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    const text = response.body;
    return {
      status: response.statusCode,
      body: text ? JSON.parse(text) : null,
      headers: response.headers as Record<string, unknown>,
    };
  };
}

/** Field paths of a 400 problem response. */
export function errorPaths(body: { errors?: Array<{ path: string }> }): string[] {
  return (body.errors ?? []).map((error) => error.path);
}

export { DEMO, ZON };
