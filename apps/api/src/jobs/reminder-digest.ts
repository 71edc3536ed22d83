import type { Mailer } from '../plugins/app/mailer.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { reminderDay, sendReminderDigests } from '../services/reminder-digest.ts';
import type { JobLog, JobQueue } from './job-queue.ts';

export const REMINDER_DIGEST_JOB = 'reminder-digest';

/**
 * The daily reminder digest (issue 14 item 7): a pg-boss schedule, so it survives a restart and
 * fires once per day whatever the number of API processes; each organisation's digests are sent
 * in its own tenant scope, one mail per login a day (services/reminder-digest.ts).
 */
export function registerReminderDigest(
  queue: JobQueue,
  deps: { db: Db; systemDb: Db; mailer: Mailer; log: JobLog; publicWebUrl: string },
) {
  queue.schedule({
    name: REMINDER_DIGEST_JOB,
    cron: '0 6 * * *',
    run: async () => {
      const on = reminderDay();
      // Listing organisations crosses tenants by nature: the owner's client, ids only.
      const organisations = await deps.systemDb.organisation.findMany({
        select: { id: true },
        orderBy: { id: 'asc' },
      });
      for (const { id } of organisations) {
        try {
          const result = await sendReminderDigests(deps, id, on);
          deps.log.info({ organisationId: id, ...result }, 'reminder digest sent');
        } catch (error) {
          deps.log.error({ err: error, organisationId: id }, 'reminder digest failed for an organisation');
        }
      }
    },
  });
}
