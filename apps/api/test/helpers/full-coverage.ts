import type { TCoverageChange } from '@teamspiegel/domain/api/coverage';
import type { Db } from '../../src/plugins/app/prisma.ts';
import { type CoverageSnapshot, loadSnapshot } from '../../src/services/coverage-snapshot.ts';
import {
  organisationCoverage,
  organisationCoverageView,
  overdueFilter,
  reassessmentInfo,
} from '../../src/services/coverage-views.ts';

/*
 * The figures a cached or patched coverage must equal: computed from the organisation loaded afresh,
 * for the equality tests (incremental patches, concurrency, the checkpoint).
 */

/** The query of the tests' organisation overview: every team on one page. */
export const ORG_QUERY = { page: 1, pageSize: 1000, rankingLimit: 500, siteId: null };

/** The organisation loaded afresh, with its reassessment cycle (which the cache carries beside its rows). */
export async function fullLoad(db: Db, organisationId: string): Promise<CoverageSnapshot> {
  const { dataVersion, reassessmentMonths } = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { dataVersion: true, reassessmentMonths: true },
  });
  return { ...(await loadSnapshot(db, organisationId, dataVersion)), reassessmentMonths };
}

/** How many of the given teams each site has. */
export function siteTeamCountsOf(snapshot: CoverageSnapshot, teamIds: string[]) {
  const counts = new Map<string, number>();
  for (const id of teamIds) {
    const siteId = snapshot.teams.get(id)?.siteId;
    if (siteId) counts.set(siteId, (counts.get(siteId) ?? 0) + 1);
  }
  return counts;
}

/** Pending self-assessments of the distinct people in the teams, counted the slow way. */
export function pendingByHand(snapshot: CoverageSnapshot, teamIds: string[]) {
  const people = new Set<string>();
  for (const teamId of teamIds) {
    for (const member of snapshot.teams.get(teamId)?.members ?? []) people.add(member.employeeId);
  }
  let changes = 0;
  for (const employeeId of people) changes += snapshot.pending.get(employeeId)?.length ?? 0;
  return changes;
}

/**
 * The organisation overview's JSON, as the API must send it, from a full load. The change since last
 * month is the trend's (it has its own tests): the caller passes the API's.
 */
export function expectedOrganisationBody(
  snapshot: CoverageSnapshot,
  included: boolean,
  change: TCoverageChange | null,
) {
  const ids = [...snapshot.teams.keys()];
  const view = organisationCoverageView(
    snapshot,
    organisationCoverage(snapshot, ids, included),
    ORG_QUERY,
    siteTeamCountsOf(snapshot, ids),
    { changes: pendingByHand(snapshot, ids), included },
    change,
  );
  return JSON.stringify({ ...view, ...reassessmentInfo(snapshot, ids, overdueFilter(snapshot), false) });
}
