import { ZSite, ZSiteCreate, ZSiteListQuery, ZSiteUpdate } from '@teamspiegel/domain/api/sites';
import type { FastifyInstance } from 'fastify';
import type { Site } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';

export function siteDto(site: Site) {
  return {
    id: site.id,
    name: site.name,
    city: site.city,
    version: site.version,
    createdAt: isoDateTime(site.createdAt),
    updatedAt: isoDateTime(site.updatedAt),
  };
}

/** IKC locations. Every role may read them (names only); HR maintains them. */
export default async function siteRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'Site',
    basePath: '/api/sites',
    tag: 'sites',
    delegate: (db) => db.site,
    dto: ZSite,
    toDto: siteDto,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    versioned: true,
    list: {
      permission: 'sites.read',
      query: ZSiteListQuery,
      where: (query) => (query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
    },
    create: {
      permission: 'sites.manage',
      body: ZSiteCreate,
      data: (body) => ({ name: body.name, city: body.city ?? null }),
    },
    update: { permission: 'sites.manage', body: ZSiteUpdate, data: (body) => body },
    remove: { permission: 'sites.manage' },
  });
}
