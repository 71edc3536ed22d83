import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { buildTestApp, DEMO, TEST_JWT_SECRET, type TestApp } from '../helpers/build.ts';

/*
 * Several API processes on one database: two app instances (each with its own coverage cache) on
 * the same database. A write acknowledged by one is in the very next read through the other, for
 * the organisation view and a team's view, without any message between them (the change log and
 * the dataVersion live in the database).
 */

let a: TestApp;
let b: FastifyInstance;
let authorization: string;
/** HR may rename teams and change requirements; the board reads the organisation view. */
let writerAuthorization: string;
let teamId: string;

beforeAll(async () => {
  a = await buildTestApp();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '100000',
    LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
  });
  b = await buildApp({ config, databaseUrl: a.databaseUrl }, { logger: false });
  await b.ready();
  authorization = `Bearer ${await a.tokenFor(DEMO.board)}`;
  writerAuthorization = `Bearer ${await a.tokenFor(DEMO.hr)}`;
  const organisation = await a.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
  const requirement = await a.app.systemDb.teamRequirement.findFirstOrThrow({
    where: { organisationId: organisation.id, kind: 'area' },
    orderBy: { id: 'asc' },
  });
  teamId = requirement.teamId;
});

afterAll(async () => {
  await b?.close();
  await a?.close();
});

async function read(app: FastifyInstance, url: string) {
  const response = await app.inject({ method: 'GET', url, headers: { authorization } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function write(app: FastifyInstance, method: 'PATCH' | 'POST', url: string, payload: object) {
  const response = await app.inject({
    method,
    url,
    headers: { authorization: writerAuthorization },
    payload,
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

type OrgView = {
  dataVersion: number;
  matrix: { items: Array<{ teamId: string; teamName: string }> };
  totals: { overall: { totalGap: number } };
};
type TeamView = {
  dataVersion: number;
  team: { name: string };
  requirements: Array<{ requirement: { id: string; count: number } }>;
};

describe('two API instances on one database', () => {
  it('a write through one is in the next read through the other', async () => {
    const orgUrl = '/api/organisation/coverage?pageSize=1000';
    const teamUrl = `/api/teams/${teamId}/coverage`;
    // Both warm: each has cached the snapshot and the serialised responses.
    for (const app of [a.app, b]) {
      await read(app, orgUrl);
      await read(app, teamUrl);
    }

    for (let round = 1; round <= 3; round++) {
      for (const [writer, reader] of [
        [a.app, b],
        [b, a.app],
      ] as const) {
        const name = `Coherent ${round} ${writer === b ? 'b' : 'a'}`;
        await write(writer, 'PATCH', `/api/teams/${teamId}`, { name });
        const org = (await read(reader, orgUrl)) as OrgView;
        expect(org.matrix.items.find((row) => row.teamId === teamId)?.teamName).toBe(name);
        const team = (await read(reader, teamUrl)) as TeamView;
        expect(team.team.name).toBe(name);
        expect(team.dataVersion).toBe(org.dataVersion);

        const line = team.requirements[0]?.requirement;
        if (!line) throw new Error('the team has a requirement');
        const count = (line.count % 4) + 1;
        await write(writer, 'PATCH', `/api/team-requirements/${line.id}`, {
          kind: 'area',
          ...(await a.app.systemDb.teamRequirement
            .findFirstOrThrow({ where: { id: line.id }, select: { area: true, minLevel: true } })
            .then((row) => ({ area: row.area, minLevel: row.minLevel }))),
          count,
        });
        const after = (await read(reader, teamUrl)) as TeamView;
        expect(after.requirements.find((entry) => entry.requirement.id === line.id)?.requirement.count).toBe(
          count,
        );
        const orgAfter = (await read(reader, orgUrl)) as OrgView;
        expect(orgAfter.dataVersion).toBe(after.dataVersion);
        expect(orgAfter.dataVersion).toBeGreaterThan(org.dataVersion);
      }
    }
  }, 120_000);

  it("a new instance reads last month's point the others stored instead of recomputing it", async () => {
    const orgUrl = '/api/organisation/coverage?pageSize=1000';
    const before = (await read(a.app, orgUrl)) as OrgView & { change: unknown };
    const organisationId = (
      await a.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } })
    ).id;
    const stored = () =>
      a.app.systemDb.coverageMonthPoint.findMany({
        where: { organisationId },
        select: { teamId: true, version: true, computedAt: true },
        orderBy: { teamId: 'asc' },
      });
    const rows = await stored();
    expect(rows.length).toBeGreaterThan(0);
    const c = await buildApp({ config: b.config, databaseUrl: a.databaseUrl }, { logger: false });
    try {
      await c.ready();
      const first = (await read(c, orgUrl)) as OrgView & { change: unknown };
      expect(first.dataVersion).toBe(before.dataVersion);
      expect(first.change).toEqual(before.change);
      // Read, not recomputed: a recomputation would have stored its rows anew.
      expect(await stored()).toEqual(rows);
    } finally {
      await c.close();
    }
  }, 120_000);
});
