import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { ZTeam, ZTeamCreate, ZTeamListQuery, ZTeamUpdate } from '@teamspiegel/domain/api/teams';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { registerCrud } from '../../lib/crud.ts';
import { expectedVersion, isoDateTime } from '../../lib/http.ts';
import { conflict, notFound, preconditionFailed } from '../../lib/problem.ts';
import { ALL_ROLES, actorOf } from '../../plugins/app/auth.ts';
import { activeMembershipWhere } from '../../services/access.ts';

/** Site name and the number of current members, counted by the same query (a filtered _count). */
function teamInclude() {
  return {
    site: { select: { id: true, name: true } },
    _count: { select: { memberships: { where: activeMembershipWhere() } } },
  } satisfies Prisma.TeamInclude;
}

type TeamRow = Prisma.TeamGetPayload<{ include: ReturnType<typeof teamInclude> }>;

export function teamDto(team: TeamRow) {
  return {
    id: team.id,
    name: team.name,
    kind: team.kind,
    description: team.description,
    site: team.site,
    memberCount: team._count.memberships,
    version: team.version,
    createdAt: isoDateTime(team.createdAt),
    updatedAt: isoDateTime(team.updatedAt),
  };
}

/**
 * Teams. Every role may list and read them (names, site, head count); HR maintains them.
 * Deleting a team that has or had members, roles or development actions is refused (409):
 * the history would go with it.
 */
export default async function teamRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'Team',
    basePath: '/api/teams',
    tag: 'teams',
    delegate: (db) => db.team,
    dto: ZTeam,
    toDto: teamDto,
    // A getter: "current member" is relative to today, so the include is built per request.
    get include() {
      return teamInclude();
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    versioned: true,
    list: {
      roles: ALL_ROLES,
      query: ZTeamListQuery,
      where: (query) => ({
        ...(query.siteId ? { siteId: query.siteId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
      }),
    },
    create: {
      roles: ['hr'],
      body: ZTeamCreate,
      data: (body) => ({
        siteId: body.siteId,
        name: body.name,
        kind: body.kind ?? 'overig',
        description: body.description ?? null,
      }),
    },
    update: {
      roles: ['hr'],
      body: ZTeamUpdate,
      data: (body) => ({
        ...(body.siteId !== undefined ? { siteId: body.siteId } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.kind !== undefined ? { kind: body.kind } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
      }),
    },
  });

  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.delete(
    '/api/teams/:id',
    {
      preHandler: fastify.requireRole('hr'),
      schema: {
        tags: ['teams'],
        summary: 'Delete a team that never had members, roles or development actions',
        params: ZIdParams,
        response: {
          204: z.null(),
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
          409: ZProblem,
          412: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const expected = expectedVersion(request);
      await fastify.db.$transaction(async (tx) => {
        // Lock the row: rows referencing it (memberships, …) wait for us, so the check below holds.
        const locked = await tx.$queryRaw<Array<{ id: string }>>`
          SELECT id FROM "Team" WHERE id = ${id}::uuid AND "organisationId" = ${actor.organisationId}::uuid
          FOR UPDATE`;
        if (locked.length === 0) throw notFound('Team');
        const current = await tx.team.findUniqueOrThrow({
          where: { id },
          include: {
            _count: { select: { memberships: true, roleAssignments: true, developmentActions: true } },
          },
        });
        if (expected !== undefined && current.version !== expected) throw preconditionFailed();
        const uses = current._count;
        if (uses.memberships + uses.roleAssignments + uses.developmentActions > 0) {
          throw conflict(
            'team_in_use',
            'The team has (or had) members, role assignments or development actions; it cannot be deleted.',
          );
        }
        const { _count, ...before } = current;
        await tx.team.delete({ where: { id } });
        await writeAudit(tx, actor, { entity: 'Team', entityId: id, action: 'delete', before });
      });
      return reply.status(204).send(null);
    },
  );
}
