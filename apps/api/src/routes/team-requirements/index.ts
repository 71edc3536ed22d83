import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import {
  REQUIREMENT_TEMPLATES,
  ZRequirementTemplateList,
} from '@teamspiegel/domain/api/requirement-templates';
import {
  type TTeamRequirementLine,
  ZTeamRequirement,
  ZTeamRequirementCreate,
  ZTeamRequirementListQuery,
  ZTeamRequirementProfile,
  ZTeamRequirementsReplace,
  ZTeamRequirementUpdate,
} from '@teamspiegel/domain/api/team-requirements';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TeamRequirement } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { registerCrud } from '../../lib/crud.ts';
import { expectedVersion, isoDateTime, setEtag } from '../../lib/http.ts';
import { notFound, preconditionFailed, unprocessable } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { visibleTeamWhere } from '../../services/access.ts';

export function teamRequirementDto(row: TeamRequirement) {
  return {
    id: row.id,
    teamId: row.teamId,
    kind: row.kind,
    area: row.area,
    minLevel: row.minLevel,
    roleDefinitionId: row.roleDefinitionId,
    competency: row.competency,
    minScore: row.minScore,
    circle: row.circle,
    count: row.count,
    note: row.note,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/** The columns of one line: those of its own kind set, all others null (the CHECK constraint's rule). */
export function requirementColumns(line: TTeamRequirementLine) {
  return {
    kind: line.kind,
    area: line.kind === 'area' ? line.area : null,
    minLevel: line.kind === 'area' ? line.minLevel : null,
    roleDefinitionId: line.kind === 'role' ? line.roleDefinitionId : null,
    competency: line.kind === 'competency' ? line.competency : null,
    minScore: line.kind === 'competency' ? line.minScore : null,
    circle: line.kind === 'circle' ? line.circle : null,
    count: line.count,
    note: line.note ?? null,
  };
}

/** 422 unless every role line names a role definition of this organisation. */
async function assertRolesExist(
  db: Db | Tx,
  organisationId: string,
  lines: TTeamRequirementLine[],
  pathOf: (index: number) => string = () => 'roleDefinitionId',
) {
  const ids = [...new Set(lines.flatMap((l) => (l.kind === 'role' ? [l.roleDefinitionId] : [])))];
  if (ids.length === 0) return;
  const found = await db.roleDefinition.findMany({
    where: { organisationId, id: { in: ids } },
    select: { id: true },
  });
  if (found.length !== ids.length) {
    const known = new Set(found.map((r) => r.id));
    const errors = lines.flatMap((line, index) =>
      line.kind === 'role' && !known.has(line.roleDefinitionId)
        ? [{ path: pathOf(index), message: 'Unknown role definition' }]
        : [],
    );
    throw unprocessable(
      'invalid_reference',
      'A role definition does not exist in your organisation.',
      errors,
    );
  }
}

const ORDER = [{ kind: 'asc' as const }, { createdAt: 'asc' as const }, { id: 'asc' as const }];

/**
 * Team requirements (a team's target profile). Everyone who may see the team reads them
 * (employees their own teams, managers the teams they lead); board and hr maintain them.
 */
export default async function teamRequirementRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'TeamRequirement',
    basePath: '/api/team-requirements',
    tag: 'team-requirements',
    delegate: (db) => db.teamRequirement,
    dto: ZTeamRequirement,
    toDto: teamRequirementDto,
    orderBy: [{ teamId: 'asc' }, ...ORDER],
    versioned: true,
    scope: async (actor, db) => ({ team: await visibleTeamWhere(db, actor) }),
    list: {
      permission: 'requirements.read',
      query: ZTeamRequirementListQuery,
      where: (query) => ({
        ...(query.teamId ? { teamId: query.teamId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
      }),
    },
    create: {
      permission: 'requirements.manage',
      body: ZTeamRequirementCreate,
      authorize: async (body, actor, db) => {
        const team = await db.team.findFirst({
          where: { organisationId: actor.organisationId, id: body.teamId },
          select: { id: true },
        });
        if (!team) {
          throw unprocessable('invalid_reference', 'The team does not exist in your organisation.', [
            { path: 'teamId', message: 'Unknown team' },
          ]);
        }
        await assertRolesExist(db, actor.organisationId, [body]);
      },
      data: (body) => ({ teamId: body.teamId, ...requirementColumns(body) }),
    },
    update: {
      permission: 'requirements.manage',
      body: ZTeamRequirementUpdate,
      data: async (body, actor, tx) => {
        await assertRolesExist(tx, actor.organisationId, [body]);
        return requirementColumns(body);
      },
    },
    remove: { permission: 'requirements.manage' },
  });

  const app = fastify.withTypeProvider<ZodTypeProvider>();

  async function loadProfile(db: Db | Tx, organisationId: string, teamId: string) {
    return db.teamRequirement.findMany({ where: { organisationId, teamId }, orderBy: ORDER });
  }

  app.get(
    '/api/teams/:id/requirements',
    {
      preHandler: fastify.requirePermission('requirements.read'),
      schema: {
        tags: ['team-requirements'],
        summary: "A team's whole target profile, with the team's version as ETag",
        params: ZIdParams,
        response: { 200: ZTeamRequirementProfile, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const team = await fastify.db.team.findFirst({
        where: { AND: [await visibleTeamWhere(fastify.db, actor), { id: request.params.id }] },
        select: { id: true, version: true },
      });
      if (!team) throw notFound('Team');
      const rows = await loadProfile(fastify.db, actor.organisationId, team.id);
      setEtag(reply, team.version);
      return { teamId: team.id, version: team.version, requirements: rows.map(teamRequirementDto) };
    },
  );

  app.put(
    '/api/teams/:id/requirements',
    {
      preHandler: fastify.requirePermission('requirements.manage'),
      schema: {
        tags: ['team-requirements'],
        summary:
          "Replace a team's whole target profile in one transaction (If-Match / version: the team's version)",
        params: ZIdParams,
        body: ZTeamRequirementsReplace,
        response: {
          200: ZTeamRequirementProfile,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
          412: ZProblem,
          422: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const teamId = request.params.id;
      const { requirements } = request.body;
      const expected = expectedVersion(request, request.body.version);
      const result = await fastify.db.$transaction(async (tx) => {
        const team = await tx.team.findFirst({
          where: { organisationId: actor.organisationId, id: teamId },
          select: { id: true, version: true },
        });
        if (!team) throw notFound('Team');
        if (expected !== undefined && team.version !== expected) throw preconditionFailed();
        await assertRolesExist(
          tx,
          actor.organisationId,
          requirements,
          (index) => `requirements.${index}.roleDefinitionId`,
        );
        const before = await loadProfile(tx, actor.organisationId, teamId);
        const bumped = await tx.team.updateMany({
          where: { organisationId: actor.organisationId, id: teamId, version: team.version },
          data: { version: { increment: 1 } },
        });
        if (bumped.count !== 1) throw preconditionFailed();
        await tx.teamRequirement.deleteMany({ where: { organisationId: actor.organisationId, teamId } });
        if (requirements.length > 0) {
          await tx.teamRequirement.createMany({
            data: requirements.map((line) => ({
              organisationId: actor.organisationId,
              teamId,
              ...requirementColumns(line),
            })),
          });
        }
        const after = await loadProfile(tx, actor.organisationId, teamId);
        await writeAudit(tx, actor, {
          entity: 'Team',
          entityId: teamId,
          action: 'replace_requirements',
          before: before.map(teamRequirementDto),
          after: after.map(teamRequirementDto),
        });
        return { version: team.version + 1, rows: after };
      });
      setEtag(reply, result.version);
      return { teamId, version: result.version, requirements: result.rows.map(teamRequirementDto) };
    },
  );

  app.get(
    '/api/requirement-templates',
    {
      preHandler: fastify.requirePermission('requirements.read'),
      schema: {
        tags: ['team-requirements'],
        summary: 'Built-in target profiles (unit 3–6, bso, …) with role lines resolved to your role list',
        response: { 200: ZRequirementTemplateList, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const keys = [
        ...new Set(
          REQUIREMENT_TEMPLATES.flatMap((t) =>
            t.lines.flatMap((l) => (l.kind === 'role' ? [l.roleKey] : [])),
          ),
        ),
      ];
      const roles = await fastify.db.roleDefinition.findMany({
        where: { organisationId: actor.organisationId, key: { in: keys } },
        select: { id: true, key: true },
      });
      const idByKey = new Map(roles.map((r) => [r.key, r.id]));
      return {
        items: REQUIREMENT_TEMPLATES.map((template) => {
          const unresolved: string[] = [];
          const requirements: TTeamRequirementLine[] = [];
          for (const line of template.lines) {
            if (line.kind !== 'role') {
              requirements.push({ ...line });
              continue;
            }
            const roleDefinitionId = idByKey.get(line.roleKey);
            if (roleDefinitionId) requirements.push({ kind: 'role', roleDefinitionId, count: line.count });
            else unresolved.push(line.roleKey);
          }
          return {
            id: template.id,
            teamKind: template.teamKind,
            label: { ...template.label },
            description: { ...template.description },
            requirements,
            unresolvedRoleKeys: unresolved,
          };
        }),
      };
    },
  );
}
