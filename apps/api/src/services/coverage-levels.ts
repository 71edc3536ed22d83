import { countPendingChanges, type TMemberInput, withPendingLevels } from '@teamspiegel/domain';
import { Prisma } from '../generated/prisma/client.ts';
import type { Area, AssessmentStatus, Level } from '../generated/prisma/enums.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { FIELD, ROW, unpack } from './coverage-snapshot-packed.ts';

/** A self-assessed level waiting for validation, with the validated level it would replace. */
export type PendingLevel = { areaLevelId: string; area: Area; level: Level; validatedLevel: Level | null };

type CurrentRow = {
  id: string;
  employeeId: string;
  area: Area;
  level: Level;
  status: AssessmentStatus;
  /** When it was validated (else entered): the start of its reassessment cycle (rule 16). */
  validatedAt?: Date | null;
  validFrom?: Date;
  /** The same day as text, when the reader already has it (the snapshot's packed levels). */
  validatedOn?: string;
};

const validationDay = (row: CurrentRow) =>
  row.validatedOn ?? (row.validatedAt ?? row.validFrom)?.toISOString().slice(0, 10);

/**
 * Rule 4 of docs/coverage-rules.md: coverage counts validated levels. For a current row that is
 * self-assessed, the person's last validated level in that area counts (one query for all of them),
 * and the self-assessment is listed as pending.
 */
export async function validatedLevels(db: Db, organisationId: string, current: CurrentRow[]) {
  const levelsOf = new Map<string, Partial<Record<Area, Level>>>();
  const validatedOnOf = new Map<string, Partial<Record<Area, string>>>();
  const pending = new Map<string, PendingLevel[]>();
  const set = (employeeId: string, area: Area, level: Level, validatedOn: string | undefined) => {
    let levels = levelsOf.get(employeeId);
    if (!levels) {
      levels = {};
      levelsOf.set(employeeId, levels);
    }
    levels[area] = level;
    if (validatedOn === undefined) return;
    let days = validatedOnOf.get(employeeId);
    if (!days) {
      days = {};
      validatedOnOf.set(employeeId, days);
    }
    days[area] = validatedOn;
  };
  const selfAssessed = current.filter((row) => row.status === 'self_assessed');
  for (const row of current) {
    if (row.status === 'validated') set(row.employeeId, row.area, row.level, validationDay(row));
  }
  if (selfAssessed.length === 0) return { levelsOf, validatedOnOf, pending };

  // Raw SQL: Prisma's `distinct` reads every earlier row and drops duplicates in JavaScript.
  const earlier = await unpack(
    db,
    Prisma.sql`SELECT string_agg(concat_ws(${FIELD}, "employeeId", area, level, day), ${ROW}) AS packed
      FROM (SELECT DISTINCT ON ("employeeId", area) "employeeId", area, level,
          to_char(coalesce("validatedAt", "validFrom"), 'YYYY-MM-DD') AS day
        FROM "AreaLevel" WHERE "organisationId" = ${organisationId}::uuid AND status = 'validated'
        AND "isCurrent" IS NULL AND "employeeId" = ANY(${[...new Set(selfAssessed.map((row) => row.employeeId))]}::uuid[])
        ORDER BY "employeeId", area, "validFrom" DESC) AS earlier`,
    ([employeeId, area, level, day]) =>
      [`${employeeId}:${area}`, { level: level as Level, day: day as string }] as const,
  );
  const lastValidated = new Map(earlier);

  for (const row of selfAssessed) {
    const last = lastValidated.get(`${row.employeeId}:${row.area}`);
    const validatedLevel = last?.level ?? null;
    if (last) set(row.employeeId, row.area, last.level, last.day);
    const list = pending.get(row.employeeId) ?? [];
    list.push({ areaLevelId: row.id, area: row.area, level: row.level, validatedLevel });
    pending.set(row.employeeId, list);
  }
  return { levelsOf, validatedOnOf, pending };
}

/** The member as if her pending self-assessments were approved; the same object when none are. */
export function withPending(member: TMemberInput, pending: Map<string, PendingLevel[]>): TMemberInput {
  return withPendingLevels(member, pending.get(member.employeeId));
}

/** How many pending self-assessments the members have (each changed area counts once). */
export function pendingChanges(
  members: readonly TMemberInput[],
  pending: Map<string, PendingLevel[]>,
): number {
  return countPendingChanges(members, (employeeId) => pending.get(employeeId));
}
