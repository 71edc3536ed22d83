import { certificateReminders, DEFAULT_EXPIRY_WARNING_DAYS, reminderHorizon } from '@teamspiegel/domain';
import { scopeOf } from '@teamspiegel/domain/access';
import type { TMyReminders, TReminder } from '@teamspiegel/domain/api/reminders';
import type { Prisma } from '../generated/prisma/client.ts';
import { parseDate } from '../lib/http.ts';
import { fullName } from '../lib/people.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { visibleEmployeeWhere } from './access.ts';

/** Whose certificates a login looks after: the permission to record them (hr: all; managers: their teams). */
const LOOKS_AFTER = 'certificates.record' as const;

/**
 * The validated certificates that may need a reminder on `on` for the employees `where` selects:
 * those whose last valid day falls before the horizon, and any certificate of the same person and
 * type that runs longer (a renewal silences the reminder). Two queries; the domain decides.
 */
async function remindersOf(db: Db, where: Prisma.EmployeeWhereInput, on: string): Promise<TReminder[]> {
  const employee = { ...where, active: true, erasedAt: null };
  const select = {
    employeeId: true,
    certificateTypeId: true,
    expiresOn: true,
    employee: { select: { firstName: true, lastName: true } },
    certificateType: { select: { labelNl: true, labelEn: true } },
  } as const;
  const candidates = await db.personCertificate.findMany({
    where: { status: 'validated', expiresOn: { lte: parseDate(reminderHorizon(on)) }, employee },
    select,
  });
  if (candidates.length === 0) return [];
  const renewals = await db.personCertificate.findMany({
    where: {
      status: 'validated',
      employeeId: { in: [...new Set(candidates.map((c) => c.employeeId))] },
      certificateTypeId: { in: [...new Set(candidates.map((c) => c.certificateTypeId))] },
      OR: [{ expiresOn: null }, { expiresOn: { gt: parseDate(reminderHorizon(on)) } }],
    },
    select,
  });
  return certificateReminders(
    [...candidates, ...renewals].map((row) => ({
      employeeId: row.employeeId,
      employeeName: fullName(row.employee),
      certificateTypeId: row.certificateTypeId,
      certificateLabel: { nl: row.certificateType.labelNl, en: row.certificateType.labelEn },
      expiresOn: row.expiresOn ? row.expiresOn.toISOString().slice(0, 10) : null,
    })),
    on,
  );
}

/**
 * A login's reminders on a day: her own certificates, and for whoever records certificates (hr, a
 * manager) those of the people she looks after, herself left out. The digest mail and the in-app
 * panel both read this.
 */
export async function remindersFor(db: Db, actor: Actor, on: string): Promise<TMyReminders> {
  const organisationId = actor.organisationId;
  const own = actor.employeeId ? await remindersOf(db, { organisationId, id: actor.employeeId }, on) : [];
  let others: TReminder[] | null = null;
  if (scopeOf(actor.role, LOOKS_AFTER)) {
    const visible = await visibleEmployeeWhere(db, actor, LOOKS_AFTER);
    const where: Prisma.EmployeeWhereInput = actor.employeeId
      ? { AND: [visible, { id: { not: actor.employeeId } }] }
      : visible;
    others = await remindersOf(db, where, on);
  }
  return { on, warningDays: DEFAULT_EXPIRY_WARNING_DAYS, own, others };
}
