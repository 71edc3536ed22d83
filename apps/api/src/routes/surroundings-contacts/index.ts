import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZSurroundingsContact,
  ZSurroundingsContactCreate,
  ZSurroundingsContactListQuery,
  ZSurroundingsContactUpdate,
} from '@teamspiegel/domain/api/surroundings-contacts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SurroundingsContact } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';
import { notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { visibleEmployeeWhere } from '../../services/access.ts';
import { assertMayWriteFor, assertMayWriteForReferenced } from '../../services/people-writes.ts';

export function surroundingsContactDto(row: SurroundingsContact) {
  return {
    id: row.id,
    employeeId: row.employeeId,
    circle: row.circle,
    partnerName: row.partnerName,
    description: row.description,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/**
 * A person's contacts in the five surroundings circles, with the partner named. Same rights as
 * competency ratings: board reads all, a manager their team members, an employee their own;
 * hr and managers (their team members) write.
 */
export default async function surroundingsContactRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'SurroundingsContact',
    basePath: '/api/surroundings-contacts',
    tag: 'surroundings-contacts',
    delegate: (db) => db.surroundingsContact,
    dto: ZSurroundingsContact,
    toDto: surroundingsContactDto,
    orderBy: [{ employeeId: 'asc' }, { circle: 'asc' }, { partnerName: 'asc' }, { id: 'asc' }],
    versioned: false,
    scope: async (actor, db) => ({ employee: await visibleEmployeeWhere(db, actor) }),
    list: {
      roles: ['board', 'hr', 'manager', 'employee'],
      query: ZSurroundingsContactListQuery,
      where: (query) => ({
        ...(query.employeeId ? { employeeId: query.employeeId } : {}),
        ...(query.circle ? { circle: query.circle } : {}),
      }),
    },
    create: {
      roles: ['hr', 'manager'],
      body: ZSurroundingsContactCreate,
      authorize: (body, actor, db) => assertMayWriteForReferenced(db, actor, body.employeeId),
      data: (body) => ({
        employeeId: body.employeeId,
        circle: body.circle,
        partnerName: body.partnerName,
        description: body.description ?? null,
      }),
    },
    update: {
      roles: ['hr', 'manager'],
      body: ZSurroundingsContactUpdate,
      data: async (body, actor, tx, current) => {
        await assertMayWriteFor(tx, actor, current.employeeId);
        return body;
      },
    },
  });

  fastify.withTypeProvider<ZodTypeProvider>().delete(
    '/api/surroundings-contacts/:id',
    {
      preHandler: fastify.requireRole('hr', 'manager'),
      schema: {
        tags: ['surroundings-contacts'],
        summary: 'Delete a surroundings contact',
        params: ZIdParams,
        response: { 204: z.null(), 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const employee = await visibleEmployeeWhere(fastify.db, actor);
      await fastify.db.$transaction(async (tx) => {
        const current = await tx.surroundingsContact.findFirst({
          where: { organisationId: actor.organisationId, id: request.params.id, employee },
        });
        if (!current) throw notFound('SurroundingsContact');
        await assertMayWriteFor(tx, actor, current.employeeId);
        await tx.surroundingsContact.delete({ where: { id: current.id } });
        await writeAudit(tx, actor, {
          entity: 'SurroundingsContact',
          entityId: current.id,
          action: 'delete',
          before: current,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
