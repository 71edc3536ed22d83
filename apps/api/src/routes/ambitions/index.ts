import {
  ZAmbition,
  ZAmbitionCreate,
  ZAmbitionListQuery,
  ZAmbitionUpdate,
} from '@teamspiegel/domain/api/ambitions';
import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ambition } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { expectedVersion, isoDate, isoDateTime, pageArgs, parseDate, setEtag } from '../../lib/http.ts';
import { notFound, preconditionFailed, unprocessable } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { type Actor, actorOf } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { assertMayWritePrivateFields, mayReadMotivation } from '../../services/ambition-privacy.ts';
import { ownedByVisibleEmployee } from '../../services/people-writes.ts';

export function ambitionDto(row: Ambition, actor: Actor) {
  const readable = mayReadMotivation(actor, row);
  return {
    id: row.id,
    employeeId: row.employeeId,
    direction: row.direction,
    area: row.area,
    targetLevel: row.targetLevel,
    horizonDate: isoDate(row.horizonDate),
    motivation: readable ? row.motivation : null,
    motivationHidden: !readable,
    visibility: row.visibility,
    status: row.status,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

async function findAmbition(db: Db | Tx, actor: Actor, id: string) {
  const row = await db.ambition.findFirst({
    where: { AND: [await ownedByVisibleEmployee(db, actor), { id }] },
  });
  if (!row) throw notFound('Ambition');
  return row;
}

/**
 * Ambitions (broaden or deepen, towards an area and level): they feed the coverage pipeline.
 * HR maintains them here; employees edit their own through PUT /api/me/profile.
 */
export default async function ambitionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/ambitions',
    {
      preHandler: fastify.requirePermission('people.read.personal'),
      schema: {
        tags: ['ambitions'],
        summary: 'List ambitions (motivation only where the caller may read it; paginated)',
        querystring: ZAmbitionListQuery,
        response: { 200: ZPage(ZAmbition), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { employeeId, area, direction, status, page, pageSize } = request.query;
      const where = {
        AND: [
          await ownedByVisibleEmployee(fastify.db, actor),
          {
            ...(employeeId ? { employeeId } : {}),
            ...(area ? { area } : {}),
            ...(direction ? { direction } : {}),
            ...(status ? { status } : {}),
          },
        ],
      };
      const [rows, total] = await Promise.all([
        fastify.db.ambition.findMany({
          where,
          orderBy: [{ employeeId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
          ...pageArgs({ page, pageSize }),
        }),
        fastify.db.ambition.count({ where }),
      ]);
      return { items: rows.map((row) => ambitionDto(row, actor)), page, pageSize, total };
    },
  );

  app.get(
    '/api/ambitions/:id',
    {
      preHandler: fastify.requirePermission('people.read.personal'),
      schema: {
        tags: ['ambitions'],
        summary: 'Get one ambition',
        params: ZIdParams,
        response: { 200: ZAmbition, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await findAmbition(fastify.db, actor, request.params.id);
      setEtag(reply, row.version);
      return ambitionDto(row, actor);
    },
  );

  app.post(
    '/api/ambitions',
    {
      preHandler: fastify.requirePermission('ambitions.manage'),
      schema: {
        tags: ['ambitions'],
        summary:
          'Create an ambition for a person (the motivation is the employee’s own: 403 from anyone else)',
        body: ZAmbitionCreate,
        response: { 201: ZAmbition, ...problems, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      assertMayWritePrivateFields(actor, body.employeeId, { motivation: body.motivation });
      const employee = await fastify.db.employee.findFirst({
        where: { organisationId: actor.organisationId, id: body.employeeId },
        select: { id: true },
      });
      if (!employee) {
        throw unprocessable('invalid_reference', 'The employee does not exist in your organisation.', [
          { path: 'body.employeeId', message: 'Unknown employee' },
        ]);
      }
      const row = await fastify.db.$transaction(async (tx) => {
        const created = await tx.ambition.create({
          data: {
            organisationId: actor.organisationId,
            employeeId: body.employeeId,
            direction: body.direction,
            area: body.area,
            targetLevel: body.targetLevel,
            horizonDate: parseDate(body.horizonDate) ?? null,
            motivation: body.motivation ?? null,
            visibility: body.visibility,
            status: body.status,
          },
        });
        await writeAudit(tx, actor, {
          entity: 'Ambition',
          entityId: created.id,
          action: 'create',
          after: created,
        });
        return created;
      });
      reply.status(201);
      setEtag(reply, row.version);
      return ambitionDto(row, actor);
    },
  );

  app.patch(
    '/api/ambitions/:id',
    {
      preHandler: fastify.requirePermission('ambitions.manage'),
      schema: {
        tags: ['ambitions'],
        summary:
          'Update an ambition (send If-Match with the ETag; motivation and visibility only by the employee)',
        params: ZIdParams,
        body: ZAmbitionUpdate,
        response: { 200: ZAmbition, ...problems, 412: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { version: bodyVersion, horizonDate, ...changes } = request.body;
      const expected = expectedVersion(request, bodyVersion);
      const row = await fastify.db.$transaction(async (tx) => {
        const current = await findAmbition(tx, actor, request.params.id);
        assertMayWritePrivateFields(actor, current.employeeId, changes);
        if (expected !== undefined && current.version !== expected) throw preconditionFailed();
        const updated = await tx.ambition.updateMany({
          where: { id: current.id, organisationId: actor.organisationId, version: current.version },
          data: {
            ...changes,
            ...(horizonDate !== undefined ? { horizonDate: parseDate(horizonDate) } : {}),
            version: { increment: 1 },
          },
        });
        // The version moved between our read and the write: someone else saved first.
        if (updated.count !== 1) throw preconditionFailed();
        const after = await tx.ambition.findFirstOrThrow({ where: { id: current.id } });
        await writeAudit(tx, actor, {
          entity: 'Ambition',
          entityId: current.id,
          action: 'update',
          before: current,
          after,
        });
        return after;
      });
      setEtag(reply, row.version);
      return ambitionDto(row, actor);
    },
  );

  app.delete(
    '/api/ambitions/:id',
    {
      preHandler: fastify.requirePermission('ambitions.manage'),
      schema: {
        tags: ['ambitions'],
        summary: 'Delete an ambition',
        params: ZIdParams,
        response: { 204: z.null(), ...problems, 412: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const expected = expectedVersion(request);
      await fastify.db.$transaction(async (tx) => {
        const current = await findAmbition(tx, actor, request.params.id);
        if (expected !== undefined && current.version !== expected) throw preconditionFailed();
        await tx.ambition.delete({ where: tenantKey(actor.organisationId, current.id) });
        await writeAudit(tx, actor, {
          entity: 'Ambition',
          entityId: current.id,
          action: 'delete',
          before: current,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
