import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/plugins/app/prisma.ts';
import {
  coverageChange,
  prepareCoverageChange,
  previousMonthAlongside,
} from '../../src/services/coverage-change.ts';
import { type CoverageSnapshot, coverageSnapshot } from '../../src/services/coverage-snapshot.ts';
import { organisationCoverage } from '../../src/services/coverage-views.ts';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { rawQueryOf, withRawQueries } from '../helpers/raw-queries.ts';

/*
 * The change tile's last-month point follows a snapshot's patch in the patch's own statement
 * (`previousMonthAlongside`): after a write, the overview's reader makes no round trip of its own for
 * it, and the point equals one computed afresh.
 */

let t: TestApp;
let organisationId: string;

beforeAll(async () => {
  t = await buildTestApp();
  organisationId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
});

afterAll(async () => {
  await t?.close();
});

/** The owner's client counting its raw statements; a client of its own is a cache of its own. */
function countingClient(db: Db) {
  const state = { statements: 0 };
  const passOn = rawQueryOf(db);
  const client = withRawQueries(db, (...args) => {
    state.statements++;
    return passOn(...args);
  });
  return { client, state };
}

function changeOf(db: Db, snapshot: CoverageSnapshot, now: Date) {
  const teamIds = [...snapshot.teams.keys(), ...snapshot.archivedTeams.keys()];
  const currentCoverage = organisationCoverage(snapshot, [...snapshot.teams.keys()], false).teams;
  return coverageChange(db, snapshot, { teamIds, currentCoverage }, now);
}

/**
 * A person recorded as a member of a team from `monthsAgo` months back until the end of last month:
 * a change of last month's figures only (the incremental property test holds such changes equal
 * to the trend reconstructed in full; this file is about how the point gets there).
 */
async function backDatedMembership(monthsAgo: number) {
  const db = t.app.systemDb;
  const team = await db.team.findFirstOrThrow({
    where: { organisationId, archivedAt: null },
    orderBy: { id: 'asc' },
  });
  const outsider = await db.employee.findFirstOrThrow({
    where: {
      organisationId,
      active: true,
      erasedAt: null,
      memberships: { none: { teamId: team.id } },
      areaLevels: { some: { status: 'validated' } },
    },
    orderBy: { id: 'asc' },
  });
  const today = new Date();
  const startDate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 1));
  const endDate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  await db.teamMembership.create({
    data: { organisationId, teamId: team.id, employeeId: outsider.id, startDate, endDate },
  });
}

describe('last month’s point alongside the snapshot patch', () => {
  it('follows the patch without a statement of its own and equals a point computed afresh', async () => {
    const now = new Date();
    const { client, state } = countingClient(t.app.systemDb);
    await prepareCoverageChange(
      client,
      await coverageSnapshot(client, organisationId, previousMonthAlongside),
      now,
    );

    await backDatedMembership(2);
    const snapshot = await coverageSnapshot(client, organisationId, previousMonthAlongside);
    const statements = state.statements;
    await prepareCoverageChange(client, snapshot, now);
    expect(state.statements, 'the point was brought along by the patch').toBe(statements);
    const followed = await changeOf(client, snapshot, now);
    expect(state.statements).toBe(statements);

    // Computed afresh: a cache of its own, no stored point to start from.
    await t.app.systemDb.coverageMonthPoint.deleteMany({ where: { organisationId } });
    const fresh = countingClient(t.app.systemDb).client;
    expect(await changeOf(fresh, await coverageSnapshot(fresh, organisationId), now)).toEqual(followed);
  });

  it('without the companion, the reader brings the point up to date itself (a statement of its own)', async () => {
    const now = new Date();
    const { client, state } = countingClient(t.app.systemDb);
    await prepareCoverageChange(client, await coverageSnapshot(client, organisationId), now);
    await backDatedMembership(3);
    const snapshot = await coverageSnapshot(client, organisationId);
    const statements = state.statements;
    await prepareCoverageChange(client, snapshot, now);
    expect(state.statements).toBeGreaterThan(statements);
  });
});
