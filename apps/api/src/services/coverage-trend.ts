import {
  AREA_IDS,
  type AreaId,
  computeOrganisationCoverage,
  requirementsAt,
  siteTrendPoint,
  type TMemberInput,
  type TOrganisationCoverage,
  type TRequirementVersion,
  type TTeamInput,
} from '@teamspiegel/domain';
import type { TCoverageTrend, TCoverageTrendPoint } from '@teamspiegel/domain/api/trend';
import { startOfUtcDay } from '../lib/http.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { type CoverageSnapshot, toRequirement } from './coverage-snapshot.ts';
import {
  trendAssignments,
  trendContacts,
  trendEmployees,
  trendLevels,
  trendMemberships,
  trendRatings,
} from './coverage-trend-packed.ts';
import { loadSiteTrendRows, sitesOfTeams, siteTeamIds, trendSitesAt } from './coverage-trend-sites.ts';
import { exemptionInput } from './exemptions.ts';

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
 * Rows are loaded in a fixed number of queries for the whole window; then the domain engine
 * (computeOrganisationCoverage) runs once per month. The current month is measured at `now`, so
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

type LevelRow = {
  area: AreaId;
  level: NonNullable<TMemberInput['levels'][AreaId]>;
  status: 'validated' | 'self_assessed';
  validFrom: Date;
  validTo: Date | null;
};
type AssignmentRow = {
  employeeId: string;
  roleDefinitionId: string;
  teamId: string | null;
  startDate: Date;
  endDate: Date | null;
};

/**
 * The validated level per area at `at` (rule 4): the row valid then if validated; if that row is a
 * self-assessment, the last validated row before it. `rows` are one person's, oldest first.
 */
export function validatedLevelsAt(rows: readonly LevelRow[], at: Date): TMemberInput['levels'] {
  const levels: TMemberInput['levels'] = {};
  for (const row of rows) {
    if (row.validFrom > at || (row.validTo !== null && row.validTo <= at)) continue;
    if (row.status === 'validated') {
      levels[row.area] = row.level;
      continue;
    }
    let earlier: LevelRow | undefined;
    for (const other of rows) {
      if (other.area === row.area && other.status === 'validated' && other.validFrom < row.validFrom) {
        earlier = other;
      }
    }
    if (earlier) levels[row.area] = earlier.level;
  }
  return levels;
}
type MembershipRow = { teamId: string; employeeId: string; startDate: Date; endDate: Date | null };

/** Measuring moments, oldest first: the last millisecond of each past month, then `now`. */
export function trendMoments(months: number, now: Date): Array<{ month: string; at: Date; start: Date }> {
  const moments: Array<{ month: string; at: Date; start: Date }> = [];
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  for (let back = months - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(year, month - back, 1));
    const label = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    const at = back === 0 ? now : new Date(Date.UTC(year, month - back + 1, 1) - 1);
    moments.push({ month: label, at, start });
  }
  return moments;
}

function runsAt(row: MembershipRow, at: Date): boolean {
  return row.startDate <= at && (row.endDate === null || row.endDate >= startOfUtcDay(at));
}

const FEW_TEAMS = 100;

/** The history rows of some teams for a trend window, indexed for measuring moments in it. */
export type TrendRows = Awaited<ReturnType<typeof loadTrendRows>>;

/**
 * Loads, in a fixed number of queries, every row the trend needs for `teamIds` between
 * `windowStart` and `now` (the teams' memberships, their people's levels, ratings, contacts and
 * role assignments, the teams' lifetimes, requirement versions and exemptions).
 */
export async function loadTrendRows(
  db: Db,
  snapshot: CoverageSnapshot,
  requestedTeamIds: readonly string[],
  windowStart: Date,
  now: Date,
) {
  const organisationId = snapshot.organisationId;
  const scope = { organisationId };
  const teamOf = (id: string) => snapshot.teams.get(id) ?? snapshot.archivedTeams.get(id);
  const teamIds = requestedTeamIds.filter((id) => teamOf(id) !== undefined);
  // A few teams (the change tile after a write): their people by id, so the cost follows the
  // teams, not the organisation; many teams: the relational filter, not a list of thousands of ids.
  const peopleIds =
    teamIds.length <= FEW_TEAMS
      ? (
          await db.teamMembership.findMany({
            where: { ...scope, teamId: { in: teamIds } },
            select: { employeeId: true },
            distinct: ['employeeId'],
          })
        ).map((row) => row.employeeId)
      : null;
  // The large tables as packed text (coverage-trend-packed.ts): decoding them as Prisma objects
  // cost seconds for a whole organisation.
  const people = { organisationId, teamIds, peopleIds };
  const ofPeople = peopleIds
    ? { employeeId: { in: peopleIds } }
    : { employee: { memberships: { some: { teamId: { in: teamIds } } } } };

  const [memberships, employees, levels, ratings, contacts, assignments, teamRows, versions, certificates] =
    await Promise.all([
      trendMemberships(db, organisationId, teamIds, windowStart, now),
      trendEmployees(db, people),
      trendLevels(db, people, now),
      trendRatings(db, people),
      trendContacts(db, people),
      trendAssignments(db, people, windowStart, now),
      db.team.findMany({
        where: { ...scope, id: { in: teamIds } },
        select: { id: true, createdAt: true, archivedAt: true },
      }),
      db.teamRequirementVersion.findMany({
        where: {
          ...scope,
          teamId: { in: teamIds },
          validFrom: { lte: now },
          OR: [{ validTo: null }, { validTo: { gt: windowStart } }],
        },
      }),
      // Rule 10 in the trend: validated certificates, each counting from the day obtained.
      db.personCertificate.findMany({
        where: {
          ...scope,
          ...ofPeople,
          status: 'validated',
          obtainedOn: { lte: now },
          OR: [{ expiresOn: null }, { expiresOn: { gte: windowStart } }],
        },
        select: { employeeId: true, certificateTypeId: true, obtainedOn: true, expiresOn: true },
      }),
    ]);
  // Rule 17 in the trend: exemptions with their periods, ended ones too (they ran until then).
  const exemptions = await db.requirementExemption.findMany({
    where: {
      ...scope,
      teamId: { in: teamIds },
      startsOn: { lte: now },
      endsOn: { gte: windowStart },
      OR: [{ endedAt: null }, { endedAt: { gte: windowStart } }],
    },
    select: {
      id: true,
      teamId: true,
      requirementId: true,
      employeeId: true,
      startsOn: true,
      endsOn: true,
      endedAt: true,
    },
  });
  const versionsOf = new Map<string, TRequirementVersion[]>();
  for (const row of versions) {
    const requirement = toRequirement({ ...row, id: row.requirementId });
    if (!requirement) continue;
    const version = { requirement, validFrom: row.validFrom, validTo: row.validTo };
    const list = versionsOf.get(row.teamId);
    if (list) list.push(version);
    else versionsOf.set(row.teamId, [version]);
  }
  const competenciesOf = new Map<string, TMemberInput['competencies']>();
  for (const row of ratings) {
    let record = competenciesOf.get(row.employeeId);
    if (!record) {
      record = {};
      competenciesOf.set(row.employeeId, record);
    }
    record[row.competency] = row.score;
  }
  return {
    teamIds,
    teamOf,
    lifetime: new Map(teamRows.map((row) => [row.id, row])),
    versionsOf,
    assignmentsOf: groupBy(assignments as AssignmentRow[], (row) => row.employeeId),
    people: new Map(employees.map((row) => [row.id, row])),
    levelsOf: groupBy(levels as Array<LevelRow & { employeeId: string }>, (row) => row.employeeId),
    competenciesOf,
    circlesOf: new Map(
      [...groupBy(contacts, (row) => row.employeeId)].map(([id, rows]) => [
        id,
        rows.map((row) => row.circle),
      ]),
    ),
    membershipsOf: groupBy(memberships, (row) => row.teamId),
    certificatesOf: groupBy(certificates, (row) => row.employeeId),
    // Team exemptions only (the query asks for teams); the trend measures no site requirement.
    exemptionsOf: groupBy(exemptions, (row) => row.teamId ?? ''),
  };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push(row);
  }
  return groups;
}

/**
 * The engine's team inputs at one moment: the teams that existed in its month (created by its
 * end, not archived before its start), with the members, levels, roles and requirements of then.
 * Before a team existed, or after it was archived, it is not measured: no requirements, no gaps.
 */
export function trendTeamsAt(
  rows: TrendRows,
  moment: { at: Date; start: Date },
  isNow: boolean,
): TTeamInput[] {
  const { at, start } = moment;
  const { people, levelsOf, competenciesOf, circlesOf, assignmentsOf } = rows;
  const existedIn = (teamId: string) => {
    const row = rows.lifetime.get(teamId);
    return row !== undefined && row.createdAt <= at && (row.archivedAt === null || row.archivedAt >= start);
  };
  const memberAt = new Map<string, TMemberInput>();
  const member = (employeeId: string): TMemberInput => {
    let input = memberAt.get(employeeId);
    if (input) return input;
    input = {
      employeeId,
      fte: people.get(employeeId)?.fte ?? 0,
      levels: validatedLevelsAt(levelsOf.get(employeeId) ?? [], at),
      competencies: competenciesOf.get(employeeId) ?? {},
      circles: circlesOf.get(employeeId) ?? [],
      development: [],
    };
    const held = (rows.certificatesOf.get(employeeId) ?? []).filter((row) => row.obtainedOn <= at);
    if (held.length > 0) {
      input.certificates = held.map((row) => ({
        certificateTypeId: row.certificateTypeId,
        expiresOn: row.expiresOn ? row.expiresOn.toISOString().slice(0, 10) : null,
      }));
    }
    memberAt.set(employeeId, input);
    return input;
  };
  // Roles held at `at` in this team (or without a team): rule 3 counts holders.
  const rolesAt = (employeeId: string, teamId: string): string[] => {
    const held: string[] = [];
    for (const row of assignmentsOf.get(employeeId) ?? []) {
      const runs = row.startDate <= at && (row.endDate === null || row.endDate >= startOfUtcDay(at));
      if (runs && (row.teamId === null || row.teamId === teamId)) held.push(row.roleDefinitionId);
    }
    return held;
  };
  return rows.teamIds.filter(existedIn).map((teamId) => {
    const team = rows.teamOf(teamId) as NonNullable<ReturnType<TrendRows['teamOf']>>;
    const seen = new Set<string>();
    const members: TMemberInput[] = [];
    for (const row of rows.membershipsOf.get(teamId) ?? []) {
      if (seen.has(row.employeeId) || !runsAt(row, at)) continue;
      const person = people.get(row.employeeId);
      if (!person) continue;
      const current = person.active && person.erasedAt === null;
      // Leavers count in the past only where their membership's end was recorded; never today.
      if (!current && (isNow || row.endDate === null)) continue;
      seen.add(row.employeeId);
      const roleIds = rolesAt(row.employeeId, teamId);
      const input = member(row.employeeId);
      members.push(roleIds.length > 0 ? { ...input, roleIds } : input);
    }
    const exemptions = (rows.exemptionsOf.get(teamId) ?? []).map(exemptionInput);
    // Today's vacancies count only in the projection, which the trend does not show.
    return {
      teamId,
      siteId: team.siteId,
      name: team.name,
      members,
      requirements: requirementsAt(rows.versionsOf.get(teamId) ?? [], null, at),
      // Certificates count when valid on the moment's day (rule 10), exemptions when running then (rule 17).
      measuredOn: at.toISOString().slice(0, 10),
      ...(exemptions.length > 0 ? { exemptions } : {}),
    };
  });
}

/** The first day of the trend window of `months` months ending now. */
export function trendWindowStart(months: number, now: Date): Date {
  return startOfUtcDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1)));
}

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
