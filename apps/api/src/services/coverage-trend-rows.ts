import type { AreaId, TMemberInput, TRequirementVersion } from '@teamspiegel/domain';
import type { Db } from '../plugins/app/prisma.ts';
import { type CoverageSnapshot, toRequirement } from './coverage-snapshot.ts';
import { readEachPacked, readPackedTogether } from './coverage-snapshot-packed.ts';
import {
  trendAssignments,
  trendCertificates,
  trendContacts,
  trendEmployees,
  trendExemptions,
  trendLevels,
  trendMemberships,
  trendRatings,
  trendRequirementVersions,
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
 * write) in ONE statement, for many one query per table in parallel.
 */
export async function loadTrendRows(
  db: Db,
  snapshot: CoverageSnapshot,
  requestedTeamIds: readonly string[],
  windowStart: Date,
  now: Date,
) {
  const organisationId = snapshot.organisationId;
  const teamOf = (id: string) => snapshot.teams.get(id) ?? snapshot.archivedTeams.get(id);
  const teamIds = requestedTeamIds.filter((id) => teamOf(id) !== undefined);
  const few = teamIds.length <= FEW_TEAMS;
  const people = { organisationId, teamIds, few };
  const queries = {
    memberships: trendMemberships(organisationId, teamIds, windowStart, now),
    teamRows: trendTeams(organisationId, teamIds),
    versions: trendRequirementVersions(organisationId, teamIds, windowStart, now),
    exemptions: trendExemptions(organisationId, teamIds, windowStart, now),
    employees: trendEmployees(people),
    levels: trendLevels(people, now),
    ratings: trendRatings(people),
    contacts: trendContacts(people),
    assignments: trendAssignments(people, windowStart, now),
    certificates: trendCertificates(people, windowStart, now),
  };
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
  } = few ? await readPackedTogether(db, queries) : await readEachPacked(db, queries);
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
