import type { AreaId, TMemberInput, TRequirementVersion } from '@teamspiegel/domain';
import type { Db } from '../plugins/app/prisma.ts';
import { type CoverageSnapshot, toRequirement } from './coverage-snapshot.ts';
import { type ReadAll, readEachPacked, readPackedTogether } from './coverage-snapshot-packed.ts';
import {
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
export type TrendRows = Awaited<ReturnType<typeof loadTrendRows>>;

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
  const organisationId = snapshot.organisationId;
  const teamOf = (id: string) => snapshot.teams.get(id) ?? snapshot.archivedTeams.get(id);
  const known = requestedTeamIds.filter((id) => teamOf(id) !== undefined);
  const withPeople = peopleOf.length > 0;
  const teams = withPeople ? teamsWithPeopleOf(organisationId, known, peopleOf, windowStart) : known;
  const few = withPeople || known.length <= FEW_TEAMS;
  const people = { organisationId, teamIds: teams, few };
  const queries = {
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
  let resolvedTeamIds: string[] = known;
  let read: ReadAll<typeof queries>;
  if (withPeople) {
    const { resolved, ...rows } = await readPackedTogether(db, { ...queries, resolved: trendTeamIds(teams) });
    resolvedTeamIds = resolved;
    read = rows;
  } else {
    read = few ? await readPackedTogether(db, queries) : await readEachPacked(db, queries);
  }
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
  // A team found through its people but unknown to the snapshot (created since) is left out.
  const teamIds = withPeople ? resolvedTeamIds.filter((id) => teamOf(id) !== undefined) : known;
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
