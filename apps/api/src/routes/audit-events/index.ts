import { ZAuditEvent, ZAuditEventListQuery } from '@teamspiegel/domain/api/audit-events';
import { ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isoDateTime, pageArgs } from '../../lib/http.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { ambitionSnapshotRedactor } from '../../services/ambition-privacy.ts';

/** The organisation's audit log, newest first (read only: the table is append-only). */
export default async function auditEventRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/audit-events',
    {
      preHandler: fastify.requirePermission('audit.read'),
      schema: {
        tags: ['audit-events'],
        summary: 'Audit events of the organisation, newest first (paginated)',
        querystring: ZAuditEventListQuery,
        response: { 200: ZPage(ZAuditEvent), 400: ZProblem, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query;
      const createdAt: Record<string, Date> = {};
      if (query.from) createdAt.gte = new Date(query.from);
      if (query.to) createdAt.lt = new Date(query.to);
      const where = {
        organisationId: actor.organisationId,
        ...(query.entity ? { entity: query.entity } : {}),
        ...(query.entityId ? { entityId: query.entityId } : {}),
        ...(query.actorUserId ? { actorUserId: query.actorUserId } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.from || query.to ? { createdAt } : {}),
      };
      const [rows, total] = await Promise.all([
        fastify.db.auditEvent.findMany({
          where,
          include: { actor: { select: { id: true, name: true, email: true } } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          ...pageArgs(query),
        }),
        fastify.db.auditEvent.count({ where }),
      ]);
      // Ambition motivations follow their owner's visibility choice here too.
      const redact = await ambitionSnapshotRedactor(fastify.db, actor, rows);
      return {
        items: rows.map((row) => ({
          id: row.id,
          entity: row.entity,
          entityId: row.entityId,
          action: row.action,
          before: redact(row.entity, row.entityId, row.before),
          after: redact(row.entity, row.entityId, row.after),
          createdAt: isoDateTime(row.createdAt),
          actor: row.actor,
        })),
        page: query.page,
        pageSize: query.pageSize,
        total,
      };
    },
  );
}
