import { FIRST_MEMBER_ROLE } from '@teamspiegel/domain/access';
import {
  ZAdminOrganisation,
  ZAdminOrganisationListQuery,
  ZOrganisationCreate,
  ZOrganisationCreated,
} from '@teamspiegel/domain/api/admin';
import { ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../lib/audit.ts';
import { isoDateTime, pageArgs } from '../../lib/http.ts';
import { seedCertificateCatalogue } from '../../services/certificates.ts';
import { catalogueRoleRows } from '../../services/role-catalogue.ts';
import { createInvitation, invitationDto, sendInvitationMail } from '../invitations/service.ts';

type OrganisationRow = {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
  updatedAt: Date;
  _count: { members: number; employees: number; teams: number };
};

const withCounts = { _count: { select: { members: true, employees: true, teams: true } } };

function organisationDto(row: OrganisationRow) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    memberCount: row._count.members,
    employeeCount: row._count.employees,
    teamCount: row._count.teams,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

/** The role catalogue of a new organisation, copied from the domain package (fromCatalogue = true). */
/** Platform administration: organisations (tenants). Only platform administrators. */
export default async function adminRoutes(fastify: FastifyInstance) {
  // Platform administration spans organisations: the owner's client (no row-level security).
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem };

  app.get(
    '/api/admin/organisations',
    {
      preHandler: fastify.requirePermission('organisations.administer'),
      schema: {
        tags: ['admin'],
        summary: 'All organisations with their size (platform administrators only)',
        querystring: ZAdminOrganisationListQuery,
        response: { 200: ZPage(ZAdminOrganisation), ...problems },
      },
    },
    async (request) => {
      const query = request.query;
      const where = query.q
        ? {
            OR: [
              { name: { contains: query.q, mode: 'insensitive' as const } },
              { slug: { contains: query.q, mode: 'insensitive' as const } },
            ],
          }
        : {};
      const [rows, total] = await Promise.all([
        fastify.systemDb.organisation.findMany({
          where,
          include: withCounts,
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
          ...pageArgs(query),
        }),
        fastify.systemDb.organisation.count({ where }),
      ]);
      return { items: rows.map(organisationDto), page: query.page, pageSize: query.pageSize, total };
    },
  );

  app.post(
    '/api/admin/organisations',
    {
      preHandler: fastify.requirePermission('organisations.administer'),
      schema: {
        tags: ['admin'],
        summary: 'Create an organisation, seed its role catalogue and invite its first HR user',
        body: ZOrganisationCreate,
        response: { 201: ZOrganisationCreated, ...problems, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const adminUserId = request.user.sub;
      const result = await fastify.systemDb.$transaction(async (tx) => {
        const organisation = await tx.organisation.create({ data: { name: body.name, slug: body.slug } });
        const actor = { organisationId: organisation.id, userId: adminUserId };
        const roles = await tx.roleDefinition.createMany({ data: catalogueRoleRows(organisation.id) });
        await seedCertificateCatalogue(tx, organisation.id);
        await writeAudit(tx, actor, {
          entity: 'Organisation',
          entityId: organisation.id,
          action: 'create',
          after: { ...organisation, roleDefinitionCount: roles.count },
        });
        const { invitation, token } = await createInvitation(tx, actor, {
          email: body.firstHr.email,
          name: body.firstHr.name,
          role: FIRST_MEMBER_ROLE,
        });
        const row = await tx.organisation.findUniqueOrThrow({
          where: { id: organisation.id },
          include: withCounts,
        });
        return { organisation: row, roleDefinitionCount: roles.count, invitation, token };
      });
      await sendInvitationMail(fastify, {
        email: body.firstHr.email,
        name: body.firstHr.name,
        organisationName: result.organisation.name,
        token: result.token,
      });
      reply.status(201);
      return {
        organisation: organisationDto(result.organisation),
        roleDefinitionCount: result.roleDefinitionCount,
        invitation: invitationDto(result.invitation),
      };
    },
  );
}
