import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZQualifiedEmployee,
  ZQualifiedEmployeesQuery,
  ZRoleAreaRequirement,
  ZRoleCompetencyRequirement,
  ZRoleDefinition,
  ZRoleDefinitionCreate,
  ZRoleDefinitionListQuery,
  ZRoleDefinitionUpdate,
} from '@teamspiegel/domain/api/role-definitions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RoleDefinition } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';
import { conflict, notFound } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { findQualifiedEmployees, type RoleRules } from './qualified.ts';

/** The JSON columns, read through the same schemas that validated them on the way in. */
export function roleRules(row: RoleDefinition): RoleRules {
  return {
    areaRequirements: z.array(ZRoleAreaRequirement).parse(row.areaRequirements),
    competencyRequirements: z.array(ZRoleCompetencyRequirement).parse(row.competencyRequirements ?? []),
    areaMatch: row.areaMatch,
  };
}

export function roleDefinitionDto(row: RoleDefinition) {
  return {
    id: row.id,
    key: row.key,
    labelNl: row.labelNl,
    labelEn: row.labelEn,
    descriptionNl: row.descriptionNl,
    descriptionEn: row.descriptionEn,
    ...roleRules(row),
    fromCatalogue: row.fromCatalogue,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/**
 * The organisation's role catalogue. Every role reads it; hr maintains it. A role that is
 * assigned, named in a team requirement or targeted by a development action cannot be deleted
 * (409 `role_definition_in_use`). GET /:id/qualified-employees lists who meets the role today on
 * validated levels (hr, board; a manager: their teams); `?include=pending` counts pending
 * self-assessments as approved.
 */
export default async function roleDefinitionRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'RoleDefinition',
    basePath: '/api/role-definitions',
    tag: 'role-definitions',
    delegate: (db) => db.roleDefinition,
    dto: ZRoleDefinition,
    toDto: roleDefinitionDto,
    orderBy: [{ labelNl: 'asc' }, { id: 'asc' }],
    versioned: true,
    list: {
      permission: 'roles.read',
      query: ZRoleDefinitionListQuery,
      where: (query) =>
        query.q
          ? {
              OR: ['key', 'labelNl', 'labelEn'].map((field) => ({
                [field]: { contains: query.q, mode: 'insensitive' },
              })),
            }
          : {},
    },
    create: {
      permission: 'roles.manage',
      body: ZRoleDefinitionCreate,
      data: (body) => ({
        key: body.key,
        labelNl: body.labelNl,
        labelEn: body.labelEn,
        descriptionNl: body.descriptionNl ?? null,
        descriptionEn: body.descriptionEn ?? null,
        areaRequirements: body.areaRequirements,
        competencyRequirements: body.competencyRequirements ?? [],
        areaMatch: body.areaMatch ?? 'all',
        fromCatalogue: false,
      }),
    },
    update: {
      permission: 'roles.manage',
      body: ZRoleDefinitionUpdate,
      data: (body) => {
        const { version: _version, ...rest } = body;
        return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
      },
    },
    remove: {
      permission: 'roles.manage',
      summary:
        'Delete a role that is not assigned, not used in a team requirement and not targeted by an action',
      guard: async (tx, actor, current) => {
        const { _count } = await tx.roleDefinition.findUniqueOrThrow({
          where: tenantKey(actor.organisationId, current.id),
          select: {
            _count: { select: { assignments: true, teamRequirements: true, developmentActions: true } },
          },
        });
        if (_count.assignments > 0 || _count.teamRequirements > 0 || _count.developmentActions > 0) {
          throw conflict(
            'role_definition_in_use',
            'The role is assigned to people, named in a team requirement or targeted by a development action; remove those first.',
          );
        }
      },
    },
  });

  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

  app.get(
    '/api/role-definitions/:id/qualified-employees',
    {
      preHandler: fastify.requirePermission('candidates.read'),
      schema: {
        tags: ['role-definitions'],
        summary:
          'Active employees who meet the role today on validated levels (?include=pending: with pending self-assessments; a manager sees their own teams only)',
        params: ZIdParams,
        querystring: ZQualifiedEmployeesQuery,
        response: { 200: ZPage(ZQualifiedEmployee), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const role = await fastify.db.roleDefinition.findFirst({
        where: { id: request.params.id, organisationId: actor.organisationId },
      });
      if (!role) throw notFound('RoleDefinition');
      return findQualifiedEmployees(fastify.db, actor, roleRules(role), request.query);
    },
  );
}
