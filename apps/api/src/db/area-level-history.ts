import type { AreaLevel, Prisma } from '../generated/prisma/client.ts';
import type { Area, AssessmentStatus, Level } from '../generated/prisma/enums.ts';

export type RecordAreaLevelInput = {
  organisationId: string;
  employeeId: string;
  area: Area;
  level: Level;
  status: AssessmentStatus;
  assessedByUserId?: string | null;
  validatedByUserId?: string | null;
  comment?: string | null;
  /** When the new level takes effect (default: now). */
  at?: Date;
};

/** Thrown when the open row changed underneath us, or `at` lies before the open row's start. */
export class AreaLevelConflictError extends Error {
  readonly code = 'area_level_conflict';

  constructor(message: string) {
    super(message);
    this.name = 'AreaLevelConflictError';
  }
}

/**
 * Records a person's level in one area without ever overwriting history: the open row is closed
 * (validTo = at, isCurrent = NULL) and a new open row is created. When level and status are both
 * unchanged nothing is written and the open row is returned.
 *
 * Call it inside a transaction (`tx`), so closing and opening commit together. Two concurrent
 * calls cannot both succeed: the close only matches a row that is still open, and the unique index
 * on (organisationId, employeeId, area, isCurrent) refuses a second open row.
 */
export async function recordAreaLevel(
  tx: Prisma.TransactionClient,
  input: RecordAreaLevelInput,
): Promise<AreaLevel> {
  const at = input.at ?? new Date();
  const { organisationId, employeeId, area } = input;
  const current = await tx.areaLevel.findFirst({
    where: { organisationId, employeeId, area, isCurrent: true },
  });

  if (current && current.level === input.level && current.status === input.status) return current;

  if (current) {
    if (at < current.validFrom) {
      throw new AreaLevelConflictError(
        `The new ${area} level would start (${at.toISOString()}) before the current one (${current.validFrom.toISOString()}).`,
      );
    }
    const closed = await tx.areaLevel.updateMany({
      where: { id: current.id, organisationId, isCurrent: true },
      data: { validTo: at, isCurrent: null },
    });
    if (closed.count !== 1) {
      throw new AreaLevelConflictError(
        `The ${area} level of this employee was changed concurrently; try again.`,
      );
    }
  }

  const validated = input.status === 'validated';
  return tx.areaLevel.create({
    data: {
      organisationId,
      employeeId,
      area,
      level: input.level,
      status: input.status,
      validFrom: at,
      validTo: null,
      isCurrent: true,
      assessedByUserId: input.assessedByUserId ?? null,
      validatedByUserId: validated ? (input.validatedByUserId ?? null) : null,
      validatedAt: validated ? at : null,
      comment: input.comment ?? null,
    },
  });
}
