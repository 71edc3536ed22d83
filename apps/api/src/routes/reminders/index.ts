import { ZProblem } from '@teamspiegel/domain/api/common';
import { ZMyReminders, ZReminderDigestRun } from '@teamspiegel/domain/api/reminders';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../plugins/app/auth.ts';
import { reminderDay, sendReminderDigests } from '../../services/reminder-digest.ts';
import { remindersFor } from '../../services/reminders.ts';

const problems = { 401: ZProblem, 403: ZProblem };

/** Reminders (issue 14 item 7): the in-app list and the digest mail, computed alike. */
export default async function reminderRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/me/reminders',
    {
      preHandler: fastify.requirePermission('profile.own'),
      schema: {
        tags: ['reminders'],
        summary:
          "The caller's reminders: her own certificates expiring within 60 days or expired, and (hr: the organisation; managers: their teams' members) those of the people whose certificates she records",
        response: { 200: ZMyReminders, ...problems },
      },
    },
    async (request) => remindersFor(fastify.db, actorOf(request), reminderDay()),
  );

  app.post(
    '/api/reminders/digest',
    {
      preHandler: fastify.requirePermission('reminders.send'),
      schema: {
        tags: ['reminders'],
        summary:
          "Sends today's reminder digest of the caller's organisation now, as the daily job does: one mail per login a day (a login already mailed today is skipped)",
        response: { 200: ZReminderDigestRun, ...problems },
      },
    },
    async (request) =>
      sendReminderDigests(
        {
          db: fastify.db,
          mailer: fastify.mailer,
          log: request.log,
          publicWebUrl: fastify.config.publicWebUrl,
        },
        actorOf(request).organisationId,
        reminderDay(),
      ),
  );
}
