import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZRequirementTemplateApply,
  ZRequirementTemplateApplyResult,
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
import { z } from 'zod';
import type { TeamRequirement } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { registerCrud } from '../../lib/crud.ts';
import { expectedVersion, isoDateTime, setEtag } from '../../lib/http.ts';
import { notFound, preconditionFailed, unprocessable } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { visibleTeamWhere } from '../../services/access.ts';
import {
  replaceProfiles,
  requirementColumns,
  resolveTemplate,
  resolveTemplates,
} from '../../services/requirement-templates.ts';

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
    certificateTypeId: row.certificateTypeId,
    count: row.count,
    note: row.note,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/** 422 unless every role line names a role definition, and every certificate line a type, of this organisation. */
async function assertRolesExist(
  db: Db | Tx,
  organisationId: string,
  lines: TTeamRequirementLine[],
  pathOf: (index: number) => string = () => 'roleDefinitionId',
) {
  await assertCertificateTypesExist(db, organisationId, lines, pathOf);
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

async function assertCertificateTypesExist(
  db: Db | Tx,
  organisationId: string,
  lines: TTeamRequirementLine[],
  pathOf: (index: number) => string,
) {
  const ids = [...new Set(lines.flatMap((l) => (l.kind === 'certificate' ? [l.certificateTypeId] : [])))];
  if (ids.length === 0) return;
  const found = await db.certificateType.findMany({
    where: { organisationId, id: { in: ids } },
    select: { id: true },
  });
  if (found.length === ids.length) return;
  const known = new Set(found.map((r) => r.id));
  const errors = lines.flatMap((line, index) =>
    line.kind === 'certificate' && !known.has(line.certificateTypeId)
      ? [
          {
            path: pathOf(index).replace(/roleDefinitionId$/, 'certificateTypeId'),
            message: 'Unknown certificate type',
          },
        ]
      : [],
  );
  throw unprocessable('invalid_reference', 'A certificate type does not exist in your organisation.', errors);
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
    async (request) => ({ items: await resolveTemplates(fastify.db, actorOf(request).organisationId) }),
  );

  app.post(
    '/api/requirement-templates/:templateId/apply',
    {
      preHandler: fastify.requirePermission('requirements.manage'),
      schema: {
        tags: ['team-requirements'],
        summary:
          'Replace the target profile of the named teams, or of every current team of a kind or a site, with a template (all or nothing; returns how many teams changed)',
        params: z.object({ templateId: z.string().min(1).max(100) }),
        body: ZRequirementTemplateApply,
        response: {
          200: ZRequirementTemplateApplyResult,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
          422: ZProblem,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const organisationId = actor.organisationId;
      const body = request.body;
      return fastify.db.$transaction(async (tx) => {
        const template = await resolveTemplate(tx, organisationId, request.params.templateId);
        const where = body.teamIds
          ? { organisationId, id: { in: body.teamIds } }
          : {
              organisationId,
              archivedAt: null,
              ...(body.kind ? { kind: body.kind } : { siteId: body.siteId }),
            };
        const teams = await tx.team.findMany({
          where,
          select: { id: true, archivedAt: true },
          orderBy: { id: 'asc' },
        });
        if (body.teamIds) {
          const found = new Map(teams.map((t) => [t.id, t]));
          const errors = body.teamIds.flatMap((id, index) => {
            const team = found.get(id);
            if (!team)
              return [{ path: `teamIds.${index}`, message: 'Unknown team', code: 'invalid_reference' }];
            if (team.archivedAt)
              return [{ path: `teamIds.${index}`, message: 'The team is archived', code: 'team_archived' }];
            return [];
          });
          if (errors.length > 0) {
            throw unprocessable('invalid_reference', 'A team does not exist in your organisation.', errors);
          }
        }
        if (
          body.siteId &&
          !(await tx.site.findFirst({ where: { organisationId, id: body.siteId }, select: { id: true } }))
        ) {
          throw unprocessable('invalid_reference', 'The site does not exist in your organisation.', [
            { path: 'siteId', message: 'Unknown site', code: 'invalid_reference' },
          ]);
        }
        const ids = teams.map((t) => t.id);
        // Lock the teams, so a concurrent edit of one of their profiles waits for this one.
        if (ids.length > 0) {
          await tx.$queryRawUnsafe(
            'SELECT id FROM "Team" WHERE "organisationId" = $1::uuid AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE',
            organisationId,
            ids,
          );
        }
        const changed = await replaceProfiles(tx, actor, ids, template.requirements, 'apply_template');
        return {
          templateId: template.id,
          matched: ids.length,
          changed: changed.length,
          changedTeamIds: changed,
          unresolvedRoleKeys: template.unresolvedRoleKeys,
        };
      });
    },
  );
}
