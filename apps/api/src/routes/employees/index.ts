import {
  type TEmployeeListQuery,
  ZEmployee,
  ZEmployeeCreate,
  ZEmployeeListQuery,
  ZEmployeeUpdate,
} from '@teamspiegel/domain/api/employees';
import type { FastifyInstance } from 'fastify';
import type { Prisma } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { parseDate } from '../../lib/http.ts';
import { conflict, ProblemError, unprocessable } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere, visibleEmployeeWhere } from '../../services/access.ts';
import deactivateRoute from './deactivate.ts';
import { employeeDto, employeeInclude, levelsAtLeast } from './dto.ts';

/** 422 with a field error when the contract ends before it starts. */
function assertContractPeriod(startDate: Date | null | undefined, endDate: Date | null | undefined) {
  if (startDate && endDate && endDate < startDate) {
    throw unprocessable('invalid_period', 'endDate lies before startDate.', [
      { path: 'body.endDate', message: 'Must be on or after startDate', code: 'invalid_period' },
    ]);
  }
}

/**
 * One person per e-mail address in an organisation (the unique key guards races; this check names
 * the field, so a form can show it, and makes a second click of "create" a 409 instead of a twin).
 */
async function assertEmailFree(tx: Tx, actor: Actor, email: string, exceptId?: string) {
  const taken = await tx.employee.findFirst({
    where: { organisationId: actor.organisationId, email, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) {
    throw new ProblemError(
      409,
      'email_taken',
      'Conflict',
      'Someone in your organisation has this e-mail address.',
      [{ path: 'body.email', message: 'Already in use', code: 'email_taken' }],
    );
  }
}

/** List filters. Never a top-level AND: the visibility scope owns that key (see `scope`). */
function listWhere(query: TEmployeeListQuery): Prisma.EmployeeWhereInput {
  const where: Prisma.EmployeeWhereInput = {};
  if (query.q) {
    const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
    const [first, ...rest] = query.q.split(/\s+/);
    where.OR = [
      { firstName: contains(query.q) },
      { lastName: contains(query.q) },
      { email: contains(query.q) },
      ...(first && rest.length > 0
        ? [{ AND: [{ firstName: contains(first) }, { lastName: contains(rest.join(' ')) }] }]
        : []),
    ];
  }
  if (query.teamId || query.siteId) {
    where.memberships = {
      some: {
        ...activeMembershipWhere(),
        ...(query.teamId ? { teamId: query.teamId } : {}),
        ...(query.siteId ? { team: { siteId: query.siteId } } : {}),
      },
    };
  }
  if (query.active !== undefined) where.active = query.active;
  if (query.roleDefinitionId) {
    where.roleAssignments = {
      some: { roleDefinitionId: query.roleDefinitionId, ...activeMembershipWhere() },
    };
  }
  if (query.area) {
    where.areaLevels = {
      some: {
        isCurrent: true,
        area: query.area,
        ...(query.minLevel ? { level: { in: levelsAtLeast(query.minLevel) } } : {}),
      },
    };
  }
  return where;
}

const DEPENDENTS = {
  memberships: true,
  areaLevels: true,
  competencyRatings: true,
  surroundingsContacts: true,
  ambitions: true,
  roleAssignments: true,
  developmentActions: true,
  organisationMembers: true,
  invitations: true,
} as const;

/**
 * Employees. hr: full CRUD; board: reads all; manager: reads the current members of the teams
 * they lead (and themselves); employee: reads only themselves; trainer: 403 (aggregates only).
 * Someone with history is deactivated (PATCH active=false), not deleted: DELETE answers 409
 * `employee_in_use` while any row refers to them.
 */
export default async function employeeRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'Employee',
    basePath: '/api/employees',
    tag: 'employees',
    delegate: (db) => db.employee,
    dto: ZEmployee,
    toDto: employeeDto,
    get include() {
      return employeeInclude();
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    versioned: true,
    // Wrapped in AND so it can never overwrite a filter key (e.g. `id` of GET /:id, or the `OR` of q).
    scope: async (actor, db) => ({ AND: [await visibleEmployeeWhere(db, actor)] }),
    list: {
      permission: 'people.read.personal',
      query: ZEmployeeListQuery,
      where: listWhere,
    },
    create: {
      permission: 'people.manage',
      body: ZEmployeeCreate,
      data: async (body, actor, tx) => {
        const startDate = parseDate(body.startDate) ?? null;
        const endDate = parseDate(body.endDate) ?? null;
        assertContractPeriod(startDate, endDate);
        await assertEmailFree(tx, actor, body.email);
        return {
          firstName: body.firstName,
          lastName: body.lastName,
          email: body.email,
          jobTitle: body.jobTitle ?? null,
          fte: body.fte ?? 1,
          active: body.active ?? true,
          startDate,
          endDate,
        };
      },
    },
    update: {
      permission: 'people.manage',
      body: ZEmployeeUpdate,
      data: async (body, actor, tx, current) => {
        const { startDate, endDate, version: _version, ...rest } = body;
        const data: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(rest)) if (value !== undefined) data[key] = value;
        if (startDate !== undefined) data.startDate = parseDate(startDate);
        if (endDate !== undefined) data.endDate = parseDate(endDate);
        assertContractPeriod(
          startDate === undefined ? current.startDate : parseDate(startDate),
          endDate === undefined ? current.endDate : parseDate(endDate),
        );
        if (body.email !== undefined && body.email !== current.email) {
          await assertEmailFree(tx, actor, body.email, current.id);
        }
        return data;
      },
    },
    remove: {
      permission: 'people.manage',
      summary: 'Delete an employee without any history (otherwise deactivate them with PATCH)',
      guard: async (tx, actor, current) => {
        const { _count } = await tx.employee.findUniqueOrThrow({
          where: tenantKey(actor.organisationId, current.id),
          select: { _count: { select: DEPENDENTS } },
        });
        if (Object.values(_count).some((count) => count > 0)) {
          throw conflict(
            'employee_in_use',
            'The employee has history (teams, levels, roles, …); deactivate them with active=false instead.',
          );
        }
      },
      // The audit row keeps the employee's own columns, not the teams and levels of the DTO.
      auditBefore: ({ memberships: _memberships, areaLevels: _areaLevels, ...columns }) => columns,
    },
  });
  await deactivateRoute(fastify);
}
