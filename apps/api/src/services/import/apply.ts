import type { TImportReport } from '@teamspiegel/domain/api/imports';
import { recordAreaLevel } from '../../db/area-level-history.ts';
import { writeAudit, writeAudits } from '../../lib/audit.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import type { PlannedRow } from './validate.ts';

/** Rows applied between two progress updates. */
export const PROGRESS_EVERY = 250;

export type ApplyOptions = {
  fileName: string;
  jobId: string;
  /** Called after every chunk, outside the transaction (a separate query on the pool). */
  onProgress: (processedRows: number) => Promise<void>;
};

/**
 * Applies a validated plan in ONE transaction: employees (created or updated), memberships and
 * levels (through recordAreaLevel, so history is kept), with an audit row per created or updated
 * employee and one `Import` summary row. Any failure rolls everything back.
 */
export async function applyImport(
  db: Db,
  actor: Pick<Actor, 'organisationId' | 'userId'>,
  plan: PlannedRow[],
  options: ApplyOptions,
): Promise<TImportReport> {
  const started = Date.now();
  const { organisationId } = actor;
  const report = { created: 0, updated: 0, memberships: 0, levelChanges: 0 };

  await db.$transaction(
    async (tx: Tx) => {
      for (let start = 0; start < plan.length; start += PROGRESS_EVERY) {
        const chunk = plan.slice(start, start + PROGRESS_EVERY);
        const audit: Array<{ entityId: string; action: string; before?: unknown; after: unknown }> = [];
        const employeeIds = new Map<string, string>();

        // New employees in one statement per chunk.
        const fresh = chunk.filter((row) => row.existing === null);
        if (fresh.length > 0) {
          const created = await tx.employee.createManyAndReturn({
            data: fresh.map((row) => ({
              organisationId,
              email: row.email,
              firstName: row.fields.firstName ?? '',
              lastName: row.fields.lastName ?? '',
              jobTitle: row.fields.jobTitle ?? null,
              fte: row.fields.fte ?? 1,
              active: row.fields.active ?? true,
            })),
            select: {
              id: true,
              email: true,
              firstName: true,
              lastName: true,
              jobTitle: true,
              fte: true,
              active: true,
            },
          });
          for (const employee of created) {
            employeeIds.set(employee.email, employee.id);
            audit.push({ entityId: employee.id, action: 'create', after: { ...employee, source: 'import' } });
          }
          report.created += created.length;
        }

        // Existing employees: only the fields that change.
        for (const row of chunk) {
          if (!row.existing) continue;
          employeeIds.set(row.email, row.existing.id);
          if (Object.keys(row.fields).length === 0) continue;
          const before = await tx.employee.findUniqueOrThrow({
            where: { organisationId_id: { organisationId, id: row.existing.id } },
            select: { firstName: true, lastName: true, jobTitle: true, fte: true, active: true },
          });
          await tx.employee.update({
            where: { organisationId_id: { organisationId, id: row.existing.id } },
            data: { ...row.fields, version: { increment: 1 } },
            select: { id: true },
          });
          audit.push({
            entityId: row.existing.id,
            action: 'update',
            before,
            after: { ...row.fields, source: 'import' },
          });
          report.updated++;
        }

        const memberships = chunk.flatMap((row) => {
          const employeeId = employeeIds.get(row.email);
          return row.membership && employeeId
            ? [
                {
                  organisationId,
                  employeeId,
                  teamId: row.membership.teamId,
                  startDate: row.membership.startDate,
                },
              ]
            : [];
        });
        if (memberships.length > 0) {
          const result = await tx.teamMembership.createMany({ data: memberships });
          report.memberships += result.count;
        }

        // A first level in an area opens the area's history: inserted in bulk, in the very shape
        // recordAreaLevel gives an open row. A changed level closes the open row through
        // recordAreaLevel. (The unique open-row index refuses a level opened concurrently.)
        const at = new Date();
        const firstLevels = [];
        for (const row of chunk) {
          const employeeId = employeeIds.get(row.email);
          if (!employeeId) continue;
          for (const { area, level, current } of row.levels) {
            if (current === null) {
              firstLevels.push({
                organisationId,
                employeeId,
                area,
                level,
                status: 'validated' as const,
                validFrom: at,
                validTo: null,
                isCurrent: true,
                assessedByUserId: actor.userId,
                validatedByUserId: actor.userId,
                validatedAt: at,
                comment: 'import',
              });
              continue;
            }
            await recordAreaLevel(tx, {
              organisationId,
              employeeId,
              area,
              level,
              status: 'validated',
              assessedByUserId: actor.userId,
              validatedByUserId: actor.userId,
              comment: 'import',
              at,
            });
            report.levelChanges++;
          }
        }
        if (firstLevels.length > 0) {
          const result = await tx.areaLevel.createMany({ data: firstLevels });
          report.levelChanges += result.count;
        }

        // One row per employee; the dataVersion moves with each chunk's rows.
        await writeAudits(
          tx,
          actor,
          audit.map((event) => ({ entity: 'Employee', ...event })),
        );
        await options.onProgress(Math.min(start + chunk.length, plan.length));
      }

      await writeAudit(tx, actor, {
        entity: 'Import',
        entityId: options.jobId,
        action: 'import',
        after: { fileName: options.fileName, rows: plan.length, ...report },
      });
    },
    { maxWait: 10_000, timeout: 15 * 60_000 },
  );

  return { ...report, durationMs: Date.now() - started };
}
