import type { AreaId, TMemberInput, TRequirementVersion } from '@teamspiegel/domain';
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
  // Two groups at once, so that a few teams cost two round trips, not three: the teams' own rows,
  // and their people (found first) with the people's rows.
  const [
    [memberships, teamRows, versions, exemptions],
    [employees, levels, ratings, contacts, assignments, certificates],
  ] = await Promise.all([
    Promise.all([
      trendMemberships(db, organisationId, teamIds, windowStart, now),
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
      // Rule 17 in the trend: exemptions with their periods, ended ones too (they ran until then).
      db.requirementExemption.findMany({
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
      }),
    ]),
    peopleRows(db, organisationId, teamIds, windowStart, now),
  ]);
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

/**
 * The rows of the teams' people (everyone with a membership of them): for a few teams (the change
 * tile after a write) found by id first, so the cost follows the teams, not the organisation; for
 * many, by the relational filter, not a list of thousands of ids. The large tables come as packed
 * text (coverage-trend-packed.ts): decoding them as Prisma objects cost seconds for a whole organisation.
 */
async function peopleRows(db: Db, organisationId: string, teamIds: string[], windowStart: Date, now: Date) {
  const scope = { organisationId };
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
  const people = { organisationId, teamIds, peopleIds };
  const ofPeople = peopleIds
    ? { employeeId: { in: peopleIds } }
    : { employee: { memberships: { some: { teamId: { in: teamIds } } } } };
  return Promise.all([
    trendEmployees(db, people),
    trendLevels(db, people, now),
    trendRatings(db, people),
    trendContacts(db, people),
    trendAssignments(db, people, windowStart, now),
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
