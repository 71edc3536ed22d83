import { addDays, addMonths, reassessmentDueOn, reassessmentStatus } from '@teamspiegel/domain';
import type { TReassessmentDue } from '@teamspiegel/domain/api/reassessments';
import { isoDate } from '../lib/http.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { activeMembershipWhere, visibleEmployeeWhere } from './access.ts';
import { todayIso } from './certificates.ts';

/** The organisation's reassessment cycle in months (rule 16); null = off. */
export async function reassessmentMonthsOf(db: Db, organisationId: string): Promise<number | null> {
  const row = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { reassessmentMonths: true },
  });
  return row?.reassessmentMonths ?? null;
}

/**
 * The validated current levels of the people the actor validates for (`levels.validate`) that are
 * due or overdue for reassessment today (rule 16), overdue first, then by due day. The database
 * narrows by validation day; the domain decides each level's status.
 */
export async function dueReassessments(
  db: Db,
  actor: Actor,
  cycleMonths: number,
  filter: { status: 'due' | 'overdue' | 'all'; teamId?: string },
): Promise<TReassessmentDue[]> {
  const today = todayIso();
  // Due at the latest 60 days from now: validated on or before (today + 60 days − the cycle), with
  // a few days of slack for month-end clamping; the domain's status below is exact.
  const latest = addDays(addMonths(addDays(today, 60), -cycleMonths), 3);
  const employeeWhere = await visibleEmployeeWhere(db, actor, 'levels.validate');
  const rows = await db.areaLevel.findMany({
    where: {
      organisationId: actor.organisationId,
      isCurrent: true,
      status: 'validated',
      OR: [
        { validatedAt: { lte: new Date(`${latest}T23:59:59Z`) } },
        { validatedAt: null, validFrom: { lte: new Date(`${latest}T23:59:59Z`) } },
      ],
      employee: {
        AND: [
          employeeWhere,
          { active: true, erasedAt: null },
          filter.teamId
            ? { memberships: { some: { teamId: filter.teamId, ...activeMembershipWhere() } } }
            : {},
        ],
      },
    },
    select: {
      id: true,
      employeeId: true,
      area: true,
      level: true,
      validatedAt: true,
      validFrom: true,
      employee: { select: { firstName: true, lastName: true } },
    },
  });
  const items: TReassessmentDue[] = [];
  for (const row of rows) {
    const validatedOn = isoDate(row.validatedAt ?? row.validFrom) as string;
    const status = reassessmentStatus(validatedOn, cycleMonths, today);
    if (status === 'current' || (filter.status !== 'all' && status !== filter.status)) continue;
    items.push({
      areaLevelId: row.id,
      employeeId: row.employeeId,
      employeeName: `${row.employee.firstName} ${row.employee.lastName}`,
      area: row.area,
      level: row.level,
      validatedOn,
      dueOn: reassessmentDueOn(validatedOn, cycleMonths) as string,
      status,
    });
  }
  return items.sort(
    (a, b) =>
      Number(b.status === 'overdue') - Number(a.status === 'overdue') ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.employeeName.localeCompare(b.employeeName, 'nl') ||
      a.areaLevelId.localeCompare(b.areaLevelId),
  );
}
