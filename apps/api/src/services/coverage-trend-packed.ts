import { Prisma } from '../generated/prisma/client.ts';
import type {
  Area,
  AssessmentStatus,
  Circle,
  Competency,
  Level,
  RequirementKind,
} from '../generated/prisma/enums.ts';
import { dateOfEpochMs, epochMs, FIELD, packedJson, packedText, ROW } from './coverage-snapshot-packed.ts';

/*
 * The trend's history rows (coverage-trend-rows.ts `loadTrendRows`) read as packed text, like the
 * snapshot's (coverage-snapshot-packed.ts): for a whole organisation these are every level row
 * ever and every membership of the window, and decoding them as Prisma objects cost seconds on the
 * first overview after a start (the change since last month). Times travel as epoch milliseconds,
 * so each Date is the one Prisma returned. `test/services/coverage-trend-packed.test.ts` holds each
 * reader equal to the Prisma query it replaced.
 */
/** Epoch milliseconds of a timestamp or date column as text, '' for NULL (concat_ws drops NULLs). */
const epoch = (column: string) =>
  Prisma.raw(`coalesce(((extract(epoch from "${column}") * 1000)::bigint)::text, '')`);
/** A moment as a timestamp without time zone, the way Prisma stores and compares UTC times. */
const at = (moment: Date) => Prisma.sql`${moment.toISOString()}::timestamp`;
const dateOf = (value: string | undefined) => new Date(Number(value));
const dateOrNull = (value: string | undefined) => (value ? new Date(Number(value)) : null);

/** Which teams: a list of ids, or an SQL array of them (`teamsWithPeopleOf`), read in the same statement. */
export type TeamSet = readonly string[] | Prisma.Sql;
const teamArray = (teams: TeamSet) =>
  teams instanceof Prisma.Sql ? teams : Prisma.sql`${[...teams]}::uuid[]`;

/**
 * The teams `teamIds` and every team that `employeeIds` were members of at some time since
 * `windowStart` (a person's level or fte changes last month's figures of those teams), as an SQL
 * array: the trend's rows of them are read in one statement, without asking for the teams first.
 */
export function teamsWithPeopleOf(
  organisationId: string,
  teamIds: readonly string[],
  employeeIds: readonly string[],
  windowStart: Date,
): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT unnest(${[...teamIds]}::uuid[]) UNION SELECT "teamId" FROM "TeamMembership"
    WHERE "organisationId" = ${organisationId}::uuid AND "employeeId" = ANY(${[...employeeIds]}::uuid[])
    AND ("endDate" IS NULL OR "endDate" >= ${at(windowStart)}))`;
}

/** The ids a team set holds (for one given as SQL). */
export function trendTeamIds(teams: TeamSet) {
  return packedText(
    Prisma.sql`SELECT string_agg(id::text, ${ROW} ORDER BY id) AS packed FROM unnest(${teamArray(teams)}) AS id`,
    ([id]) => id as string,
  );
}

/**
 * Whose rows: everyone who ever had a membership in one of the teams. For a few teams (the change
 * tile after a write) they are found first and then looked up by id, so the cost follows the teams,
 * not the organisation; for many, by the relational filter, not a list of thousands of ids.
 */
export type TrendPeople = { organisationId: string; teamIds: TeamSet; few: boolean };
function ofPeople(column: string, { organisationId, teamIds, few }: TrendPeople) {
  const target = Prisma.raw(`"${column}"`);
  const members = Prisma.sql`SELECT "employeeId" FROM "TeamMembership"
    WHERE "organisationId" = ${organisationId}::uuid AND "teamId" = ANY(${teamArray(teamIds)})`;
  return few ? Prisma.sql`AND ${target} = ANY(ARRAY(${members}))` : Prisma.sql`AND ${target} IN (${members})`;
}

/** Memberships of the teams running at some time between `windowStart` and `now`. */
export function trendMemberships(organisationId: string, teamIds: TeamSet, windowStart: Date, now: Date) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "teamId", "employeeId", ${epoch('startDate')}, ${epoch('endDate')}), ${ROW}) AS packed
      FROM "TeamMembership" WHERE "organisationId" = ${organisationId}::uuid
      AND "teamId" = ANY(${teamArray(teamIds)}) AND "startDate" <= ${at(now)}
      AND ("endDate" IS NULL OR "endDate" >= ${at(windowStart)})`,
    ([teamId, employeeId, startDate, endDate]) => ({
      teamId: teamId as string,
      employeeId: employeeId as string,
      startDate: dateOf(startDate),
      endDate: dateOrNull(endDate),
    }),
  );
}

/** The people (leavers and erased people too): fte, whether active, when erased. */
export function trendEmployees(people: TrendPeople) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, id, fte, CASE WHEN active THEN '1' ELSE '0' END, ${epoch('erasedAt')}), ${ROW}) AS packed
      FROM "Employee" WHERE "organisationId" = ${people.organisationId}::uuid ${ofPeople('id', people)}`,
    ([id, fte, active, erasedAt]) => ({
      id: id as string,
      fte: Number(fte),
      active: active === '1',
      erasedAt: dateOrNull(erasedAt),
    }),
  );
}

/** Every level row of the people that started by `now`, oldest first. */
export function trendLevels(people: TrendPeople, now: Date) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", area, level, status, ${epoch('validFrom')}, ${epoch('validTo')}), ${ROW}
        ORDER BY "validFrom", id) AS packed
      FROM "AreaLevel" WHERE "organisationId" = ${people.organisationId}::uuid AND "validFrom" <= ${at(now)}
      ${ofPeople('employeeId', people)}`,
    ([employeeId, area, level, status, validFrom, validTo]) => ({
      employeeId: employeeId as string,
      area: area as Area,
      level: level as Level,
      status: status as AssessmentStatus,
      validFrom: dateOf(validFrom),
      validTo: dateOrNull(validTo),
    }),
  );
}

/** Competency ratings of the people (today's: ratings keep no history). */
export function trendRatings(people: TrendPeople) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", competency, score), ${ROW}) AS packed
      FROM "CompetencyRating" WHERE "organisationId" = ${people.organisationId}::uuid ${ofPeople('employeeId', people)}`,
    ([employeeId, competency, score]) => ({
      employeeId: employeeId as string,
      competency: competency as Competency,
      score: Number(score),
    }),
  );
}

/** Each surroundings circle of each person once (today's: contacts keep no history). */
export function trendContacts(people: TrendPeople) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", circle), ${ROW} ORDER BY "employeeId", circle) AS packed
      FROM (SELECT DISTINCT "employeeId", circle FROM "SurroundingsContact"
        WHERE "organisationId" = ${people.organisationId}::uuid ${ofPeople('employeeId', people)}) AS contacts`,
    ([employeeId, circle]) => ({ employeeId: employeeId as string, circle: circle as Circle }),
  );
}

/** Role assignments of the people running at some time between `windowStart` and `now`. */
export function trendAssignments(people: TrendPeople, windowStart: Date, now: Date) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", "roleDefinitionId", coalesce("teamId"::text, ''),
        ${epoch('startDate')}, ${epoch('endDate')}), ${ROW}) AS packed
      FROM "RoleAssignment" WHERE "organisationId" = ${people.organisationId}::uuid
      AND "startDate" <= ${at(now)} AND ("endDate" IS NULL OR "endDate" >= ${at(windowStart)})
      ${ofPeople('employeeId', people)}`,
    ([employeeId, roleDefinitionId, teamId, startDate, endDate]) => ({
      employeeId: employeeId as string,
      roleDefinitionId: roleDefinitionId as string,
      teamId: teamId ? teamId : null,
      startDate: dateOf(startDate),
      endDate: dateOrNull(endDate),
    }),
  );
}

/** The teams' lifetimes: when created, when archived. */
export function trendTeams(organisationId: string, teamIds: TeamSet) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, ${epochMs('createdAt')}, ${epochMs('archivedAt')})) AS packed
      FROM "Team" WHERE "organisationId" = ${organisationId}::uuid AND id = ANY(${teamArray(teamIds)})`,
    ([id, createdAt, archivedAt]: [string, number, number | null]) => ({
      id,
      createdAt: new Date(createdAt),
      archivedAt: dateOfEpochMs(archivedAt),
    }),
  );
}

/** The teams' requirement versions valid at some time between `windowStart` and `now`. */
export function trendRequirementVersions(
  organisationId: string,
  teamIds: TeamSet,
  windowStart: Date,
  now: Date,
) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array("teamId", "requirementId", kind, area, "minLevel", "roleDefinitionId",
          competency, "minScore", circle, "certificateTypeId", count, ${epochMs('validFrom')}, ${epochMs('validTo')})
          ORDER BY "validFrom", id) AS packed
      FROM "TeamRequirementVersion" WHERE "organisationId" = ${organisationId}::uuid
      AND "teamId" = ANY(${teamArray(teamIds)}) AND "validFrom" <= ${at(now)}
      AND ("validTo" IS NULL OR "validTo" > ${at(windowStart)})`,
    ([
      teamId,
      requirementId,
      kind,
      area,
      minLevel,
      roleDefinitionId,
      competency,
      minScore,
      circle,
      certificateTypeId,
      count,
      validFrom,
      validTo,
    ]: [
      string,
      string,
      RequirementKind,
      Area | null,
      Level | null,
      string | null,
      Competency | null,
      number | null,
      Circle | null,
      string | null,
      number,
      number,
      number | null,
    ]) => ({
      teamId,
      requirementId,
      kind,
      area,
      minLevel,
      roleDefinitionId,
      competency,
      minScore,
      circle,
      certificateTypeId,
      count,
      validFrom: new Date(validFrom),
      validTo: dateOfEpochMs(validTo),
    }),
  );
}

/** Rule 17 in the trend: the teams' exemptions with their periods, ended ones too (they ran until then). */
export function trendExemptions(organisationId: string, teamIds: TeamSet, windowStart: Date, now: Date) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "teamId", "requirementId", "employeeId", ${epochMs('startsOn')},
          ${epochMs('endsOn')}, ${epochMs('endedAt')})) AS packed
      FROM "RequirementExemption" WHERE "organisationId" = ${organisationId}::uuid
      AND "teamId" = ANY(${teamArray(teamIds)}) AND "startsOn" <= ${at(now)} AND "endsOn" >= ${at(windowStart)}
      AND ("endedAt" IS NULL OR "endedAt" >= ${at(windowStart)})`,
    ([id, teamId, requirementId, employeeId, startsOn, endsOn, endedAt]: [
      string,
      string | null,
      string | null,
      string | null,
      number,
      number,
      number | null,
    ]) => ({
      id,
      teamId,
      requirementId,
      employeeId,
      startsOn: new Date(startsOn),
      endsOn: new Date(endsOn),
      endedAt: dateOfEpochMs(endedAt),
    }),
  );
}

/** Rule 10 in the trend: the people's validated certificates, each counting from the day obtained. */
export function trendCertificates(people: TrendPeople, windowStart: Date, now: Date) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array("employeeId", "certificateTypeId", ${epochMs('obtainedOn')},
          ${epochMs('expiresOn')})) AS packed
      FROM "PersonCertificate" WHERE "organisationId" = ${people.organisationId}::uuid AND status = 'validated'
      AND "obtainedOn" <= ${at(now)} AND ("expiresOn" IS NULL OR "expiresOn" >= ${at(windowStart)})
      ${ofPeople('employeeId', people)}`,
    ([employeeId, certificateTypeId, obtainedOn, expiresOn]: [string, string, number, number | null]) => ({
      employeeId,
      certificateTypeId,
      obtainedOn: new Date(obtainedOn),
      expiresOn: dateOfEpochMs(expiresOn),
    }),
  );
}
