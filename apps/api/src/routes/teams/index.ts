import { ZProblem } from '@teamspiegel/domain/api/common';
import { ZTeam, ZTeamCreateWithTemplate, ZTeamListQuery, ZTeamUpdate } from '@teamspiegel/domain/api/teams';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { registerArchiveRoutes } from '../../lib/archive.ts';
import { writeAudit } from '../../lib/audit.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime, setEtag } from '../../lib/http.ts';
import { conflict } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere } from '../../services/access.ts';
import { replaceProfiles, resolveTemplate } from '../../services/requirement-templates.ts';
import { archiveStatusWhere, assertNameFree, assertSiteOpen } from '../../services/structure.ts';

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
    archivedAt: isoDateTime(team.archivedAt),
    version: team.version,
    createdAt: isoDateTime(team.createdAt),
    updatedAt: isoDateTime(team.updatedAt),
  };
}

const teamNameTaken = (
  db: Db | Tx,
  organisationId: string,
  siteId: string,
  name: string,
  exceptId?: string,
) =>
  db.team.findFirst({
    where: {
      organisationId,
      siteId,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { id: true },
  });

/**
 * Teams. Every role may list and read them (names, site, head count); HR maintains them.
 * Deleting a team that has or had members, roles or development actions is refused (409):
 * the history would go with it; such a team is archived instead (POST /api/teams/:id/archive).
 * Names are unique per site, so a second click on "create" cannot add a second team (409).
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
        ...archiveStatusWhere(query.status),
        ...(query.siteId ? { siteId: query.siteId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
      }),
    },
    update: {
      permission: 'teams.manage',
      body: ZTeamUpdate,
      data: async (body, actor, tx, current) => {
        const siteId = body.siteId ?? current.siteId;
        if (body.siteId !== undefined && body.siteId !== current.siteId) {
          await assertSiteOpen(tx, actor.organisationId, body.siteId);
        }
        if (body.name !== undefined || siteId !== current.siteId) {
          const name = body.name ?? current.name;
          await assertNameFree(await teamNameTaken(tx, actor.organisationId, siteId, name, current.id));
        }
        return {
          ...(body.siteId !== undefined ? { siteId: body.siteId } : {}),
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.kind !== undefined ? { kind: body.kind } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
        };
      },
    },
    remove: {
      permission: 'teams.manage',
      summary: 'Delete a team that never had members, roles or development actions',
      guard: async (tx, actor, current) => {
        const { _count: uses } = await tx.team.findUniqueOrThrow({
          where: tenantKey(actor.organisationId, current.id),
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

  registerArchiveRoutes(fastify, {
    entity: 'Team',
    basePath: '/api/teams',
    tag: 'teams',
    permission: 'teams.manage',
    delegate: (tx) => tx.team,
    include: teamInclude,
    dto: ZTeam,
    toDto: teamDto,
    guard: async (tx, actor, current, archive) => {
      if (!archive) await assertSiteOpen(tx, actor.organisationId, current.siteId);
    },
  });

  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/teams',
    {
      preHandler: fastify.requirePermission('teams.manage'),
      schema: {
        tags: ['teams'],
        summary:
          'Create a Team in a current site, optionally with a requirement template as its target profile',
        body: ZTeamCreateWithTemplate,
        response: {
          201: ZTeam,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
          409: ZProblem,
          422: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const organisationId = actor.organisationId;
      const body = request.body;
      const team = await fastify.db.$transaction(async (tx) => {
        await assertSiteOpen(tx, organisationId, body.siteId);
        await assertNameFree(await teamNameTaken(tx, organisationId, body.siteId, body.name));
        const template = body.templateId ? await resolveTemplate(tx, organisationId, body.templateId) : null;
        const created = await tx.team.create({
          data: {
            organisationId,
            siteId: body.siteId,
            name: body.name,
            kind: body.kind ?? (template?.teamKind as Prisma.TeamCreateInput['kind']) ?? 'overig',
            description: body.description ?? null,
          },
        });
        await writeAudit(tx, actor, {
          entity: 'Team',
          entityId: created.id,
          action: 'create',
          after: created,
        });
        if (template) await replaceProfiles(tx, actor, [created.id], template.requirements, 'apply_template');
        return tx.team.findUniqueOrThrow({
          where: tenantKey(organisationId, created.id),
          include: teamInclude(),
        });
      });
      reply.status(201);
      setEtag(reply, team.version);
      return teamDto(team);
    },
  );
}
