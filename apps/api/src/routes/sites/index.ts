import { ZSite, ZSiteCreate, ZSiteListQuery, ZSiteUpdate } from '@teamspiegel/domain/api/sites';
import type { FastifyInstance } from 'fastify';
import type { Prisma } from '../../generated/prisma/client.ts';
import { registerArchiveRoutes } from '../../lib/archive.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';
import { conflict } from '../../lib/problem.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere } from '../../services/access.ts';
import { archiveStatusWhere, assertNameFree } from '../../services/structure.ts';

/** Current teams and who is in them today, loaded with the sites of the page (no query per site). */
function siteInclude() {
  return {
    teams: {
      where: { archivedAt: null },
      select: { memberships: { where: activeMembershipWhere(), select: { employeeId: true } } },
    },
  } satisfies Prisma.SiteInclude;
}

type SiteRow = Prisma.SiteGetPayload<{ include: ReturnType<typeof siteInclude> }>;

export function siteDto(site: SiteRow) {
  const people = new Set(site.teams.flatMap((team) => team.memberships.map((m) => m.employeeId)));
  return {
    id: site.id,
    name: site.name,
    city: site.city,
    archivedAt: isoDateTime(site.archivedAt),
    teamCount: site.teams.length,
    peopleCount: people.size,
    version: site.version,
    createdAt: isoDateTime(site.createdAt),
    updatedAt: isoDateTime(site.updatedAt),
  };
}

const siteNameTaken = (db: Db | Tx, organisationId: string, name: string, exceptId?: string) =>
  db.site.findFirst({
    where: {
      organisationId,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { id: true },
  });

/**
 * IKC locations. Every role may read them (names, head counts); HR maintains them. A site is
 * archived, not deleted, once it had teams: archiving waits until its teams are archived or moved.
 * Names are unique per organisation, so a second click on "create" cannot add a second site (409).
 */
export default async function siteRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'Site',
    basePath: '/api/sites',
    tag: 'sites',
    delegate: (db) => db.site,
    dto: ZSite,
    toDto: siteDto,
    // A getter: "current member" is relative to today, so the include is built per request.
    get include() {
      return siteInclude();
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    versioned: true,
    list: {
      permission: 'sites.read',
      query: ZSiteListQuery,
      where: (query) => ({
        ...archiveStatusWhere(query.status),
        ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
      }),
    },
    create: {
      permission: 'sites.manage',
      body: ZSiteCreate,
      data: async (body, actor, tx) => {
        await assertNameFree(await siteNameTaken(tx, actor.organisationId, body.name));
        return { name: body.name, city: body.city ?? null };
      },
    },
    update: {
      permission: 'sites.manage',
      body: ZSiteUpdate,
      data: async (body, actor, tx, current) => {
        if (body.name !== undefined) {
          await assertNameFree(await siteNameTaken(tx, actor.organisationId, body.name, current.id));
        }
        return {
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.city !== undefined ? { city: body.city } : {}),
        };
      },
    },
    remove: {
      permission: 'sites.manage',
      summary: 'Delete a site that never had teams (otherwise archive it)',
      guard: async (tx, _actor, current) => {
        const teams = await tx.team.count({
          where: { organisationId: current.organisationId, siteId: current.id },
        });
        if (teams > 0) throw conflict('site_in_use', 'The site has (or had) teams; archive it instead.');
      },
      auditBefore: ({ teams: _teams, ...columns }) => columns,
    },
  });

  registerArchiveRoutes(fastify, {
    entity: 'Site',
    basePath: '/api/sites',
    tag: 'sites',
    permission: 'sites.manage',
    delegate: (tx) => tx.site,
    include: siteInclude,
    dto: ZSite,
    toDto: siteDto,
    guard: async (tx, actor, current, archive) => {
      if (!archive) return;
      const teams = await tx.team.count({
        where: { organisationId: actor.organisationId, siteId: current.id, archivedAt: null },
      });
      if (teams > 0) {
        throw conflict(
          'site_has_teams',
          `The site still has ${teams} current team(s); archive or move them first.`,
        );
      }
    },
  });
}
