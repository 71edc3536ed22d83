import {
  ZSiteRequirement,
  ZSiteRequirementCreate,
  ZSiteRequirementListQuery,
  ZSiteRequirementUpdate,
} from '@teamspiegel/domain/api/site-requirements';
import type { FastifyInstance } from 'fastify';
import type { SiteRequirement } from '../../generated/prisma/client.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';
import { unprocessable } from '../../lib/problem.ts';
import type { Db, Tx } from '../../plugins/app/prisma.ts';

export function siteRequirementDto(row: SiteRequirement) {
  return {
    id: row.id,
    siteId: row.siteId,
    certificateTypeId: row.certificateTypeId,
    count: row.count,
    note: row.note,
    version: row.version,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/** 422 unless the site is a current one of this organisation (an archived site has nobody to count). */
async function assertCurrentSite(db: Db | Tx, organisationId: string, siteId: string) {
  const site = await db.site.findFirst({
    where: { organisationId, id: siteId, archivedAt: null },
    select: { id: true },
  });
  if (!site) {
    throw unprocessable('invalid_reference', 'The site does not exist in your organisation.', [
      { path: 'siteId', message: 'Unknown or archived site' },
    ]);
  }
}

/** 422 unless the certificate type is in this organisation's catalogue. */
async function assertCertificateType(db: Db | Tx, organisationId: string, certificateTypeId: string) {
  const type = await db.certificateType.findFirst({
    where: { organisationId, id: certificateTypeId },
    select: { id: true },
  });
  if (!type) {
    throw unprocessable('invalid_reference', 'A certificate type does not exist in your organisation.', [
      { path: 'certificateTypeId', message: 'Unknown certificate type' },
    ]);
  }
}

/**
 * Certificate requirements of whole sites (docs/coverage-rules.md, rule 18): "≥ 3 holders of
 * kinder-EHBO at Locatie Zonnebloem". Board, hr and managers read them; hr maintains them. Their
 * writes enter the coverage change log by trigger (scope 'site'), so cached figures stay exact.
 */
export default async function siteRequirementRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'SiteRequirement',
    basePath: '/api/site-requirements',
    tag: 'site-requirements',
    delegate: (db) => db.siteRequirement,
    dto: ZSiteRequirement,
    toDto: siteRequirementDto,
    orderBy: [{ siteId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    versioned: true,
    list: {
      permission: 'sites.requirements.read',
      query: ZSiteRequirementListQuery,
      where: (query) => (query.siteId ? { siteId: query.siteId } : {}),
    },
    create: {
      permission: 'sites.requirements.manage',
      body: ZSiteRequirementCreate,
      authorize: async (body, actor, db) => {
        await assertCurrentSite(db, actor.organisationId, body.siteId);
        await assertCertificateType(db, actor.organisationId, body.certificateTypeId);
      },
      data: (body) => ({
        siteId: body.siteId,
        certificateTypeId: body.certificateTypeId,
        count: body.count,
        note: body.note ?? null,
      }),
    },
    update: {
      permission: 'sites.requirements.manage',
      body: ZSiteRequirementUpdate,
      data: async (body, actor, tx) => {
        if (body.certificateTypeId !== undefined) {
          await assertCertificateType(tx, actor.organisationId, body.certificateTypeId);
        }
        return {
          ...(body.certificateTypeId !== undefined ? { certificateTypeId: body.certificateTypeId } : {}),
          ...(body.count !== undefined ? { count: body.count } : {}),
          ...(body.note !== undefined ? { note: body.note } : {}),
        };
      },
    },
    remove: { permission: 'sites.requirements.manage' },
  });
}
