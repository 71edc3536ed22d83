import {
  AREA_IDS,
  type AreaId,
  computeOrganisationCoverage,
  siteTrendPoint,
  type TOrganisationCoverage,
} from '@teamspiegel/domain';
import type { TCoverageTrend, TCoverageTrendPoint } from '@teamspiegel/domain/api/trend';
import type { Db } from '../plugins/app/prisma.ts';
import type { CoverageSnapshot } from './coverage-snapshot.ts';
import { trendMoments, trendWindowStart } from './coverage-trend-months.ts';
import { loadTrendRows } from './coverage-trend-rows.ts';
import { loadSiteTrendRows, sitesOfTeams, siteTeamIds, trendSitesAt } from './coverage-trend-sites.ts';
import { trendTeamsAt } from './coverage-trend-teams.ts';

/**
 * The organisation's coverage at the end of each of the last N months, reconstructed from the
 * validity periods the database keeps:
 * - AreaLevel rows valid at that moment (validFrom ≤ t < validTo, or still open),
 * - TeamMembership rows running at t (startDate ≤ t, endDate empty or not before t's day),
 * - employees: active ones always; people who are no longer active (leavers, erased people as
 *   anonymous aggregates) only through memberships with a recorded end date — without one we
 *   cannot know when they left, and today's coverage leaves them out as well.
 * - team requirements valid then (TeamRequirementVersion, written by a trigger), and only the teams
 *   that existed in the month: created by its end and not archived before its start. Months before a
 *   team was created show no requirements, not gaps (rule 6); an archived team stays in the months it
 *   existed.
 * - exemptions (rule 17) with their periods: each month applies those running on its day.
 * - site requirements (rule 18) valid then (SiteRequirementVersion), over the people of the site's
 *   teams then; reported beside the team figures, never in them (coverage-trend-sites.ts).
 * Competency ratings and contacts keep no history: every month uses today's.
 *
 * Rows are loaded in a fixed number of queries for the whole window (coverage-trend-rows.ts); then,
 * per measuring moment (coverage-trend-months.ts), the teams of then are rebuilt
 * (coverage-trend-teams.ts) and the domain engine (computeOrganisationCoverage) runs once; this
 * module shapes each month's point. The current month is measured at `now`, so
 * its totals equal today's GET /api/organisation/coverage.
 */
export type TrendOptions = {
  months: number;
  /** The teams to include, archived ones too (already scoped to what the caller may see, and to the site). */
  teamIds: string[];
  siteId: string | null;
  /**
   * The sites whose requirements are measured (rule 18): null for every site of the organisation;
   * without it, the sites of `teamIds`.
   */
  siteIds?: readonly string[] | null;
  now?: Date;
};

/** The six totals a trend point shows, of a coverage computed by the engine. */
export function trendTotals(coverage: TOrganisationCoverage): TCoverageTrendPoint['totals'] {
  const overall = coverage.totals.overall;
  return {
    requirements: overall.requirements,
    covered: overall.covered,
    noMargin: overall.noMargin,
    singlePoints: overall.singlePoints,
    gaps: overall.gaps,
    totalGap: overall.totalGap,
  };
}

export async function coverageTrend(
  db: Db,
  snapshot: CoverageSnapshot,
  options: TrendOptions,
): Promise<TCoverageTrend> {
  const now = options.now ?? new Date();
  const moments = trendMoments(options.months, now);
  const windowStart = trendWindowStart(options.months, now);
  const siteRows = await loadSiteTrendRows(
    db,
    snapshot,
    options.siteIds === undefined ? sitesOfTeams(snapshot, options.teamIds) : options.siteIds,
    windowStart,
    now,
  );
  // The sites' people come from all their teams, also those outside the caller's teams: one load.
  const measured = new Set(options.teamIds);
  const loaded = [...measured, ...siteTeamIds(siteRows).filter((id) => !measured.has(id))];
  const rows = await loadTrendRows(db, snapshot, loaded, windowStart, now);
  const archivedAt = (teamId: string) => rows.lifetime.get(teamId)?.archivedAt ?? null;
  const points: TCoverageTrendPoint[] = moments.map((moment) => {
    const isNow = moment.at.getTime() === now.getTime();
    const allTeams = trendTeamsAt(rows, moment, isNow);
    const teams = allTeams.filter((team) => measured.has(team.teamId));
    const coverage = computeOrganisationCoverage({ teams, roles: snapshot.roles });
    const byArea = {} as Record<AreaId, number>;
    for (const area of AREA_IDS) byArea[area] = coverage.totals.byArea[area].gaps;
    const siteRequirements = siteTrendPoint(
      trendSitesAt(siteRows, allTeams, archivedAt, moment.at),
      moment.at,
    );
    return {
      month: moment.month,
      at: moment.at.toISOString(),
      totals: trendTotals(coverage),
      byArea,
      siteRequirements,
    };
  });
  return { months: options.months, siteId: options.siteId, points };
}
