import { ZTeam, ZTeamCreate, ZTeamListQuery, ZTeamUpdate } from '@teamspiegel/domain/api/teams';
import type { FastifyInstance } from 'fastify';
import type { Prisma } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';
import { conflict } from '../../lib/problem.ts';
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
      permission: 'teams.read',
      query: ZTeamListQuery,
      where: (query) => ({
        ...(query.siteId ? { siteId: query.siteId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
      }),
    },
    create: {
      permission: 'teams.manage',
      body: ZTeamCreate,
      data: (body) => ({
        siteId: body.siteId,
        name: body.name,
        kind: body.kind ?? 'overig',
        description: body.description ?? null,
      }),
    },
    update: {
      permission: 'teams.manage',
      body: ZTeamUpdate,
      data: (body) => ({
        ...(body.siteId !== undefined ? { siteId: body.siteId } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.kind !== undefined ? { kind: body.kind } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
      }),
    },
    remove: {
      permission: 'teams.manage',
      summary: 'Delete a team that never had members, roles or development actions',
      guard: async (tx, _actor, current) => {
        const { _count: uses } = await tx.team.findUniqueOrThrow({
          where: { id: current.id },
          select: {
            _count: { select: { memberships: true, roleAssignments: true, developmentActions: true } },
          },
        });
        if (uses.memberships + uses.roleAssignments + uses.developmentActions > 0) {
          throw conflict(
            'team_in_use',
            'The team has (or had) members, role assignments or development actions; it cannot be deleted.',
          );
        }
      },
      // The audit row keeps the team's own columns, not the site and head count of the DTO.
      auditBefore: ({ site: _site, _count, ...columns }) => columns,
    },
  });
}
