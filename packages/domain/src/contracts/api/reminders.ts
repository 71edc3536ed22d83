import { z } from 'zod';
import { REMINDER_KINDS } from '../../compliance/reminders.js';
import { ZId, ZIsoDate } from './common.js';

export const ZReminder = z.object({
  kind: z.enum(REMINDER_KINDS),
  employeeId: ZId,
  employeeName: z.string(),
  certificateTypeId: ZId,
  certificateLabel: z.object({ nl: z.string(), en: z.string() }),
  expiresOn: ZIsoDate,
  /** Days from today to the last valid day (negative once expired). */
  daysLeft: z.number().int(),
});
export type TReminder = z.infer<typeof ZReminder>;

/**
 * GET /api/me/reminders: the caller's own reminders, and for HR (the organisation) and managers
 * (the current members of the teams they lead) the reminders of the people they look after.
 * The same lists as the daily digest mail.
 */
export const ZMyReminders = z.object({
  on: ZIsoDate,
  warningDays: z.number().int(),
  own: z.array(ZReminder),
  /** null when the caller looks after nobody's certificates. */
  others: z.array(ZReminder).nullable(),
});
export type TMyReminders = z.infer<typeof ZMyReminders>;

/** POST /api/reminders/digest: the day's digest of the caller's organisation, sent now. */
export const ZReminderDigestRun = z.object({
  on: ZIsoDate,
  /** Mails sent now (a login already sent today's digest is skipped: one a day). */
  sent: z.number().int(),
  skipped: z.number().int(),
});
export type TReminderDigestRun = z.infer<typeof ZReminderDigestRun>;
