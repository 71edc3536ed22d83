import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/plugins/app/prisma.ts';
import {
  type CoverageSnapshot,
  coverageSnapshot,
  loadSnapshot,
  type SnapshotEvent,
} from '../../src/services/coverage-snapshot.ts';
import {
  organisationCoverage,
  organisationCoverageView,
  overdueFilter,
  reassessmentInfo,
  teamCoverageView,
} from '../../src/services/coverage-views.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';
import { expectedOrganisationBody, fullLoad, ORG_QUERY, siteTeamCountsOf } from '../helpers/full-coverage.ts';
import { rawQueryOf, withRawQueries } from '../helpers/raw-queries.ts';

/*
 * Reads after writes under concurrency. Readers that queue behind an update of the coverage
 * snapshot are served by one update to the organisation's latest version (coalescing), never by a
 * snapshot older than a write acknowledged before they began, and what they get equals a full
 * recomputation.
 */

let t: TestApp;
let organisationId: string;
const events: SnapshotEvent[] = [];
const onEvent = (message: unknown) => events.push(message as SnapshotEvent);

beforeAll(async () => {
  t = await buildTestApp();
  organisationId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  subscribe('teamspiegel:coverage-snapshot', onEvent);
});

afterAll(async () => {
  unsubscribe('teamspiegel:coverage-snapshot', onEvent);
  await t?.close();
});

/** Everything a figure of the overview and a team's view depends on, as JSON. */
function figures(snapshot: CoverageSnapshot) {
  const ids = [...snapshot.teams.keys()].sort();
  const viewer = { anonymised: false, selfEmployeeId: null };
  return JSON.stringify({
    organisation: organisationCoverageView(
      snapshot,
      organisationCoverage(snapshot, ids, false),
      ORG_QUERY,
      siteTeamCountsOf(snapshot, ids),
    ),
    withPending: organisationCoverage(snapshot, ids, true).totals,
    reassessment: reassessmentInfo(snapshot, ids, overdueFilter(snapshot), false),
    teams: ids.map((id) => teamCoverageView(snapshot, id, viewer)),
  });
}

/**
 * The owner's client with a patch's read of the changed rows held at a gate while `held` is set: an
 * update of the snapshot stops there, so the test decides what happens while it runs. A client of
 * its own is a cache of its own (the caches are kept per client), as another API process would have.
 */
function gatedClient(db: Db) {
  const state = {
    held: null as Promise<void> | null,
    blocked: 0,
    patchReads: 0,
    versionReads: 0,
    rawQueries: 0,
    /** While set, a read of the organisation's version is held after it returned (a slow reader). */
    heldRead: null as Promise<void> | null,
    readsHeld: 0,
  };
  const textOf = (query: unknown) => (Array.isArray(query) ? query.join('?') : '');
  // Raw SQL both: the organisation's version (with the change log since the cache's version:
  // coverage-snapshot.ts `latestVersion`) and a patch's rows, all tables as one statement
  // (`readPackedTogether`: its columns are named "p0", "p1", …).
  const isVersionRead = (query: unknown) => textOf(query).includes('FROM "Organisation" organisation WHERE');
  const isPatchRead = (args: unknown[]) =>
    textOf(args[0]) === 'SELECT ?' &&
    ((args[1] as { sql?: string } | undefined)?.sql ?? '').includes('AS "p0"');
  const queryRaw = async (...args: unknown[]) => {
    state.rawQueries++;
    if (isPatchRead(args)) {
      state.patchReads++;
      if (state.held) {
        state.blocked++;
        await state.held;
      }
    }
    const result = await rawQueryOf(db)(...args);
    if (isVersionRead(args[0])) {
      state.versionReads++;
      if (state.heldRead) {
        state.readsHeld++;
        await state.heldRead;
      }
    }
    return result;
  };
  return { client: withRawQueries(db, queryRaw), state };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 1000 && !condition(); i++) await sleep(5);
  expect(condition()).toBe(true);
}

describe('coverage under concurrent writers and readers', () => {
  it('readers queued behind an update share one update to the latest version', async () => {
    const db = t.app.systemDb;
    const { client, state } = gatedClient(db);
    const teams = await db.team.findMany({
      where: { organisationId, archivedAt: null },
      select: { id: true, name: true },
      orderBy: { id: 'asc' },
      take: 4,
    });
    expect(teams.length).toBe(4);
    const rename = async (index: number, name: string) => {
      const team = teams[index];
      if (!team) throw new Error('no team');
      await db.team.updateMany({ where: { organisationId, id: team.id }, data: { name } });
      return (await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).dataVersion;
    };

    const warm = await coverageSnapshot(client, organisationId);
    const v1 = await rename(0, 'Samen 1');
    let release = () => {};
    state.held = new Promise<void>((resolve) => {
      release = resolve;
    });
    events.length = 0;
    // A: finds the cache behind and starts patching to the version it saw; held at the rows' read.
    const a = coverageSnapshot(client, organisationId);
    await until(() => state.blocked === 1);
    // B and C read newer versions while A's update runs: they queue behind it.
    const v2 = await rename(1, 'Samen 2');
    let reads = state.versionReads;
    const b = coverageSnapshot(client, organisationId);
    await until(() => state.versionReads === reads + 1);
    const v3 = await rename(2, 'Samen 3');
    reads = state.versionReads;
    const c = coverageSnapshot(client, organisationId);
    await until(() => state.versionReads === reads + 1);
    // A write acknowledged after B and C began, before their update starts: it is the latest.
    const v4 = await rename(3, 'Samen 4');
    expect([warm.dataVersion < v1, v1 < v2, v2 < v3, v3 < v4]).toEqual([true, true, true, true]);
    state.held = null;
    release();

    const [first, second, third] = await Promise.all([a, b, c]);
    expect(first.dataVersion).toBe(v1);
    // One update brought B and C to the latest version (not one to v2 and another to v3).
    expect(second.dataVersion).toBe(v4);
    expect(third).toBe(second);
    expect(state.patchReads).toBe(2);
    const rebuilds = events.filter((event) => !event.hit);
    expect(rebuilds.length).toBe(2);
    expect(rebuilds.every((event) => !event.hit && event.patched)).toBe(true);
    expect(second.teams.get(teams[3]?.id ?? '')?.name).toBe('Samen 4');

    // Exactly a full recomputation at that version.
    const fresh = await loadSnapshot(db, organisationId, v4);
    fresh.reassessmentMonths = second.reassessmentMonths;
    expect(figures(second)).toBe(figures(fresh));
  }, 60_000);

  it('a read after a write costs two statements: the version with the change log, then the changed rows', async () => {
    const db = t.app.systemDb;
    const { client, state } = gatedClient(db);
    const warm = await coverageSnapshot(client, organisationId);
    const team = await db.team.findFirstOrThrow({
      where: { organisationId, archivedAt: null },
      orderBy: { id: 'asc' },
    });
    await db.team.updateMany({ where: { organisationId, id: team.id }, data: { name: `${team.name} ·` } });
    const queriesBefore = state.rawQueries;
    const after = await coverageSnapshot(client, organisationId);
    expect(after.dataVersion).toBeGreaterThan(warm.dataVersion);
    expect(after.teams.get(team.id)?.name).toBe(`${team.name} ·`);
    expect([state.rawQueries - queriesBefore, state.versionReads > 0, state.patchReads]).toEqual([
      2,
      true,
      1,
    ]);
    const fresh = await loadSnapshot(db, organisationId, after.dataVersion);
    fresh.reassessmentMonths = after.reassessmentMonths;
    expect(figures(after)).toBe(figures(fresh));
    await db.team.updateMany({ where: { organisationId, id: team.id }, data: { name: team.name } });
  });

  it('a reader that read an older version does not put back an older reassessment cycle', async () => {
    const db = t.app.systemDb;
    const { client, state } = gatedClient(db);
    const warm = await coverageSnapshot(client, organisationId);
    const before = warm.reassessmentMonths;
    // A slow reader: it has read the organisation's version and cycle, and not yet looked at the cache.
    let releaseRead = () => {};
    state.heldRead = new Promise<void>((resolve) => {
      releaseRead = resolve;
    });
    const late = coverageSnapshot(client, organisationId);
    await until(() => state.readsHeld === 1);
    state.heldRead = null;
    // The cycle changes, at a new version (the settings route's audit bumps it), and another reader
    // brings the cache to that version.
    const cycle = before === 24 ? 12 : 24;
    await db.organisation.update({
      where: { id: organisationId },
      data: { reassessmentMonths: cycle, dataVersion: { increment: 1 } },
    });
    const current = await coverageSnapshot(client, organisationId);
    expect(current.reassessmentMonths).toBe(cycle);
    releaseRead();
    // The slow reader gets the newer cache, and leaves its cycle as it is.
    expect(await late).toBe(current);
    expect(current.reassessmentMonths).toBe(cycle);
    expect((await coverageSnapshot(client, organisationId)).reassessmentMonths).toBe(cycle);
    await db.organisation.update({
      where: { id: organisationId },
      data: { reassessmentMonths: before, dataVersion: { increment: 1 } },
    });
  }, 60_000);

  it('every read reflects every write acknowledged before it began, and the end equals a full computation', async () => {
    const reader = `Bearer ${await t.tokenFor(DEMO.board)}`;
    const writer = `Bearer ${await t.tokenFor(DEMO.hr)}`;
    const db = t.app.systemDb;
    const requirements = await db.teamRequirement.findMany({
      where: { organisationId, kind: 'area', team: { archivedAt: null } },
      select: { id: true, teamId: true, area: true, minLevel: true },
      orderBy: { id: 'asc' },
    });
    // One team per client, so each client knows what its own team must read.
    const targets = [...new Map(requirements.map((row) => [row.teamId, row])).values()].slice(0, 8);
    expect(targets.length).toBe(8);
    const currentVersion = async () =>
      (await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).dataVersion;
    const inject = async (method: 'GET' | 'PATCH', url: string, authorization: string, payload?: object) => {
      const response = await t.app.inject({ method, url, headers: { authorization }, payload });
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response;
    };
    const orgUrl = '/api/organisation/coverage?pageSize=1000&rankingLimit=500';
    await inject('GET', orgUrl, reader);
    events.length = 0;

    let acknowledged = 0;
    let reads = 0;
    const readOrganisation = async () => {
      const mustSee = acknowledged;
      const response = await inject('GET', orgUrl, reader);
      reads++;
      const view = response.json() as {
        dataVersion: number;
        matrix: { items: Array<{ teamId: string; teamName: string }> };
      };
      expect(view.dataVersion).toBeGreaterThanOrEqual(mustSee);
      return view;
    };
    // Readers that only read, all the time, beside the writing clients.
    let writing = true;
    const readers = Array.from({ length: 4 }, async () => {
      while (writing) await readOrganisation();
    });
    const clients = targets.map(async (target, client) => {
      for (let round = 1; round <= 4; round++) {
        const name = `Gelijktijdig ${client}.${round}`;
        if (round % 2 === 1) {
          await inject('PATCH', `/api/teams/${target.teamId}`, writer, { name });
        } else {
          await inject('PATCH', `/api/team-requirements/${target.id}`, writer, {
            kind: 'area',
            area: target.area,
            minLevel: target.minLevel,
            count: round,
          });
        }
        acknowledged = Math.max(acknowledged, await currentVersion());
        // This client's own write is in the very next read of the organisation and of its team.
        const view = await readOrganisation();
        const written = `Gelijktijdig ${client}.${round - (round % 2 === 1 ? 0 : 1)}`;
        expect(view.matrix.items.find((item) => item.teamId === target.teamId)?.teamName).toBe(written);
        const team = (await inject('GET', `/api/teams/${target.teamId}/coverage`, reader)).json() as {
          dataVersion: number;
          requirements: Array<{ requirement: { id: string; count: number } }>;
        };
        expect(team.dataVersion).toBeGreaterThanOrEqual(view.dataVersion);
        if (round % 2 === 0) {
          expect(team.requirements.find((line) => line.requirement.id === target.id)?.requirement.count).toBe(
            round,
          );
        }
      }
    });
    await Promise.all(clients);
    writing = false;
    await Promise.all(readers);
    expect(reads).toBeGreaterThan(targets.length * 4);
    // Every write was applied as a patch of the cached snapshot, never a reload.
    const rebuilds = events.filter((event) => !event.hit);
    expect(rebuilds.length).toBeGreaterThan(0);
    expect(rebuilds.every((event) => !event.hit && event.patched)).toBe(true);

    // After the storm, the cached figures equal a full recomputation, byte for byte.
    const final = await inject('GET', orgUrl, reader);
    const api = final.json();
    const fresh = await fullLoad(db, organisationId);
    expect(final.body).toBe(expectedOrganisationBody(fresh, false, api.change));
  }, 120_000);
});
