import {
  ZCertificateType,
  ZCertificateTypeCreate,
  ZCertificateTypeListQuery,
  ZCertificateTypeUpdate,
} from '@teamspiegel/domain/api/certificates';
import type { FastifyInstance } from 'fastify';
import { registerCrud } from '../../lib/crud.ts';
import { assertCertificateTypeUnused, certificateTypeDto } from '../../services/certificates.ts';

/**
 * The organisation's certificate catalogue (issue 14), seeded with the sector's usual entries for
 * a new organisation. Every member reads it; hr adapts it. An entry in use cannot be deleted (409).
 */
export default async function certificateTypeRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'CertificateType',
    basePath: '/api/certificate-types',
    tag: 'certificates',
    delegate: (db) => db.certificateType,
    dto: ZCertificateType,
    toDto: certificateTypeDto,
    orderBy: [{ labelNl: 'asc' }, { id: 'asc' }],
    versioned: true,
    list: {
      permission: 'certificates.read',
      query: ZCertificateTypeListQuery,
      where: (query) => (query.code ? { code: query.code } : {}),
    },
    create: {
      permission: 'certificates.catalogue',
      body: ZCertificateTypeCreate,
      data: (body) => ({
        code: body.code,
        labelNl: body.labelNl,
        labelEn: body.labelEn,
        descriptionNl: body.descriptionNl ?? null,
        descriptionEn: body.descriptionEn ?? null,
        validityMonths: body.validityMonths,
        renewalRequired: body.renewalRequired ?? false,
      }),
    },
    update: {
      permission: 'certificates.catalogue',
      body: ZCertificateTypeUpdate,
      data: (body) => body,
    },
    remove: {
      permission: 'certificates.catalogue',
      summary: 'Delete a certificate type (409 certificate_type_in_use while it is used)',
      guard: (tx, actor, current) => assertCertificateTypeUnused(tx, actor.organisationId, current.id),
    },
  });
}
