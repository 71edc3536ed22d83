import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { type TActionHistoryEntry, ZActionHistory } from '@teamspiegel/domain/api/development-actions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isoDateTime } from '../../lib/http.ts';
import { notFound } from '../../lib/problem.ts';
import { type Actor, actorOf } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';

/** The fields a planner edits; the history lists changes to these (ids and bookkeeping stay out). */
export const HISTORY_FIELDS = [
  'title',
  'type',
  'status',
  'employeeId',
  'teamId',
  'area',
  'targetLevel',
  'targetRoleDefinitionId',
  'targetCompetency',
  'targetCircle',
  'targetCertificateTypeId',
  'provider',
  'startDate',
  'expectedEndDate',
  'costCents',
  'notes',
] as const;

type Scalar = string | number | boolean | null;
const scalar = (value: unknown): Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
/** Audit rows keep dates as ISO date-times; the history shows the date columns as dates. */
const DATE_FIELDS = new Set(['startDate', 'expectedEndDate']);
const normalised = (field: string, value: unknown): Scalar => {
  const plain = scalar(value);
  return DATE_FIELDS.has(field) && typeof plain === 'string' ? plain.slice(0, 10) : plain;
};

/** The edited fields between two audit snapshots: a creation lists what was filled in. */
export function fieldChanges(before: unknown, after: unknown): TActionHistoryEntry['changes'] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const changes: TActionHistoryEntry['changes'] = [];
  for (const field of HISTORY_FIELDS) {
    const old = before ? normalised(field, from[field]) : null;
    const next = after ? normalised(field, to[field]) : null;
    if (old !== next) changes.push({ field, from: old, to: next });
  }
  return changes;
}

/** `GET /api/development-actions/:id/history`: the action's audit trail, for whoever may read the action. */
export async function actionHistoryRoutes(
  fastify: FastifyInstance,
  scopeFor: (actor: Actor, db: Db) => Promise<Record<string, unknown>>,
) {
  fastify.withTypeProvider<ZodTypeProvider>().get(
    '/api/development-actions/:id/history',
    {
      preHandler: fastify.requirePermission('development.read'),
      schema: {
        tags: ['development-actions'],
        summary: 'The history of a development action (who changed which field when), oldest first',
        params: ZIdParams,
        response: { 200: ZActionHistory, 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const scope = await scopeFor(actor, fastify.db);
      const action = await fastify.db.developmentAction.findFirst({
        where: { AND: [scope, { organisationId: actor.organisationId, id }] },
        select: { id: true },
      });
      if (!action) throw notFound('DevelopmentAction');
      const rows = await fastify.db.auditEvent.findMany({
        where: { organisationId: actor.organisationId, entity: 'DevelopmentAction', entityId: id },
        include: { actor: { select: { name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: 500,
      });
      return {
        items: rows.map((row) => ({
          id: row.id,
          at: isoDateTime(row.createdAt),
          action: row.action,
          actorName: row.actor?.name ?? null,
          changes: fieldChanges(row.before, row.after),
        })),
      };
    },
  );
}
