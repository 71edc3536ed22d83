import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import {
  type TMembershipListQuery,
  ZMembership,
  ZMembershipCreate,
  ZMembershipListQuery,
  ZMembershipMove,
  ZMembershipMoved,
  ZMembershipUpdate,
} from '@teamspiegel/domain/api/memberships';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { expectedVersion, isoDate, isoDateTime, parseDate, setEtag } from '../../lib/http.ts';
import { fullName } from '../../lib/people.ts';
import { conflict, notFound, unprocessable } from '../../lib/problem.ts';
import { type Actor, actorOf } from '../../plugins/app/auth.ts';
import type { Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere, teamIdsInScope } from '../../services/access.ts';
import { moveMembership, teamArchived } from '../../services/people-admin.ts';
import { assertPeriod, isCurrentPeriod } from './period.ts';

const include = {
  team: { select: { id: true, name: true } },
  employee: { select: { id: true, firstName: true, lastName: true } },
} satisfies Prisma.TeamMembershipInclude;

type MembershipRow = Prisma.TeamMembershipGetPayload<{ include: typeof include }>;

export function membershipDto(row: MembershipRow) {
  return {
    id: row.id,
    teamId: row.teamId,
    team: row.team,
    employeeId: row.employeeId,
    employee: { id: row.employee.id, fullName: fullName(row.employee) },
    startDate: isoDate(row.startDate) ?? '',
    endDate: isoDate(row.endDate),
    roleInTeam: row.roleInTeam,
    fte: row.fte,
    current: isCurrentPeriod(row),
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/** List filters. Never a top-level AND: the manager scope owns that key. */
function listWhere(query: TMembershipListQuery): Prisma.TeamMembershipWhereInput {
  const where: Prisma.TeamMembershipWhereInput = {};
  if (query.teamId) where.teamId = query.teamId;
  if (query.employeeId) where.employeeId = query.employeeId;
  if (query.current === true) Object.assign(where, activeMembershipWhere());
  if (query.current === false) where.NOT = activeMembershipWhere();
  return where;
}

/** The same person in the same team twice over an overlapping period makes head counts lie. */
async function assertNoOverlap(
  tx: Tx,
  actor: Actor,
  period: { teamId: string; employeeId: string; startDate: Date; endDate: Date | null; exceptId?: string },
) {
  const overlapping = await tx.teamMembership.findFirst({
    where: {
      organisationId: actor.organisationId,
      teamId: period.teamId,
      employeeId: period.employeeId,
      ...(period.exceptId ? { id: { not: period.exceptId } } : {}),
      ...(period.endDate ? { startDate: { lte: period.endDate } } : {}),
      OR: [{ endDate: null }, { endDate: { gte: period.startDate } }],
    },
    select: { id: true },
  });
  if (overlapping) {
    throw conflict('membership_overlap', 'The employee is already a member of this team in that period.');
  }
}

/** 422 (never 404, never the other tenant's row) when a referenced id is not in the organisation. */
async function assertReferences(tx: Tx, actor: Actor, body: { teamId: string; employeeId: string }) {
  const [team, employee] = await Promise.all([
    tx.team.findFirst({
      where: { id: body.teamId, organisationId: actor.organisationId },
      select: { id: true, archivedAt: true },
    }),
    tx.employee.findFirst({
      where: { id: body.employeeId, organisationId: actor.organisationId },
      select: { id: true },
    }),
  ]);
  const errors = [
    ...(team ? [] : [{ path: 'body.teamId', message: 'No such team in your organisation' }]),
    ...(employee ? [] : [{ path: 'body.employeeId', message: 'No such employee in your organisation' }]),
  ];
  if (errors.length > 0) {
    throw unprocessable(
      'invalid_reference',
      'A referenced record does not exist in your organisation.',
      errors,
    );
  }
  if (team?.archivedAt) throw teamArchived('body.teamId');
}

/**
 * Team memberships (who is in which team, when). hr writes; board reads all; a manager reads
 * the memberships of the teams they lead.
 */
export default async function membershipRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'TeamMembership',
    basePath: '/api/memberships',
    tag: 'memberships',
    delegate: (db) => db.teamMembership,
    dto: ZMembership,
    toDto: membershipDto,
    include,
    orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    versioned: true,
    scope: async (actor, db) => {
      const teamIds = await teamIdsInScope(db, actor, 'memberships.read');
      return teamIds ? { AND: [{ teamId: { in: teamIds } }] } : {};
    },
    list: { permission: 'memberships.read', query: ZMembershipListQuery, where: listWhere },
    create: {
      permission: 'memberships.manage',
      body: ZMembershipCreate,
      data: async (body, actor, tx) => {
        const startDate = parseDate(body.startDate);
        const endDate = parseDate(body.endDate) ?? null;
        assertPeriod(startDate, endDate);
        await assertReferences(tx, actor, body);
        await assertNoOverlap(tx, actor, { ...body, startDate, endDate });
        return {
          teamId: body.teamId,
          employeeId: body.employeeId,
          startDate,
          endDate,
          roleInTeam: body.roleInTeam ?? null,
          fte: body.fte ?? null,
        };
      },
    },
    update: {
      permission: 'memberships.manage',
      body: ZMembershipUpdate,
      data: async (body, actor, tx, current) => {
        const startDate = body.startDate === undefined ? current.startDate : parseDate(body.startDate);
        const endDate = body.endDate === undefined ? current.endDate : (parseDate(body.endDate) ?? null);
        assertPeriod(startDate, endDate);
        await assertNoOverlap(tx, actor, {
          teamId: current.teamId,
          employeeId: current.employeeId,
          startDate,
          endDate,
          exceptId: current.id,
        });
        return {
          startDate,
          endDate,
          ...(body.roleInTeam !== undefined ? { roleInTeam: body.roleInTeam } : {}),
          ...(body.fte !== undefined ? { fte: body.fte } : {}),
        };
      },
    },
    remove: { permission: 'memberships.manage' },
  });

  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/memberships/:id/move',
    {
      preHandler: fastify.requirePermission('memberships.manage'),
      schema: {
        tags: ['memberships'],
        summary:
          'Move a person to another team: this membership ends the day before `date`, the new one starts on `date` (one transaction; send If-Match)',
        params: ZIdParams,
        body: ZMembershipMove,
        response: {
          200: ZMembershipMoved,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
          409: ZProblem,
          412: ZProblem,
          422: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const expected = expectedVersion(request, body.version);
      const teamIds = await teamIdsInScope(fastify.db, actor, 'memberships.manage');
      const { ended, started } = await fastify.db.$transaction(async (tx) => {
        const ids = await moveMembership(tx, actor, {
          membershipId: request.params.id,
          toTeamId: body.toTeamId,
          date: parseDate(body.date),
          fte: body.fte,
          roleInTeam: body.roleInTeam,
          expectedVersion: expected,
          scope: teamIds ? { teamId: { in: teamIds } } : {},
        });
        const rows = await tx.teamMembership.findMany({
          where: { organisationId: actor.organisationId, id: { in: [ids.endedId, ids.startedId] } },
          include,
        });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return { ended: byId.get(ids.endedId), started: byId.get(ids.startedId) };
      });
      if (!ended || !started) throw notFound('TeamMembership');
      setEtag(reply, ended.version);
      return { ended: membershipDto(ended), started: membershipDto(started) };
    },
  );
}
