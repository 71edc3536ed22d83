import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import { ZMember, ZMemberListQuery, ZMemberUpdate } from '@teamspiegel/domain/api/members';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { writeAudit } from '../../lib/audit.ts';
import { isoDateTime, pageArgs } from '../../lib/http.ts';
import { conflict, notFound, unprocessable } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { assertMayGrant } from '../../services/access.ts';

const memberInclude = {
  user: { select: { email: true, name: true, disabledAt: true } },
  employee: { select: { id: true, firstName: true, lastName: true } },
  managedTeams: {
    select: { team: { select: { id: true, name: true } } },
    orderBy: { teamId: 'asc' as const },
  },
};

type MemberRow = {
  id: string;
  userId: string;
  role: z.infer<typeof ZMember>['role'];
  createdAt: Date;
  updatedAt: Date;
  user: { email: string; name: string; disabledAt: Date | null };
  employee: { id: string; firstName: string; lastName: string } | null;
  managedTeams: Array<{ team: { id: string; name: string } }>;
};

export function memberDto(row: MemberRow) {
  return {
    id: row.id,
    userId: row.userId,
    email: row.user.email,
    name: row.user.name,
    role: row.role,
    employee: row.employee
      ? { id: row.employee.id, name: `${row.employee.firstName} ${row.employee.lastName}`.trim() }
      : null,
    managedTeams: row.managedTeams.map((m) => m.team),
    disabled: row.user.disabledAt !== null,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

async function loadMember(db: Db | Tx, organisationId: string, id: string): Promise<MemberRow> {
  const row = await db.organisationMember.findFirst({
    where: { organisationId, id },
    include: memberInclude,
  });
  if (!row) throw notFound('Member');
  return row;
}

/** Audit snapshot of a member: no password hashes or other user internals. */
function auditView(row: MemberRow) {
  return {
    id: row.id,
    userId: row.userId,
    email: row.user.email,
    role: row.role,
    employeeId: row.employee?.id ?? null,
    managedTeamIds: row.managedTeams.map((m) => m.team.id),
  };
}

/** The organisation's logins (OrganisationMember + User): who may change whom follows ROLE_GRANTS. */
export default async function memberRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

  app.get(
    '/api/members',
    {
      preHandler: fastify.requirePermission('members.read'),
      schema: {
        tags: ['members'],
        summary: "The organisation's logins with role, e-mail, linked employee and led teams",
        querystring: ZMemberListQuery,
        response: { 200: ZPage(ZMember), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query;
      const where: Record<string, unknown> = { organisationId: actor.organisationId };
      if (query.role) where.role = query.role;
      if (query.q) {
        where.user = {
          OR: [
            { name: { contains: query.q, mode: 'insensitive' } },
            { email: { contains: query.q, mode: 'insensitive' } },
          ],
        };
      }
      const [rows, total] = await Promise.all([
        fastify.db.organisationMember.findMany({
          where,
          include: memberInclude,
          orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }],
          ...pageArgs(query),
        }),
        fastify.db.organisationMember.count({ where }),
      ]);
      return { items: rows.map(memberDto), page: query.page, pageSize: query.pageSize, total };
    },
  );

  app.patch(
    '/api/members/:id',
    {
      preHandler: fastify.requirePermission('members.manage'),
      schema: {
        tags: ['members'],
        summary: "Change a member's role, linked employee or led teams",
        params: ZIdParams,
        body: ZMemberUpdate,
        response: { 200: ZMember, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const body = request.body;
      const row = await fastify.db.$transaction(async (tx) => {
        const before = await loadMember(tx, actor.organisationId, id);
        assertMayGrant(actor, before.role, ...(body.role ? [body.role] : []));
        if (id === actor.memberId && body.role !== undefined && body.role !== before.role) {
          throw conflict('cannot_change_own_role', 'You cannot change your own role; ask another HR member.');
        }
        if (body.employeeId) {
          const employee = await tx.employee.findFirst({
            where: { organisationId: actor.organisationId, id: body.employeeId },
            select: { id: true },
          });
          if (!employee) {
            throw unprocessable('invalid_reference', 'The employee does not exist in your organisation.', [
              { path: 'employeeId', message: 'Unknown employee' },
            ]);
          }
        }
        const teamIds = body.managedTeamIds ? [...new Set(body.managedTeamIds)] : undefined;
        if (teamIds && teamIds.length > 0) {
          const teams = await tx.team.findMany({
            where: { organisationId: actor.organisationId, id: { in: teamIds } },
            select: { id: true },
          });
          if (teams.length !== teamIds.length) {
            throw unprocessable('invalid_reference', 'A team does not exist in your organisation.', [
              { path: 'managedTeamIds', message: 'Unknown team' },
            ]);
          }
        }
        const data: Record<string, unknown> = {};
        if (body.role !== undefined) data.role = body.role;
        if (body.employeeId !== undefined) data.employeeId = body.employeeId;
        await tx.organisationMember.update({
          where: tenantKey(actor.organisationId, id),
          data: { ...data, updatedAt: new Date() },
        });
        if (body.employeeId !== undefined && body.employeeId !== (before.employee?.id ?? null)) {
          // Keep the employee's own login link in step with the member's employee record.
          if (before.employee) {
            await tx.employee.updateMany({
              where: { organisationId: actor.organisationId, id: before.employee.id, userId: before.userId },
              data: { userId: null },
            });
          }
          if (body.employeeId) {
            await tx.employee.updateMany({
              where: { organisationId: actor.organisationId, id: body.employeeId, userId: null },
              data: { userId: before.userId },
            });
          }
        }
        if (teamIds) {
          await tx.managedTeam.deleteMany({ where: { organisationId: actor.organisationId, memberId: id } });
          if (teamIds.length > 0) {
            await tx.managedTeam.createMany({
              data: teamIds.map((teamId) => ({ organisationId: actor.organisationId, memberId: id, teamId })),
            });
          }
        }
        const after = await loadMember(tx, actor.organisationId, id);
        await writeAudit(tx, actor, {
          entity: 'OrganisationMember',
          entityId: id,
          action: 'update',
          before: auditView(before),
          after: auditView(after),
        });
        return after;
      });
      return memberDto(row);
    },
  );

  app.delete(
    '/api/members/:id',
    {
      preHandler: fastify.requirePermission('members.manage'),
      schema: {
        tags: ['members'],
        summary: "Remove a login from the organisation (its sessions here end); not one's own",
        params: ZIdParams,
        response: { 204: z.null(), ...problems, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params;
      await fastify.db.$transaction(async (tx) => {
        const before = await loadMember(tx, actor.organisationId, id);
        if (id === actor.memberId) {
          throw conflict('cannot_remove_self', 'You cannot remove your own membership.');
        }
        assertMayGrant(actor, before.role);
        await tx.organisationMember.delete({ where: tenantKey(actor.organisationId, id) });
        await tx.refreshToken.updateMany({
          where: { organisationId: actor.organisationId, userId: before.userId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        await writeAudit(tx, actor, {
          entity: 'OrganisationMember',
          entityId: id,
          action: 'delete',
          before: auditView(before),
        });
      });
      return reply.status(204).send(null);
    },
  );
}
