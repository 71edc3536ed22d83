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

/** Epoch milliseconds of a date or timestamp column as a JSON number (null stays null), for packed JSON. */
export const epochMs = (column: string) => Prisma.raw(`(extract(epoch from "${column}") * 1000)::bigint`);
/** The Date of such a number, the one Prisma returns for the column. */
export const dateOfEpochMs = (value: number | null) => (value === null ? null : new Date(value));

/** One packed query: SQL that yields one row with one column `packed`, and how to read that value. */
export type PackedQuery<T> = { sql: Prisma.Sql; read: (packed: unknown) => T[] };

/** A packed query whose value is text (fields and rows joined by the separators), `build` per row. */
export function packedText<T>(sql: Prisma.Sql, build: (fields: string[]) => T): PackedQuery<T> {
  return { sql, read: (packed) => eachRow(typeof packed === 'string' ? packed : '', build) };
}

/** A packed query whose value is a JSON array (of arrays), `build` per element. */
export function packedJson<T, Element>(sql: Prisma.Sql, build: (element: Element) => T): PackedQuery<T> {
  return { sql, read: (packed) => (Array.isArray(packed) ? (packed as Element[]).map(build) : []) };
}

export async function readPacked<T>(db: Db, query: PackedQuery<T>): Promise<T[]> {
  const [row] = await db.$queryRaw<Array<{ packed: unknown }>>(query.sql);
  return query.read(row?.packed ?? null);
}

export type ReadAll<Queries extends Record<string, PackedQuery<unknown>>> = {
  [Name in keyof Queries]: Queries[Name] extends PackedQuery<infer T> ? T[] : never;
};

/**
 * Several packed queries in ONE statement, each a scalar subquery: a patch after a write reads a
 * dozen small tables, and one round trip (one Prisma call, one socket write) costs less than a
 * dozen in parallel. A whole organisation's rows are read one query each instead (`readEachPacked`),
 * so that PostgreSQL spreads them over its cores.
 */
export async function readPackedTogether<Queries extends Record<string, PackedQuery<unknown>>>(
  db: Db,
  queries: Queries,
): Promise<ReadAll<Queries>> {
  const names = Object.keys(queries);
  if (names.length === 0) return {} as ReadAll<Queries>;
  const columns = names.map(
    (name, index) =>
      Prisma.sql`(${(queries[name] as PackedQuery<unknown>).sql}) AS ${Prisma.raw(`"p${index}"`)}`,
  );
  const [row] = await db.$queryRaw<Array<Record<string, unknown>>>`SELECT ${Prisma.join(columns, ', ')}`;
  const read: Record<string, unknown[]> = {};
  names.forEach((name, index) => {
    read[name] = (queries[name] as PackedQuery<unknown>).read(row?.[`p${index}`] ?? null);
  });
  return read as ReadAll<Queries>;
}

/** The same queries one statement each, in parallel. */
export async function readEachPacked<Queries extends Record<string, PackedQuery<unknown>>>(
  db: Db,
  queries: Queries,
): Promise<ReadAll<Queries>> {
  const names = Object.keys(queries);
  const values = await Promise.all(
    names.map((name) => readPacked(db, queries[name] as PackedQuery<unknown>)),
  );
  const read: Record<string, unknown[]> = {};
  names.forEach((name, index) => {
    read[name] = values[index] as unknown[];
  });
  return read as ReadAll<Queries>;
}

export async function unpack<T>(db: Db, query: Prisma.Sql, build: (fields: string[]) => T): Promise<T[]> {
  return readPacked(db, packedText(query, build));
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

export type PackedScope = { organisationId: string; employeeIds: string[] | null; day: string };

/**
 * Current area levels (id, employee, area, level, status) and the day their reassessment cycle
 * starts (rule 16: the validation day, else the day entered) as text: a Date per row cost more
 * than the query, and the cycle reads only the day.
 */
export function packedLevels({ organisationId, employeeIds }: PackedScope) {
  return packedText(
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
export function packedEmployees({ organisationId, employeeIds }: PackedScope) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "firstName", "lastName", fte)) AS packed FROM "Employee"
    WHERE "organisationId" = ${organisationId}::uuid AND active AND "erasedAt" IS NULL ${ofIds('id', employeeIds)}`,
    ([id, firstName, lastName, fte]: [string, string, string, number]) => ({ id, firstName, lastName, fte }),
  );
}

/** Memberships running on `day` (team, employee). */
export function packedMemberships({ organisationId, employeeIds, day }: PackedScope) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "teamId", "employeeId"), ${ROW}) AS packed
      FROM "TeamMembership" WHERE "organisationId" = ${organisationId}::uuid
      AND "startDate" <= ${day}::date AND ("endDate" IS NULL OR "endDate" >= ${day}::date)
      ${ofIds('employeeId', employeeIds)}`,
    ([teamId, employeeId]) => ({ teamId: teamId as string, employeeId: employeeId as string }),
  );
}

/** Role assignments running on `day`, ordered by role and id. */
export function packedAssignments({ organisationId, employeeIds, day }: PackedScope) {
  return packedText(
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
export function packedRatings({ organisationId, employeeIds }: PackedScope) {
  return packedText(
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
export function packedContacts({ organisationId, employeeIds }: PackedScope) {
  return packedText(
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", circle), ${ROW} ORDER BY "employeeId", circle) AS packed
      FROM (SELECT DISTINCT "employeeId", circle FROM "SurroundingsContact"
        WHERE "organisationId" = ${organisationId}::uuid ${ofIds('employeeId', employeeIds)}) AS contacts`,
    ([employeeId, circle]) => ({ employeeId: employeeId as string, circle: circle as Circle }),
  );
}

/** Active ambitions, ordered by id. */
export function packedAmbitions({ organisationId, employeeIds }: PackedScope) {
  return packedText(
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
export function packedRequirements(organisationId: string, teamIds: string[] | null) {
  const text = (column: string) => Prisma.raw(`coalesce("${column}"::text, '')`);
  return packedText(
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
