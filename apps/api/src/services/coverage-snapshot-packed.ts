import { Prisma } from '../generated/prisma/client.ts';
import type { Area, Circle, Competency, Level, RequirementKind } from '../generated/prisma/enums.ts';
import type { Db } from '../plugins/app/prisma.ts';

/*
 * The large inputs of the coverage snapshot (levels, people, memberships, requirements, ...) read
 * with raw SQL, each table as ONE text value: rows joined by U+001E, fields by U+001F. Twenty
 * thousand people are some 100,000 rows; as Prisma objects (or even raw rows) their decoding costs
 * more than the queries, one packed string per table costs one split. Only enums, ids, numbers and
 * dates are packed (none can hold the separators); names travel as JSON. An empty field is NULL.
 * The rows come in the same order as the Prisma queries they replace, so the snapshot is the same.
 */
export const FIELD = '\u001f';
export const ROW = '\u001e';

/** `AND <column> = ANY(ids)`, or nothing for all rows. */
export function ofIds(column: string, ids: string[] | null) {
  return ids === null ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(`"${column}"`)} = ANY(${ids}::uuid[])`;
}

export async function unpack<T>(db: Db, query: Prisma.Sql, build: (fields: string[]) => T): Promise<T[]> {
  const [row] = await db.$queryRaw<Array<{ packed: string | null }>>(query);
  return eachRow(row?.packed ?? '', build);
}

/**
 * `build` per row of a packed text, given the row's fields in ONE reused array (read them at once):
 * scanning instead of split() leaves no array per row behind, for the collector to chase (a whole
 * organisation's levels are 160,000 rows).
 */
export function eachRow<T>(text: string, build: (fields: string[]) => T): T[] {
  const built: T[] = [];
  if (text === '') return built;
  const fields: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(ROW, start);
    if (end === -1) end = text.length;
    fields.length = 0;
    let from = start;
    for (;;) {
      const next = text.indexOf(FIELD, from);
      if (next === -1 || next > end) {
        fields.push(text.slice(from, end));
        break;
      }
      fields.push(text.slice(from, next));
      from = next + 1;
    }
    built.push(build(fields));
    start = end + 1;
  }
  return built;
}
const orNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);
const dateOrNull = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

type Scope = { organisationId: string; employeeIds: string[] | null; day: string };

/**
 * Current area levels (id, employee, area, level, status) and the day their reassessment cycle
 * starts (rule 16: the validation day, else the day entered) as text: a Date per row cost more
 * than the query, and the cycle reads only the day.
 */
export async function packedLevels(db: Db, { organisationId, employeeIds }: Scope) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, id, "employeeId", area, level, status,
          to_char(coalesce("validatedAt", "validFrom"), 'YYYY-MM-DD')), ${ROW}) AS packed
        FROM "AreaLevel" WHERE "organisationId" = ${organisationId}::uuid AND "isCurrent" ${ofIds('employeeId', employeeIds)}`,
    ([id, employeeId, area, level, status, validatedOn]) => ({
      id: id as string,
      employeeId: employeeId as string,
      area: area as Area,
      level: level as Level,
      status: status as 'validated' | 'self_assessed',
      validatedOn: validatedOn as string,
    }),
  );
}

/** Active, not erased employees: id, names, fte (JSON: names may hold anything). */
export async function packedEmployees(db: Db, { organisationId, employeeIds }: Scope) {
  const [row] = await db.$queryRaw<Array<{ packed: Array<[string, string, string, number]> | null }>>`
    SELECT json_agg(json_build_array(id, "firstName", "lastName", fte)) AS packed FROM "Employee"
    WHERE "organisationId" = ${organisationId}::uuid AND active AND "erasedAt" IS NULL ${ofIds('id', employeeIds)}`;
  return (row?.packed ?? []).map(([id, firstName, lastName, fte]) => ({ id, firstName, lastName, fte }));
}

/** Memberships running on `day` (team, employee). */
export async function packedMemberships(db: Db, { organisationId, employeeIds, day }: Scope) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "teamId", "employeeId"), ${ROW}) AS packed
      FROM "TeamMembership" WHERE "organisationId" = ${organisationId}::uuid
      AND "startDate" <= ${day}::date AND ("endDate" IS NULL OR "endDate" >= ${day}::date)
      ${ofIds('employeeId', employeeIds)}`,
    ([teamId, employeeId]) => ({ teamId: teamId as string, employeeId: employeeId as string }),
  );
}

/** Role assignments running on `day`, ordered by role and id. */
export async function packedAssignments(db: Db, { organisationId, employeeIds, day }: Scope) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", "roleDefinitionId", coalesce("teamId"::text, '')), ${ROW}
        ORDER BY "roleDefinitionId", id) AS packed
      FROM "RoleAssignment" WHERE "organisationId" = ${organisationId}::uuid
      AND "startDate" <= ${day}::date AND ("endDate" IS NULL OR "endDate" >= ${day}::date)
      ${ofIds('employeeId', employeeIds)}`,
    ([employeeId, roleDefinitionId, teamId]) => ({
      employeeId: employeeId as string,
      roleDefinitionId: roleDefinitionId as string,
      teamId: orNull(teamId),
    }),
  );
}

/** Competency ratings (employee, competency, score). */
export async function packedRatings(db: Db, { organisationId, employeeIds }: Scope) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", competency, score), ${ROW}) AS packed
      FROM "CompetencyRating" WHERE "organisationId" = ${organisationId}::uuid ${ofIds('employeeId', employeeIds)}`,
    ([employeeId, competency, score]) => ({
      employeeId: employeeId as string,
      competency: competency as Competency,
      score: Number(score),
    }),
  );
}

/** Surroundings contacts, each circle once per employee, ordered by employee and circle. */
export async function packedContacts(db: Db, { organisationId, employeeIds }: Scope) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", circle), ${ROW} ORDER BY "employeeId", circle) AS packed
      FROM (SELECT DISTINCT "employeeId", circle FROM "SurroundingsContact"
        WHERE "organisationId" = ${organisationId}::uuid ${ofIds('employeeId', employeeIds)}) AS contacts`,
    ([employeeId, circle]) => ({ employeeId: employeeId as string, circle: circle as Circle }),
  );
}

/** Active ambitions, ordered by id. */
export async function packedAmbitions(db: Db, { organisationId, employeeIds }: Scope) {
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, id, "employeeId", area, "targetLevel", coalesce("horizonDate"::text, '')), ${ROW}
        ORDER BY id) AS packed
      FROM "Ambition" WHERE "organisationId" = ${organisationId}::uuid AND status = 'active'
      ${ofIds('employeeId', employeeIds)}`,
    ([id, employeeId, area, targetLevel, horizonDate]) => ({
      id: id as string,
      employeeId: employeeId as string,
      area: area as Area,
      targetLevel: targetLevel as Level,
      horizonDate: dateOrNull(horizonDate),
    }),
  );
}

/** Team requirements, ordered by id. */
export async function packedRequirements(db: Db, organisationId: string, teamIds: string[] | null) {
  const text = (column: string) => Prisma.raw(`coalesce("${column}"::text, '')`);
  return unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, id, "teamId", kind, ${text('area')}, ${text('minLevel')},
        ${text('roleDefinitionId')}, ${text('competency')}, ${text('minScore')}, ${text('circle')},
        ${text('certificateTypeId')}, count), ${ROW} ORDER BY id) AS packed
      FROM "TeamRequirement" WHERE "organisationId" = ${organisationId}::uuid ${ofIds('teamId', teamIds)}`,
    ([
      id,
      teamId,
      kind,
      area,
      minLevel,
      roleDefinitionId,
      competency,
      minScore,
      circle,
      certificateTypeId,
      count,
    ]) => ({
      id: id as string,
      teamId: teamId as string,
      kind: kind as RequirementKind,
      area: orNull(area) as Area | null,
      minLevel: orNull(minLevel) as Level | null,
      roleDefinitionId: orNull(roleDefinitionId),
      competency: orNull(competency) as Competency | null,
      minScore: minScore ? Number(minScore) : null,
      circle: orNull(circle) as Circle | null,
      certificateTypeId: orNull(certificateTypeId),
      count: Number(count),
    }),
  );
}
