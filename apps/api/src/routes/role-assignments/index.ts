import {
  type TRoleAssignmentListQuery,
  ZRoleAssignment,
  ZRoleAssignmentCreate,
  ZRoleAssignmentListQuery,
  ZRoleAssignmentUpdate,
} from '@teamspiegel/domain/api/role-assignments';
import type { FastifyInstance } from 'fastify';
import type { Prisma } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDate, isoDateTime, parseDate } from '../../lib/http.ts';
import { fullName } from '../../lib/people.ts';
import { conflict, type FieldError, unprocessable } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere, teamIdsInScope } from '../../services/access.ts';
import { assertPeriod, currentPeriodWhere, isCurrentPeriod, todayUtc } from '../memberships/period.ts';

const include = {
  employee: { select: { id: true, firstName: true, lastName: true } },
  roleDefinition: { select: { id: true, key: true, labelNl: true, labelEn: true } },
  team: { select: { id: true, name: true } },
} satisfies Prisma.RoleAssignmentInclude;

type RoleAssignmentRow = Prisma.RoleAssignmentGetPayload<{ include: typeof include }>;

export function roleAssignmentDto(row: RoleAssignmentRow) {
  return {
    id: row.id,
    employeeId: row.employeeId,
    employee: { id: row.employee.id, fullName: fullName(row.employee) },
    roleDefinitionId: row.roleDefinitionId,
    roleDefinition: row.roleDefinition,
    teamId: row.teamId,
    team: row.team,
    startDate: isoDate(row.startDate) ?? '',
    endDate: isoDate(row.endDate),
    current: isCurrentPeriod(row),
    coachHoursPerYear: row.coachHoursPerYear,
    createdAt: isoDateTime(row.createdAt),
  };
}

/** List filters. Never a top-level AND: the manager scope owns that key. */
function listWhere(query: TRoleAssignmentListQuery): Prisma.RoleAssignmentWhereInput {
  const where: Prisma.RoleAssignmentWhereInput = {};
  if (query.employeeId) where.employeeId = query.employeeId;
  if (query.roleDefinitionId) where.roleDefinitionId = query.roleDefinitionId;
  if (query.teamId) where.teamId = query.teamId;
  if (query.current === true) Object.assign(where, currentPeriodWhere());
  if (query.current === false) where.NOT = currentPeriodWhere();
  return where;
}

/** 422 with the offending field when a referenced id is not in the caller's organisation. */
async function assertReferences(
  tx: Tx,
  actor: Actor,
  refs: { employeeId?: string; roleDefinitionId?: string; teamId?: string | null },
) {
  const organisationId = actor.organisationId;
  const select = { id: true } as const;
  const [employee, role, team] = await Promise.all([
    refs.employeeId
      ? tx.employee.findFirst({ where: { id: refs.employeeId, organisationId }, select })
      : true,
    refs.roleDefinitionId
      ? tx.roleDefinition.findFirst({ where: { id: refs.roleDefinitionId, organisationId }, select })
      : true,
    refs.teamId ? tx.team.findFirst({ where: { id: refs.teamId, organisationId }, select }) : true,
  ]);
  const errors: FieldError[] = [];
  if (!employee) errors.push({ path: 'body.employeeId', message: 'No such employee in your organisation' });
  if (!role) errors.push({ path: 'body.roleDefinitionId', message: 'No such role in your organisation' });
  if (!team) errors.push({ path: 'body.teamId', message: 'No such team in your organisation' });
  if (errors.length > 0) {
    throw unprocessable(
      'invalid_reference',
      'A referenced record does not exist in your organisation.',
      errors,
    );
  }
}

/**
 * 409 `role_assignment_overlaps` when the person already holds the role (in the same team, or
 * organisation-wide) in a period that overlaps this one: a second click or a second HR colleague
 * cannot create the same assignment twice. The advisory lock serialises writes for one person.
 */
async function assertNoOverlap(
  tx: Tx,
  actor: Actor,
  assignment: {
    id?: string;
    employeeId: string;
    roleDefinitionId: string;
    teamId: string | null;
    startDate: Date;
    endDate: Date | null;
  },
) {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`role-assignment:${actor.organisationId}:${assignment.employeeId}`}, 0))`;
  const overlapping = await tx.roleAssignment.findFirst({
    where: {
      organisationId: actor.organisationId,
      employeeId: assignment.employeeId,
      roleDefinitionId: assignment.roleDefinitionId,
      teamId: assignment.teamId,
      ...(assignment.id ? { id: { not: assignment.id } } : {}),
      AND: [
        { OR: [{ endDate: null }, { endDate: { gte: assignment.startDate } }] },
        ...(assignment.endDate ? [{ startDate: { lte: assignment.endDate } }] : []),
      ],
    },
    select: { id: true },
  });
  if (overlapping) {
    throw conflict(
      'role_assignment_overlaps',
      'This person already holds this role in an overlapping period; change or end that assignment.',
    );
  }
}

/**
 * Who holds which role (optionally in a team). hr writes; board reads all; a manager reads the
 * assignments held in the teams they lead and those of their teams' current members.
 */
export default async function roleAssignmentRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'RoleAssignment',
    basePath: '/api/role-assignments',
    tag: 'role-assignments',
    delegate: (db) => db.roleAssignment,
    dto: ZRoleAssignment,
    toDto: roleAssignmentDto,
    include,
    orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    versioned: false,
    scope: async (actor, db) => {
      const teamIds = await teamIdsInScope(db, actor, 'assignments.read');
      if (!teamIds) return {};
      return {
        AND: [
          {
            OR: [
              { teamId: { in: teamIds } },
              {
                employee: { memberships: { some: { teamId: { in: teamIds }, ...activeMembershipWhere() } } },
              },
            ],
          },
        ],
      };
    },
    list: { permission: 'assignments.read', query: ZRoleAssignmentListQuery, where: listWhere },
    create: {
      permission: 'assignments.manage',
      body: ZRoleAssignmentCreate,
      data: async (body, actor, tx) => {
        const startDate = body.startDate ? parseDate(body.startDate) : todayUtc();
        const endDate = parseDate(body.endDate) ?? null;
        assertPeriod(startDate, endDate);
        await assertReferences(tx, actor, body);
        await assertNoOverlap(tx, actor, {
          employeeId: body.employeeId,
          roleDefinitionId: body.roleDefinitionId,
          teamId: body.teamId ?? null,
          startDate,
          endDate,
        });
        return {
          employeeId: body.employeeId,
          roleDefinitionId: body.roleDefinitionId,
          teamId: body.teamId ?? null,
          startDate,
          endDate,
          coachHoursPerYear: body.coachHoursPerYear ?? null,
        };
      },
    },
    update: {
      permission: 'assignments.manage',
      body: ZRoleAssignmentUpdate,
      data: async (body, actor, tx, current) => {
        const startDate = body.startDate === undefined ? current.startDate : parseDate(body.startDate);
        const endDate = body.endDate === undefined ? current.endDate : (parseDate(body.endDate) ?? null);
        assertPeriod(startDate, endDate);
        if (body.teamId) await assertReferences(tx, actor, { teamId: body.teamId });
        const row = current as RoleAssignmentRow;
        await assertNoOverlap(tx, actor, {
          id: row.id,
          employeeId: row.employeeId,
          roleDefinitionId: row.roleDefinitionId,
          teamId: body.teamId === undefined ? row.teamId : body.teamId,
          startDate,
          endDate,
        });
        return {
          startDate,
          endDate,
          ...(body.teamId !== undefined ? { teamId: body.teamId } : {}),
          ...(body.coachHoursPerYear !== undefined ? { coachHoursPerYear: body.coachHoursPerYear } : {}),
        };
      },
    },
    remove: { permission: 'assignments.manage' },
  });
}
