import {
  ZAreaLevel,
  ZAreaLevelCreate,
  ZAreaLevelHistoryQuery,
  ZAreaLevelListQuery,
  ZAreaLevelValidate,
} from '@teamspiegel/domain/api/area-levels';
import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AreaLevel } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { isoDateTime, pageArgs } from '../../lib/http.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { activeMembershipWhere, assertEmployeeVisible } from '../../services/access.ts';
import {
  assertMayWriteForReferenced,
  assertNotSelf,
  levelAwaitingDecision,
  ownedByVisibleEmployee,
  recordLevel,
} from '../../services/people-writes.ts';
import { bulkValidationRoutes } from './bulk.ts';

export function areaLevelDto(row: AreaLevel) {
  return {
    id: row.id,
    employeeId: row.employeeId,
    area: row.area,
    level: row.level,
    status: row.status,
    validFrom: isoDateTime(row.validFrom),
    validTo: isoDateTime(row.validTo),
    isCurrent: row.isCurrent === true,
    assessedByUserId: row.assessedByUserId,
    validatedByUserId: row.validatedByUserId,
    validatedAt: isoDateTime(row.validatedAt),
    comment: row.comment,
  };
}

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * A person's level per coverage area, with history: every change closes the open row and opens a
 * new one (db/area-level-history.ts). Board and hr read everyone, a manager their team members
 * (and themselves), an employee themselves; trainers see aggregates only. HR and managers set
 * validated levels and decide on self-assessments.
 */
export default async function areaLevelRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/area-levels',
    {
      preHandler: fastify.requirePermission('people.read.personal'),
      schema: {
        tags: ['area-levels'],
        summary: 'List area levels (current rows by default; paginated)',
        querystring: ZAreaLevelListQuery,
        response: { 200: ZPage(ZAreaLevel), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { employeeId, area, status, current, teamId, page, pageSize } = request.query;
      const and: Record<string, unknown>[] = [await ownedByVisibleEmployee(fastify.db, actor)];
      if (employeeId) and.push({ employeeId });
      if (area) and.push({ area });
      if (status) and.push({ status });
      if (current) and.push({ isCurrent: true });
      if (teamId) {
        and.push({ employee: { memberships: { some: { teamId, ...activeMembershipWhere() } } } });
      }
      const where = { AND: and };
      const [rows, total] = await Promise.all([
        fastify.db.areaLevel.findMany({
          where,
          orderBy: [{ employeeId: 'asc' }, { area: 'asc' }, { validFrom: 'desc' }, { id: 'asc' }],
          ...pageArgs({ page, pageSize }),
        }),
        fastify.db.areaLevel.count({ where }),
      ]);
      return { items: rows.map(areaLevelDto), page, pageSize, total };
    },
  );

  app.get(
    '/api/employees/:id/area-levels/history',
    {
      preHandler: fastify.requirePermission('people.read.personal'),
      schema: {
        tags: ['area-levels'],
        summary: "A person's whole level history, newest first (paginated)",
        params: ZIdParams,
        querystring: ZAreaLevelHistoryQuery,
        response: { 200: ZPage(ZAreaLevel), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await assertEmployeeVisible(fastify.db, actor, request.params.id);
      const { area, page, pageSize } = request.query;
      const where = {
        organisationId: actor.organisationId,
        employeeId: request.params.id,
        ...(area ? { area } : {}),
      };
      const [rows, total] = await Promise.all([
        fastify.db.areaLevel.findMany({
          where,
          orderBy: [{ validFrom: 'desc' }, { area: 'asc' }, { id: 'asc' }],
          ...pageArgs({ page, pageSize }),
        }),
        fastify.db.areaLevel.count({ where }),
      ]);
      return { items: rows.map(areaLevelDto), page, pageSize, total };
    },
  );

  app.post(
    '/api/area-levels',
    {
      preHandler: fastify.requirePermission('levels.record'),
      schema: {
        tags: ['area-levels'],
        summary: 'Set a validated level (closes the current row, opens a new one)',
        body: ZAreaLevelCreate,
        response: { 200: ZAreaLevel, 201: ZAreaLevel, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      await assertMayWriteForReferenced(fastify.db, actor, body.employeeId, 'levels.record');
      assertNotSelf(actor, body.employeeId);
      const result = await fastify.db.$transaction(async (tx) => {
        const before = await tx.areaLevel.findFirst({
          where: {
            organisationId: actor.organisationId,
            employeeId: body.employeeId,
            area: body.area,
            isCurrent: true,
          },
        });
        if (before && before.level === body.level && before.status === 'validated') {
          return { row: before, created: false };
        }
        const now = new Date();
        const row = await recordLevel(tx, {
          organisationId: actor.organisationId,
          employeeId: body.employeeId,
          area: body.area,
          level: body.level,
          status: 'validated',
          assessedByUserId: actor.userId,
          validatedByUserId: actor.userId,
          comment: body.comment ?? null,
          at: now,
        });
        await writeAudit(tx, actor, {
          entity: 'AreaLevel',
          entityId: row.id,
          action: 'set_validated',
          before,
          after: row,
        });
        return { row, created: true };
      });
      reply.status(result.created ? 201 : 200);
      return areaLevelDto(result.row);
    },
  );

  app.post(
    '/api/area-levels/:id/validate',
    {
      preHandler: fastify.requirePermission('levels.validate'),
      schema: {
        tags: ['area-levels'],
        summary: 'Approve or adjust a current self-assessed level (records a validated row)',
        params: ZIdParams,
        body: ZAreaLevelValidate,
        response: { 201: ZAreaLevel, ...problems, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const body = request.body;
      const visible = await ownedByVisibleEmployee(fastify.db, actor);
      const row = await fastify.db.$transaction(async (tx) => {
        // Lock the row first: of two concurrent decisions, the second sees it closed (409).
        await tx.$queryRaw`SELECT id FROM "AreaLevel" WHERE id = ${id}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
        const target = await levelAwaitingDecision(tx, actor, visible, id);
        const now = new Date();
        const approve = body.decision === 'approve';
        const created = await recordLevel(tx, {
          organisationId: actor.organisationId,
          employeeId: target.employeeId,
          area: target.area,
          level: approve ? target.level : (body.level ?? target.level),
          status: 'validated',
          assessedByUserId: approve ? target.assessedByUserId : actor.userId,
          validatedByUserId: actor.userId,
          comment: body.comment ?? null,
          at: now,
        });
        await writeAudit(tx, actor, {
          entity: 'AreaLevel',
          entityId: created.id,
          action: approve ? 'validate_approve' : 'validate_adjust',
          before: target,
          after: created,
        });
        return created;
      });
      reply.status(201);
      return areaLevelDto(row);
    },
  );
  await bulkValidationRoutes(fastify);
}
