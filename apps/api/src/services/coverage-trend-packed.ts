import { Prisma } from '../generated/prisma/client.ts';
import type { Area, AssessmentStatus, Circle, Competency, Level } from '../generated/prisma/enums.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { FIELD, ROW, unpack } from './coverage-snapshot-packed.ts';

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

/**
 * Whose rows: the given people, or (null) everyone who ever had a membership in one of the teams.
 */
export type TrendPeople = {
  organisationId: string;
  teamIds: readonly string[];
  peopleIds: readonly string[] | null;
};
function ofPeople(column: string, { organisationId, teamIds, peopleIds }: TrendPeople) {
  const target = Prisma.raw(`"${column}"`);
  return peopleIds
    ? Prisma.sql`AND ${target} = ANY(${[...peopleIds]}::uuid[])`
    : Prisma.sql`AND ${target} IN (SELECT "employeeId" FROM "TeamMembership"
        WHERE "organisationId" = ${organisationId}::uuid AND "teamId" = ANY(${[...teamIds]}::uuid[]))`;
}

/** Memberships of the teams running at some time between `windowStart` and `now`. */
export async function trendMemberships(
  db: Db,
  organisationId: string,
  teamIds: readonly string[],
  windowStart: Date,
  now: Date,
) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "teamId", "employeeId", ${epoch('startDate')}, ${epoch('endDate')}), ${ROW}) AS packed
      FROM "TeamMembership" WHERE "organisationId" = ${organisationId}::uuid
      AND "teamId" = ANY(${[...teamIds]}::uuid[]) AND "startDate" <= ${at(now)}
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
export async function trendEmployees(db: Db, people: TrendPeople) {
  return unpack(
    db,
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
export async function trendLevels(db: Db, people: TrendPeople, now: Date) {
  return unpack(
    db,
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
export async function trendRatings(db: Db, people: TrendPeople) {
  return unpack(
    db,
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
export async function trendContacts(db: Db, people: TrendPeople) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", circle), ${ROW} ORDER BY "employeeId", circle) AS packed
      FROM (SELECT DISTINCT "employeeId", circle FROM "SurroundingsContact"
        WHERE "organisationId" = ${people.organisationId}::uuid ${ofPeople('employeeId', people)}) AS contacts`,
    ([employeeId, circle]) => ({ employeeId: employeeId as string, circle: circle as Circle }),
  );
}

/** Role assignments of the people running at some time between `windowStart` and `now`. */
export async function trendAssignments(db: Db, people: TrendPeople, windowStart: Date, now: Date) {
  return unpack(
    db,
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
