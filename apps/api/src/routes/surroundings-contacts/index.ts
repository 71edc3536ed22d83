import {
  ZSurroundingsContact,
  ZSurroundingsContactCreate,
  ZSurroundingsContactListQuery,
  ZSurroundingsContactUpdate,
} from '@teamspiegel/domain/api/surroundings-contacts';
import type { FastifyInstance } from 'fastify';
import type { SurroundingsContact } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';
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
      permission: 'people.read.personal',
      query: ZSurroundingsContactListQuery,
      where: (query) => ({
        ...(query.employeeId ? { employeeId: query.employeeId } : {}),
        ...(query.circle ? { circle: query.circle } : {}),
      }),
    },
    create: {
      permission: 'ratings.manage',
      body: ZSurroundingsContactCreate,
      authorize: (body, actor, db) =>
        assertMayWriteForReferenced(db, actor, body.employeeId, 'ratings.manage'),
      data: (body) => ({
        employeeId: body.employeeId,
        circle: body.circle,
        partnerName: body.partnerName,
        description: body.description ?? null,
      }),
    },
    update: {
      permission: 'ratings.manage',
      body: ZSurroundingsContactUpdate,
      data: async (body, actor, tx, current) => {
        await assertMayWriteFor(tx, actor, current.employeeId, 'ratings.manage');
        return body;
      },
    },
    // hr for anyone; a manager only for members of the teams they lead.
    remove: {
      permission: 'ratings.manage',
      summary: 'Delete a surroundings contact',
      guard: (tx, actor, current) => assertMayWriteFor(tx, actor, current.employeeId, 'ratings.manage'),
    },
  });
}
