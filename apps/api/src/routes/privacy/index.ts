import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { ZDataExport, ZEraseBody, ZEraseResult } from '@teamspiegel/domain/api/privacy';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../plugins/app/auth.ts';
import { dataExport } from '../../services/privacy/data-export.ts';
import { eraseEmployee } from '../../services/privacy/erase.ts';
import { ownEmployeeId } from '../me/profile-service.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

function asAttachment(reply: FastifyReply, employeeId: string) {
  const day = new Date().toISOString().slice(0, 10);
  reply.header(
    'content-disposition',
    `attachment; filename="teamspiegel-gegevens-${employeeId}-${day}.json"`,
  );
  reply.header('cache-control', 'no-store');
}

/**
 * AVG (GDPR): data export (hr for anyone in the organisation; everyone for themselves) and
 * erasure of a leaver's personal data (hr only).
 */
export default async function privacyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/employees/:id/data-export',
    {
      preHandler: fastify.requirePermission('privacy.manage'),
      schema: {
        tags: ['privacy'],
        summary: "A person's complete data as JSON (AVG right of access), as a download",
        params: ZIdParams,
        response: { 200: ZDataExport, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const data = await dataExport(fastify.db, actor, request.params.id);
      asAttachment(reply, request.params.id);
      return data;
    },
  );

  app.get(
    '/api/me/data-export',
    {
      preHandler: fastify.requirePermission('profile.own'),
      schema: {
        tags: ['privacy', 'me'],
        summary: 'Your own complete data as JSON (AVG right of access), as a download',
        response: { 200: ZDataExport, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const employeeId = ownEmployeeId(actor);
      const data = await dataExport(fastify.db, actor, employeeId);
      asAttachment(reply, employeeId);
      return data;
    },
  );

  app.post(
    '/api/employees/:id/erase',
    {
      preHandler: fastify.requirePermission('privacy.manage'),
      schema: {
        tags: ['privacy'],
        summary:
          "Erase a leaver's personal data (AVG): confirm with their full name; levels, memberships and actions stay as anonymous aggregates, the audit trail is redacted",
        params: ZIdParams,
        body: ZEraseBody,
        response: { 200: ZEraseResult, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // Erasure checks the person's other organisations and redacts the append-only audit trail,
      // which only the table owner may do (see ARCHITECTURE.md): the owner's client.
      return eraseEmployee(fastify.systemDb, actor, request.params.id, request.body.confirm);
    },
  );
}
