import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { withOrganisation } from '../../src/db/tenant-context.ts';
import type { Db } from '../../src/plugins/app/prisma.ts';
import { forgetPreviousMonths } from '../../src/services/coverage-change.ts';
import { type CheckpointEvent, writeCheckpoint } from '../../src/services/coverage-checkpoint.ts';
import {
  clearCoverageSnapshots,
  coverageSnapshot,
  type SnapshotEvent,
} from '../../src/services/coverage-snapshot.ts';
import { recentlyCheckpointed, warmUpCoverage } from '../../src/services/coverage-warmup.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';
import { expectedOrganisationBody, fullLoad } from '../helpers/full-coverage.ts';

/*
 * The warm-up at start (services/coverage-warmup.ts, plugins/app/coverage-warmup.ts): a process that
 * starts listening loads the organisations checkpointed today before it reports ready, through the
 * same checkpoint-and-patch path as a request, so its first overview is a cache hit that still equals
 * a full load. Only fitting checkpoints are warmed, within a number, a deadline and the heap; a
 * failure leaves the organisation cold. Readiness says 503 while it runs.
 */

let t: TestApp;
let organisationId: string;
let otherOrganisationId: string;
let authorization: string;
const checkpointReads: string[] = [];
const snapshotEvents: SnapshotEvent[] = [];
const onCheckpoint = (message: unknown) => {
  const event = message as CheckpointEvent;
  if ('read' in event) checkpointReads.push(event.read);
};
const onSnapshot = (message: unknown) => snapshotEvents.push(message as SnapshotEvent);

beforeAll(async () => {
  t = await buildTestApp();
  organisationId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  otherOrganisationId = (
    await t.app.systemDb.organisation.findFirstOrThrow({
      where: { slug: { not: 'demo' } },
      orderBy: { slug: 'asc' },
    })
  ).id;
  authorization = `Bearer ${await t.tokenFor(DEMO.board)}`;
  subscribe('teamspiegel:coverage-checkpoint', onCheckpoint);
  subscribe('teamspiegel:coverage-snapshot', onSnapshot);
});

afterAll(async () => {
  unsubscribe('teamspiegel:coverage-checkpoint', onCheckpoint);
  unsubscribe('teamspiegel:coverage-snapshot', onSnapshot);
  await t?.close();
});

/** As a new process: nothing in memory; only the demo organisation has a checkpoint (of now). */
beforeEach(async () => {
  await t.app.systemDb.coverageCheckpoint.deleteMany({});
  clearCoverageSnapshots(t.app.systemDb);
  const snapshot = await coverageSnapshot(t.app.systemDb, organisationId);
  expect(await writeCheckpoint(t.app.systemDb, snapshot)).toBe(true);
  clearCoverageSnapshots(t.app.db);
  forgetPreviousMonths(t.app.db);
  checkpointReads.length = 0;
  snapshotEvents.length = 0;
});

const options = { organisations: 10, timeoutMs: 30_000 };

/** The next read of the organisation's snapshot through the API's client was served from memory. */
async function nextReadIsHit(id: string) {
  snapshotEvents.length = 0;
  await withOrganisation(id, () => coverageSnapshot(t.app.db, id));
  return snapshotEvents.length === 1 && snapshotEvents[0]?.hit === true;
}

/** A client whose `model` throws `message` when touched (a database gone mid-way). */
function failingOn(db: Db, model: string, message: string): Db {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === model) throw new Error(message);
      return Reflect.get(target, property, receiver);
    },
  });
}

/** An `onError` that keeps [message, organisation] pairs. */
function errorLog() {
  const errors: Array<[string, string | null]> = [];
  const onError = (error: unknown, id: string | null) => errors.push([(error as Error).message, id]);
  return { errors, onError };
}

async function overview() {
  const response = await t.app.inject({
    method: 'GET',
    url: '/api/organisation/coverage?pageSize=1000&rankingLimit=500',
    headers: { authorization },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

describe('coverage warm-up', () => {
  it('loads a checkpointed organisation through the checkpoint; its first overview is a hit equal to a full load', async () => {
    const result = await warmUpCoverage(t.app.db, t.app.systemDb, options);
    expect(result).toMatchObject({ warmed: [organisationId], failed: [], stopped: null });
    expect(checkpointReads).toEqual(['used']);
    expect(await nextReadIsHit(organisationId)).toBe(true);

    const response = await overview();
    const snapshot = await fullLoad(t.app.systemDb, organisationId);
    expect(response.body).toBe(expectedOrganisationBody(snapshot, false, response.json().change));
    // No further load or checkpoint read for the request.
    expect(checkpointReads).toEqual(['used']);
  });

  it('patches the checkpoint with the writes made after it, like a request would', async () => {
    const team = await t.app.systemDb.team.findFirstOrThrow({ where: { organisationId, archivedAt: null } });
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/teams/${team.id}`,
      headers: { authorization: `Bearer ${await t.tokenFor(DEMO.hr)}` },
      payload: { name: `${team.name} (opgewarmd)` },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await warmUpCoverage(t.app.db, t.app.systemDb, options);
    expect(checkpointReads).toEqual(['used']);
    expect(await nextReadIsHit(organisationId)).toBe(true);
    const response = await overview();
    expect(response.body).toContain(`${team.name} (opgewarmd)`);
    const snapshot = await fullLoad(t.app.systemDb, organisationId);
    expect(response.body).toBe(expectedOrganisationBody(snapshot, false, response.json().change));
  });

  it('a failed listing (the database away at start) warms nothing and is reported', async () => {
    const away = failingOn(t.app.systemDb, 'coverageCheckpoint', 'database away');
    const { errors, onError } = errorLog();
    expect(await warmUpCoverage(t.app.db, away, { ...options, onError })).toMatchObject({
      warmed: [],
      failed: [],
    });
    expect(errors).toEqual([['database away', null]]);
    expect(await nextReadIsHit(organisationId)).toBe(false);
  });

  it('lists only checkpoints a new process would use: today, within 12 hours, of this code', async () => {
    const now = Date.now();
    expect(await recentlyCheckpointed(t.app.systemDb, now, 10)).toEqual([organisationId]);
    expect(await recentlyCheckpointed(t.app.systemDb, now, 0)).toEqual([]);
    await t.app.systemDb.coverageCheckpoint.updateMany({ data: { codeVersion: 'other code' } });
    expect(await recentlyCheckpointed(t.app.systemDb, now, 10)).toEqual([]);
    await t.app.systemDb.coverageCheckpoint.deleteMany({});
    expect((await warmUpCoverage(t.app.db, t.app.systemDb, options)).warmed).toEqual([]);
    // Nothing was loaded: an organisation not active today waits for its first request.
    expect(snapshotEvents).toEqual([]);
    expect(await nextReadIsHit(organisationId)).toBe(false);
  });

  it('leaves out checkpoints older than 12 hours and takes the newest first, up to the number', async () => {
    clearCoverageSnapshots(t.app.systemDb);
    const other = await coverageSnapshot(t.app.systemDb, otherOrganisationId);
    expect(await writeCheckpoint(t.app.systemDb, other)).toBe(true);
    const now = Date.now();
    expect(await recentlyCheckpointed(t.app.systemDb, now, 10)).toEqual([
      otherOrganisationId,
      organisationId,
    ]);
    expect(await recentlyCheckpointed(t.app.systemDb, now, 1)).toEqual([otherOrganisationId]);
    expect(await recentlyCheckpointed(t.app.systemDb, now + 13 * 3600_000, 10)).not.toContain(organisationId);
  });

  it('stops at the deadline and when the heap is under pressure, without loading', async () => {
    expect(await warmUpCoverage(t.app.db, t.app.systemDb, { ...options, timeoutMs: 0 })).toMatchObject({
      warmed: [],
      stopped: 'deadline',
    });
    const heap = () => ({ used_heap_size: 90, heap_size_limit: 100 });
    expect(await warmUpCoverage(t.app.db, t.app.systemDb, { ...options, heap })).toMatchObject({
      warmed: [],
      stopped: 'heap',
    });
    expect(checkpointReads).toEqual([]);
    expect(await nextReadIsHit(organisationId)).toBe(false);
  });

  it('an organisation that fails is left cold and reported, without throwing', async () => {
    const failing = failingOn(t.app.db, '$queryRaw', 'database gone');
    const { errors, onError } = errorLog();
    const result = await warmUpCoverage(failing, t.app.systemDb, { ...options, onError });
    expect(result).toMatchObject({ warmed: [], failed: [organisationId], stopped: null });
    expect(errors).toEqual([['database gone', organisationId]]);
    expect(await nextReadIsHit(organisationId)).toBe(false);
  });
});

describe('readiness during the warm-up', () => {
  it('says 503 warming_up (problem+json, Retry-After) until the warm-up ends, then 200; it runs once', async () => {
    const warmUp = t.app.coverageWarmUp;
    expect(warmUp.state).toBe('idle');
    expect((await t.app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);

    // Hold the warm-up at its first query (the list of checkpoints) while readiness is asked.
    const holder = new pg.Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE "CoverageCheckpoint" IN ACCESS EXCLUSIVE MODE');
    const run = warmUp.run();
    expect(warmUp.run()).toBe(run);
    expect(warmUp.state).toBe('warming');
    for (const url of ['/api/health/ready', '/api/health']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['retry-after']).toBe('1');
      expect(response.json()).toMatchObject({ status: 503, code: 'warming_up' });
    }
    const live = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    await holder.query('COMMIT');
    await holder.end();

    const result = await run;
    expect(result.warmed).toEqual([organisationId]);
    expect(warmUp.state).toBe('done');
    expect(warmUp.result).toBe(result);
    expect((await t.app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
  });

  it('a listening app starts it by itself; an injected one never does', async () => {
    const listening = await buildTestApp({ env: { COVERAGE_WARMUP_TIMEOUT_MS: '60000' } });
    try {
      // Its own database (a clone of the seeded template) gets the demo organisation's checkpoint.
      const id = (await listening.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } }))
        .id;
      const snapshot = await coverageSnapshot(listening.app.systemDb, id);
      expect(await writeCheckpoint(listening.app.systemDb, snapshot)).toBe(true);
      await listening.app.ready();
      expect(listening.app.coverageWarmUp.state).toBe('idle');
      await listening.app.listen({ host: '127.0.0.1', port: 0 });
      expect(listening.app.coverageWarmUp.state).not.toBe('idle');
      for (let i = 0; listening.app.coverageWarmUp.state === 'warming'; i++) {
        if (i > 600) throw new Error('the warm-up did not end within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(listening.app.coverageWarmUp.result).toMatchObject({ warmed: [id], failed: [], stopped: null });
    } finally {
      await listening.close();
    }
  });

  it('is configured by COVERAGE_WARMUP_ORGANISATIONS (0: off) and COVERAGE_WARMUP_TIMEOUT_MS', () => {
    expect(loadConfig({}).coverageWarmUp).toEqual({ organisations: 10, timeoutMs: 30_000 });
    expect(
      loadConfig({ COVERAGE_WARMUP_ORGANISATIONS: '0', COVERAGE_WARMUP_TIMEOUT_MS: '5000' }).coverageWarmUp,
    ).toEqual({ organisations: 0, timeoutMs: 5000 });
    expect(() => loadConfig({ COVERAGE_WARMUP_ORGANISATIONS: '-1' })).toThrow(
      /COVERAGE_WARMUP_ORGANISATIONS/,
    );
  });
});
