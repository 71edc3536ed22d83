import { AREA_IDS, LEVEL_RANK } from '@teamspiegel/domain';
import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { type TTeamMatrixRow, ZTeamMatrix, ZTeamMatrixQuery } from '@teamspiegel/domain/api/team-matrix';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fullName } from '../../lib/people.ts';
import { notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { activeMembershipWhere, teamIdsInScope } from '../../services/access.ts';
import { currentLevels } from '../employees/dto.ts';

/** A team has tens of members; the bound keeps one odd team from loading thousands of rows at once. */
export const MATRIX_MAX_MEMBERS = 1000;

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

function levelRank(row: TTeamMatrixRow, area: string): number {
  const cell = row.levels[area as keyof TTeamMatrixRow['levels']];
  return cell ? LEVEL_RANK[cell.level] : 0;
}

/**
 * GET /api/teams/:id/matrix: the skills matrix HR knows — today's members × the eight areas, each cell
 * the current level and whether it is validated or self-assessed (pending). Sorted by name or by an
 * area's level, paginated. Named data: for those who see teams' coverage with names, in their scope.
 */
export default async function teamMatrixRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/teams/:id/matrix',
    {
      preHandler: fastify.requirePermission('coverage.read.named'),
      schema: {
        tags: ['teams'],
        summary:
          "A team's members × coverage areas with current levels (self-assessed ones marked), sortable and paginated",
        params: ZIdParams,
        querystring: ZTeamMatrixQuery,
        response: { 200: ZTeamMatrix, 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const query = request.query;
      const teamIds = await teamIdsInScope(fastify.db, actor, 'coverage.read.named');
      if (teamIds && !teamIds.includes(id)) throw notFound('Team');
      const team = await fastify.db.team.findFirst({
        where: { organisationId: actor.organisationId, id },
        select: { id: true, name: true },
      });
      if (!team) throw notFound('Team');
      const memberships = await fastify.db.teamMembership.findMany({
        where: {
          organisationId: actor.organisationId,
          teamId: id,
          ...activeMembershipWhere(),
          employee: { active: true, erasedAt: null },
        },
        select: {
          fte: true,
          employee: {
            select: {
              id: true,
              firstName: true,
              lastName: true,
              jobTitle: true,
              fte: true,
              areaLevels: { where: { isCurrent: true }, select: { area: true, level: true, status: true } },
            },
          },
        },
        orderBy: [{ employee: { lastName: 'asc' } }, { employee: { firstName: 'asc' } }, { id: 'asc' }],
        take: MATRIX_MAX_MEMBERS,
      });
      const rows = new Map<string, TTeamMatrixRow>();
      for (const { fte, employee } of memberships) {
        if (rows.has(employee.id)) continue;
        rows.set(employee.id, {
          employeeId: employee.id,
          name: fullName(employee),
          jobTitle: employee.jobTitle,
          fte: fte ?? employee.fte,
          levels: currentLevels(employee.areaLevels),
        });
      }
      const sign = query.dir === 'desc' ? -1 : 1;
      const sorted = [...rows.values()].sort((a, b) => {
        if (query.sort !== 'name') {
          const byLevel = levelRank(a, query.sort) - levelRank(b, query.sort);
          if (byLevel !== 0) return sign * byLevel;
          return collator.compare(a.name, b.name);
        }
        return sign * collator.compare(a.name, b.name);
      });
      const start = (query.page - 1) * query.pageSize;
      return {
        team,
        areas: [...AREA_IDS],
        items: sorted.slice(start, start + query.pageSize),
        page: query.page,
        pageSize: query.pageSize,
        total: sorted.length,
      };
    },
  );
}
