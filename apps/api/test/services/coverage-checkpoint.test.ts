import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AREA_IDS, LEVEL_IDS } from '@teamspiegel/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import type { Db } from '../../src/plugins/app/prisma.ts';
import { coverageChange, forgetPreviousMonths } from '../../src/services/coverage-change.ts';
import {
  type CheckpointEvent,
  checkpointCodeVersion,
  writeCheckpoint,
} from '../../src/services/coverage-checkpoint.ts';
import { clearCoverageSnapshots, coverageSnapshot } from '../../src/services/coverage-snapshot.ts';
import {
  organisationCoverage,
  overdueFilter,
  reassessmentInfo,
  teamCoverageView,
} from '../../src/services/coverage-views.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';
import { expectedOrganisationBody, fullLoad } from '../helpers/full-coverage.ts';

/*
 * The stored checkpoint (services/coverage-checkpoint.ts): a process with nothing in memory reads
 * it, patches it from the change log and must answer exactly what a full load answers — with no
 * write after the checkpoint, after each of a series of writes, and after a role change (which
 * reloads in full). A checkpoint that is stale (another day, too old, newer than the database),
 * of other code, of another organisation or unreadable is never served: each is tried with figures
 * deliberately falsified, which must not appear.
 */

let t: TestApp;
let organisationId: string;
let authorization: string;
const events: CheckpointEvent[] = [];
const onEvent = (message: unknown) => events.push(message as CheckpointEvent);
const FALSIFIED = 'Vervalst team';

beforeAll(async () => {
  t = await buildTestApp();
  organisationId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  authorization = `Bearer ${await t.tokenFor(DEMO.board)}`;
  subscribe('teamspiegel:coverage-checkpoint', onEvent);
});

afterAll(async () => {
  unsubscribe('teamspiegel:coverage-checkpoint', onEvent);
  await t?.close();
});

beforeEach(() => {
  events.length = 0;
});

/** As a new process: nothing of the organisation's coverage in memory. */
function coldProcess() {
  clearCoverageSnapshots(t.app.db);
  forgetPreviousMonths(t.app.db);
}

const reads = () => events.flatMap((event) => ('read' in event ? [event.read] : []));

const fresh = () => fullLoad(t.app.systemDb, organisationId);

/** The API's overview (byte for byte) and every team's coverage equal those of a full load. */
async function expectEqualToFullLoad(step: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: '/api/organisation/coverage?pageSize=1000&rankingLimit=500',
    headers: { authorization },
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.body, step).not.toContain(FALSIFIED);
  const api = response.json();
  const snapshot = await fresh();
  const ids = [...snapshot.teams.keys()];
  // The change since last month has its own tests (coverage-incremental); this one is about the snapshot.
  expect(response.body, `${step}: organisation coverage`).toBe(
    expectedOrganisationBody(snapshot, false, api.change),
  );
  for (const teamId of ids) {
    const team = await t.app.inject({
      method: 'GET',
      url: `/api/teams/${teamId}/coverage`,
      headers: { authorization },
    });
    expect(team.statusCode, team.body).toBe(200);
    const view = {
      ...teamCoverageView(snapshot, teamId, { anonymised: false, selfEmployeeId: null }),
      ...reassessmentInfo(snapshot, [teamId], overdueFilter(snapshot), false),
    };
    expect(team.json(), `${step}: team ${teamId}`).toEqual(JSON.parse(JSON.stringify(view)));
  }
}

async function storedCheckpoint() {
  return t.app.systemDb.coverageCheckpoint.findUnique({ where: { organisationId } });
}

async function dataVersion() {
  return (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { id: organisationId } })).dataVersion;
}

/** A checkpoint of the current state, written now by the owner's client (as another process would). */
async function writeCurrentCheckpoint() {
  await t.app.systemDb.coverageCheckpoint.deleteMany({ where: { organisationId } });
  clearCoverageSnapshots(t.app.systemDb);
  const snapshot = await coverageSnapshot(t.app.systemDb, organisationId);
  expect(await writeCheckpoint(t.app.systemDb, snapshot)).toBe(true);
  // Written once: the same version again is not written twice.
  expect(await writeCheckpoint(t.app.systemDb, snapshot)).toBe(false);
  events.length = 0;
}

describe('coverage checkpoint', () => {
  it('a process without one loads in full, then writes one off the request path (tenant client)', async () => {
    await t.app.systemDb.coverageCheckpoint.deleteMany({ where: { organisationId } });
    coldProcess();
    await expectEqualToFullLoad('no checkpoint');
    expect(reads()).toEqual(['none']);
    // Written a little after the answer, by the API's own (row-level security) client.
    let stored = await storedCheckpoint();
    for (let i = 0; i < 50 && !stored; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      stored = await storedCheckpoint();
    }
    expect(stored?.version).toBe(await dataVersion());
    expect(stored?.codeVersion).toBe(await checkpointCodeVersion());
    expect(stored?.day).toBe(new Date().toISOString().slice(0, 10));
  }, 60_000);

  it('a cold process reads it and answers as a full load, with and without writes after it', async () => {
    await writeCurrentCheckpoint();
    coldProcess();
    await expectEqualToFullLoad('checkpoint at the current version');
    expect(reads()).toEqual(['used']);

    const db = t.app.systemDb;
    const scope = { organisationId };
    const employees = await db.employee.findMany({
      where: { ...scope, active: true, erasedAt: null },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const teams = await db.team.findMany({ where: { ...scope, archivedAt: null }, orderBy: { id: 'asc' } });
    const today = new Date(new Date().toISOString().slice(0, 10));
    const writes: Array<[string, () => Promise<unknown>]> = [
      [
        'a level validated and one self-assessed',
        async () => {
          for (const [index, status] of [
            [0, 'validated'],
            [1, 'self_assessed'],
          ] as const) {
            const employeeId = employees[index]?.id as string;
            const area = AREA_IDS[index] as (typeof AREA_IDS)[number];
            await db.$transaction([
              db.areaLevel.updateMany({
                where: { ...scope, employeeId, area, isCurrent: true },
                data: { isCurrent: null, validTo: new Date() },
              }),
              db.areaLevel.create({
                data: {
                  ...scope,
                  employeeId,
                  area,
                  level: LEVEL_IDS[3] as (typeof LEVEL_IDS)[number],
                  status,
                },
              }),
            ]);
          }
        },
      ],
      [
        'a person joins another team',
        async () => {
          const employeeId = employees[2]?.id as string;
          const member = await db.teamMembership.findMany({
            where: { ...scope, employeeId },
            select: { teamId: true },
          });
          const teamId = teams.find((team) => !member.some((row) => row.teamId === team.id))?.id as string;
          await db.teamMembership.create({ data: { ...scope, teamId, employeeId, startDate: today } });
        },
      ],
      [
        'a requirement changed and a team renamed',
        async () => {
          const requirement = await db.teamRequirement.findFirstOrThrow({
            where: scope,
            orderBy: { id: 'asc' },
          });
          await db.teamRequirement.updateMany({
            where: { id: requirement.id },
            data: { count: requirement.count + 2 },
          });
          await db.team.updateMany({ where: { id: teams[1]?.id }, data: { name: 'Hernoemd team' } });
        },
      ],
      [
        'a person erased',
        async () => {
          await db.employee.updateMany({
            where: { id: employees[3]?.id },
            data: { erasedAt: new Date(), active: false, firstName: '—', lastName: '—' },
          });
        },
      ],
    ];
    const version = (await storedCheckpoint())?.version;
    for (const [name, write] of writes) {
      await write();
      events.length = 0;
      coldProcess();
      await expectEqualToFullLoad(`after the checkpoint: ${name}`);
      // Patched from the same checkpoint (this process writes one at most every 10 minutes).
      expect(reads(), name).toEqual(['used']);
      expect((await storedCheckpoint())?.version).toBe(version);
    }
    expect(await dataVersion()).toBeGreaterThan(version ?? 0);
  }, 120_000);

  it('a role change after the checkpoint reloads in full', async () => {
    await writeCurrentCheckpoint();
    const role = await t.app.systemDb.roleDefinition.findFirstOrThrow({ where: { organisationId } });
    await t.app.systemDb.roleDefinition.updateMany({
      where: { id: role.id },
      data: { labelNl: `${role.labelNl} (gewijzigd)` },
    });
    coldProcess();
    await expectEqualToFullLoad('role changed');
  }, 60_000);

  it('a process that started from a checkpoint written within 10 minutes does not write another at once', async () => {
    const requirement = await t.app.systemDb.teamRequirement.findFirstOrThrow({
      where: { organisationId },
      orderBy: { id: 'asc' },
    });
    /** A new process (its own client: nothing in memory) reads the stored checkpoint after one more write. */
    async function startAfterOneWrite(storedAgoMs: number) {
      await writeCurrentCheckpoint();
      const stored = await storedCheckpoint();
      await t.app.systemDb.coverageCheckpoint.updateMany({
        where: { organisationId },
        data: { computedAt: new Date(Date.now() - storedAgoMs) },
      });
      await t.app.systemDb.teamRequirement.updateMany({
        where: { id: requirement.id },
        data: { count: { increment: 1 } },
      });
      const process = createPrismaClient(t.databaseUrl) as unknown as Db;
      try {
        const snapshot = await coverageSnapshot(process, organisationId);
        expect(snapshot.dataVersion).toBe(await dataVersion());
        expect(reads()).toEqual(['used']);
        // Longer than the write's delay after a rebuild (2 s).
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        return { before: stored?.version, after: (await storedCheckpoint())?.version };
      } finally {
        await (process as unknown as { $disconnect: () => Promise<void> }).$disconnect();
      }
    }
    // Written a minute ago: the patched process leaves it (a deploy starts every process at once).
    const recent = await startAfterOneWrite(60_000);
    expect(recent.after).toBe(recent.before);
    // Written 11 minutes ago: replaced by the patched state, as after any rebuild.
    const old = await startAfterOneWrite(11 * 60_000);
    expect(old.after).toBe(await dataVersion());
    expect(old.after).toBeGreaterThan(old.before ?? Number.POSITIVE_INFINITY);
  }, 60_000);

  it("a new process that patched last month's stored point stores it again, without waiting", async () => {
    const db = t.app.systemDb;
    const points = async () =>
      db.coverageMonthPoint.findMany({ where: { organisationId }, select: { version: true } });
    // Stored by the API (the first overview above), then the data moved on.
    expect((await points()).length).toBeGreaterThan(0);
    const requirement = await db.teamRequirement.findFirstOrThrow({
      where: { organisationId },
      orderBy: { id: 'desc' },
    });
    await db.teamRequirement.updateMany({
      where: { id: requirement.id },
      data: { count: requirement.count + 1 },
    });
    const current = await dataVersion();
    expect(Math.min(...(await points()).map((row) => row.version))).toBeLessThan(current);
    // Another client is another process: nothing in memory, so it reads the stored point and patches it.
    clearCoverageSnapshots(db);
    const snapshot = await coverageSnapshot(db, organisationId);
    const teamIds = [...snapshot.teams.keys(), ...snapshot.archivedTeams.keys()];
    const coverage = organisationCoverage(snapshot, [...snapshot.teams.keys()]);
    await coverageChange(db, snapshot, { teamIds, currentCoverage: coverage.teams });
    let versions = (await points()).map((row) => row.version);
    for (let i = 0; i < 50 && Math.min(...versions) < current; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      versions = (await points()).map((row) => row.version);
    }
    expect(Math.min(...versions)).toBe(current);
  }, 60_000);

  it('never serves a stale, foreign or unreadable checkpoint', async () => {
    await writeCurrentCheckpoint();
    const good = await storedCheckpoint();
    if (!good) throw new Error('no checkpoint');
    // Figures no computation gives: if any of these were served, the comparison would fail.
    const data = JSON.parse(gunzipSync(good.data).toString('utf8'));
    for (const [, entry] of data.teamEntries) entry.name = FALSIFIED;
    for (const [, part] of data.parts) {
      part.coverage.summary.covered += 1000;
      part.coverage.name = FALSIFIED;
    }
    const falsified = (changes: Record<string, unknown> = {}) =>
      gzipSync(JSON.stringify({ ...data, ...changes }));
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['another day', { day: yesterday, data: falsified({ day: yesterday }) }, 'stale'],
      ['older than 12 hours', { computedAt: new Date(Date.now() - 13 * 3600_000) }, 'stale'],
      [
        'newer than the database',
        { version: good.version + 5, data: falsified({ version: good.version + 5 }) },
        'stale',
      ],
      ['other code', { codeVersion: 'other', data: falsified({ codeVersion: 'other' }) }, 'foreign'],
      ['not gzip', { data: Buffer.from('{"format":1}') }, 'corrupt'],
      ['not JSON', { data: gzipSync(gunzipSync(falsified()).subarray(0, 1000)) }, 'corrupt'],
      [
        'another organisation',
        { data: falsified({ organisationId: '00000000-0000-4000-8000-000000000000' }) },
        'corrupt',
      ],
      ['another version inside', { data: falsified({ version: good.version - 1 }) }, 'corrupt'],
      ['another format', { data: falsified({ format: 0 }) }, 'corrupt'],
    ];
    // The falsified data itself, under the right tags, would show (this is what the cases guard against).
    await t.app.systemDb.coverageCheckpoint.updateMany({
      where: { organisationId },
      data: { data: falsified() },
    });
    coldProcess();
    const shown = await t.app.inject({
      method: 'GET',
      url: '/api/organisation/coverage',
      headers: { authorization },
    });
    expect(shown.body).toContain(FALSIFIED);
    for (const [name, row, expected] of cases) {
      await t.app.systemDb.coverageCheckpoint.updateMany({
        where: { organisationId },
        data: {
          data: falsified(),
          version: good.version,
          day: good.day,
          codeVersion: good.codeVersion,
          computedAt: new Date(),
          ...row,
        },
      });
      events.length = 0;
      coldProcess();
      await expectEqualToFullLoad(name);
      expect(reads(), name).toEqual([expected]);
    }
  }, 120_000);
});
