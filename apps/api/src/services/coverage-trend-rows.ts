import type { AreaId, TMemberInput, TRequirementVersion } from '@teamspiegel/domain';
import type { Db } from '../plugins/app/prisma.ts';
import { type CoverageSnapshot, toRequirement } from './coverage-snapshot.ts';
import { type ReadAll, readEachPacked, readPackedTogether } from './coverage-snapshot-packed.ts';
import {
  type TeamSet,
  teamsWithPeopleOf,
  trendAssignments,
  trendCertificates,
  trendContacts,
  trendEmployees,
  trendExemptions,
  trendLevels,
  trendMemberships,
  trendRatings,
  trendRequirementVersions,
  trendTeamIds,
  trendTeams,
} from './coverage-trend-packed.ts';

/** One area level of a person with its validity period. */
export type LevelRow = {
  area: AreaId;
  level: NonNullable<TMemberInput['levels'][AreaId]>;
  status: 'validated' | 'self_assessed';
  validFrom: Date;
  validTo: Date | null;
};
export type AssignmentRow = {
  employeeId: string;
  roleDefinitionId: string;
  teamId: string | null;
  startDate: Date;
  endDate: Date | null;
};

const FEW_TEAMS = 100;

/** The history rows of some teams for a trend window, indexed for measuring moments in it. */
export type TrendRows = ReturnType<TrendRowsRead['rows']>;
export type TrendRowsRead = ReturnType<typeof trendRowsRead>;

/**
 * Loads every row the trend needs for `teamIds` between `windowStart` and `now` (the teams'
 * memberships, their people's levels, ratings, contacts, role assignments and certificates, the
 * teams' lifetimes, requirement versions and exemptions): for a few teams (the change tile after a
 * write) in ONE statement, for many one query per table in parallel. With `peopleOf` (a few
 * people), also every team they were in since `windowStart`, found in that same statement.
 */
export async function loadTrendRows(
  db: Db,
  snapshot: CoverageSnapshot,
  requestedTeamIds: readonly string[],
  windowStart: Date,
  now: Date,
  peopleOf: readonly string[] = [],
) {
  const teamOf = teamsOf(snapshot);
  const known = requestedTeamIds.filter((id) => teamOf(id) !== undefined);
  const read = trendRowsRead(snapshot.organisationId, known, windowStart, now, peopleOf);
  const packed = read.few
    ? await readPackedTogether(db, read.queries)
    : await readEachPacked(db, read.queries);
  return read.rows(packed, snapshot);
}

const teamsOf = (snapshot: CoverageSnapshot) => (id: string) =>
  snapshot.teams.get(id) ?? snapshot.archivedTeams.get(id);

/**
 * The queries of `loadTrendRows` and how to index what they read, for a caller that reads them in a
 * statement of its own (a snapshot's patch reads last month's rows with its own: coverage-change.ts).
 * Teams unknown to the snapshot given to `rows` are left out there, so a caller may ask for teams
 * its snapshot learns of only in that same patch.
 */
export function trendRowsRead(
  organisationId: string,
  teamIds: readonly string[],
  windowStart: Date,
  now: Date,
  peopleOf: readonly string[] = [],
) {
  const withPeople = peopleOf.length > 0;
  const teams = withPeople ? teamsWithPeopleOf(organisationId, teamIds, peopleOf, windowStart) : teamIds;
  const few = withPeople || teamIds.length <= FEW_TEAMS;
  const tables = trendTables(organisationId, teams, few, windowStart, now);
  // With the people, also the teams found through them (their ids), in the same statement.
  const queries: TrendTables = withPeople ? Object.assign({ resolved: trendTeamIds(teams) }, tables) : tables;
  return {
    queries,
    few,
    rows: (read: TrendRead & { resolved?: string[] }, snapshot: CoverageSnapshot) =>
      indexTrendRows(read, read.resolved ?? teamIds, snapshot),
  };
}

/** One packed query per table of the trend's history, for the teams `teams`. */
function trendTables(organisationId: string, teams: TeamSet, few: boolean, windowStart: Date, now: Date) {
  const people = { organisationId, teamIds: teams, few };
  return {
    memberships: trendMemberships(organisationId, teams, windowStart, now),
    teamRows: trendTeams(organisationId, teams),
    versions: trendRequirementVersions(organisationId, teams, windowStart, now),
    exemptions: trendExemptions(organisationId, teams, windowStart, now),
    employees: trendEmployees(people),
    levels: trendLevels(people, now),
    ratings: trendRatings(people),
    contacts: trendContacts(people),
    assignments: trendAssignments(people, windowStart, now),
    certificates: trendCertificates(people, windowStart, now),
  };
}

type TrendTables = ReturnType<typeof trendTables>;
type TrendRead = ReadAll<TrendTables>;

function indexTrendRows(read: TrendRead, resolvedTeamIds: readonly string[], snapshot: CoverageSnapshot) {
  const teamOf = teamsOf(snapshot);
  // A team unknown to the snapshot (created since, or found through its people) is left out.
  const teamIds = resolvedTeamIds.filter((id) => teamOf(id) !== undefined);
  const {
    memberships,
    teamRows,
    versions,
    exemptions,
    employees,
    levels,
    ratings,
    contacts,
    assignments,
    certificates,
  } = read;
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
    resolvedTeamIds,
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
