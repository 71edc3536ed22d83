import {
  VALIDATION_UNDO_SECONDS,
  ZBulkValidate,
  ZBulkValidateResult,
  ZUndoValidation,
  ZUndoValidationResult,
} from '@teamspiegel/domain/api/area-levels';
import { ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { type Actor, actorOf } from '../../plugins/app/auth.ts';
import type { Tx } from '../../plugins/app/prisma.ts';
import { levelAwaitingDecision, ownedByVisibleEmployee, recordLevel } from '../../services/people-writes.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };

/** Rows locked in id order, so two bulk requests over the same levels cannot deadlock. */
async function lockLevels(tx: Tx, actor: Actor, ids: string[]) {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM "AreaLevel" WHERE "organisationId" = ${actor.organisationId}::uuid AND id = ANY(${sorted}::uuid[]) ORDER BY id FOR UPDATE`;
  return sorted;
}

/** Approving one self-assessed level, as POST /api/area-levels/:id/validate with decision approve. */
async function approveOne(tx: Tx, actor: Actor, visible: Record<string, unknown>, id: string, at: Date) {
  const target = await levelAwaitingDecision(tx, actor, visible, id);
  const created = await recordLevel(tx, {
    organisationId: actor.organisationId,
    employeeId: target.employeeId,
    area: target.area,
    level: target.level,
    status: 'validated',
    assessedByUserId: target.assessedByUserId,
    validatedByUserId: actor.userId,
    comment: null,
    at,
  });
  await writeAudit(tx, actor, {
    entity: 'AreaLevel',
    entityId: created.id,
    action: 'validate_approve',
    before: target,
    after: { ...created, bulk: true },
  });
  return { areaLevelId: target.id, validatedId: created.id };
}

/**
 * Undoing one's own approval: the validated row is removed and the self-assessed row it closed is
 * current again (validTo cleared), so the level waits in the queue as before; the audit keeps both.
 */
async function undoOne(tx: Tx, actor: Actor, visible: Record<string, unknown>, id: string, now: Date) {
  const validated = await tx.areaLevel.findFirst({ where: { AND: [visible, { id }] } });
  if (validated?.status !== 'validated' || validated.validatedByUserId !== actor.userId) {
    throw notFound('AreaLevel');
  }
  if (validated.isCurrent !== true) {
    throw conflict('area_level_not_current', 'The level changed after the approval; it cannot be undone.');
  }
  if (now.getTime() - validated.validFrom.getTime() > VALIDATION_UNDO_SECONDS * 1000) {
    throw conflict('undo_expired', 'An approval can only be undone shortly after it was given.');
  }
  const previous = await tx.areaLevel.findFirst({
    where: {
      organisationId: actor.organisationId,
      employeeId: validated.employeeId,
      area: validated.area,
      status: 'self_assessed',
      validTo: validated.validFrom,
    },
  });
  if (!previous) throw conflict('area_level_not_current', 'There is no self-assessment to restore.');
  await tx.areaLevel.delete({ where: tenantKey(actor.organisationId, validated.id) });
  const restored = await tx.areaLevel.update({
    where: tenantKey(actor.organisationId, previous.id),
    data: { validTo: null, isCurrent: true },
  });
  await writeAudit(tx, actor, {
    entity: 'AreaLevel',
    entityId: restored.id,
    action: 'validate_undo',
    before: validated,
    after: restored,
  });
  return { areaLevelId: restored.id };
}

/** Bulk approval and its undo for the validation queue (levels.validate; never one's own level). */
export async function bulkValidationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/area-levels/validate-bulk',
    {
      preHandler: fastify.requirePermission('levels.validate'),
      schema: {
        tags: ['area-levels'],
        summary: 'Approve several self-assessed levels at once (all or none)',
        body: ZBulkValidate,
        response: { 201: ZBulkValidateResult, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const visible = await ownedByVisibleEmployee(fastify.db, actor);
      const items = await fastify.db.$transaction(async (tx) => {
        const ids = await lockLevels(tx, actor, request.body.ids);
        const at = new Date();
        const done = [];
        for (const id of ids) done.push(await approveOne(tx, actor, visible, id, at));
        return done;
      });
      reply.status(201);
      return { items };
    },
  );

  app.post(
    '/api/area-levels/undo-validation',
    {
      preHandler: fastify.requirePermission('levels.validate'),
      schema: {
        tags: ['area-levels'],
        summary: `Undo one's own approvals within ${VALIDATION_UNDO_SECONDS} seconds (all or none)`,
        body: ZUndoValidation,
        response: { 200: ZUndoValidationResult, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const visible = await ownedByVisibleEmployee(fastify.db, actor);
      const items = await fastify.db.$transaction(async (tx) => {
        const ids = await lockLevels(tx, actor, request.body.validatedIds);
        const now = new Date();
        const done = [];
        for (const id of ids) done.push(await undoOne(tx, actor, visible, id, now));
        return done;
      });
      return { items };
    },
  );
}
