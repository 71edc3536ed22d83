import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import { ZExemption, ZExemptionCreate, ZExemptionListQuery } from '@teamspiegel/domain/api/exemptions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pageArgs } from '../../lib/http.ts';
import { notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { todayIso } from '../../services/certificates.ts';
import {
  createExemption,
  endExemption,
  exemptionDto,
  exemptionInclude,
  exemptionScopeWhere,
} from '../../services/exemptions.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Exemptions from team and site requirements (issue 14, docs/coverage-rules.md rules 17 and 18):
 * board and hr read them all, a manager those of the teams she leads and of their sites; hr records
 * and ends them, every write audited.
 */
export default async function exemptionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/exemptions',
    {
      preHandler: fastify.requirePermission('exemptions.read'),
      schema: {
        tags: ['exemptions'],
        summary:
          'Exemptions from team and site requirements, newest first, with their status today (paginated)',
        querystring: ZExemptionListQuery,
        response: { 200: ZPage(ZExemption), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { teamId, requirementId, siteId, siteRequirementId, employeeId, state, page, pageSize } =
        request.query;
      const today = new Date(`${todayIso()}T00:00:00Z`);
      const where = {
        organisationId: actor.organisationId,
        AND: [
          await exemptionScopeWhere(fastify.db, actor),
          teamId ? { teamId } : {},
          requirementId ? { requirementId } : {},
          siteId ? { siteId } : {},
          siteRequirementId ? { siteRequirementId } : {},
          employeeId ? { employeeId } : {},
          state === 'current' ? { endedAt: null, endsOn: { gte: today } } : {},
        ],
      };
      const [rows, total] = await Promise.all([
        fastify.db.requirementExemption.findMany({
          where,
          include: exemptionInclude,
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          ...pageArgs({ page, pageSize }),
        }),
        fastify.db.requirementExemption.count({ where }),
      ]);
      const day = todayIso();
      return { items: rows.map((row) => exemptionDto(row, day)), page, pageSize, total };
    },
  );

  app.get(
    '/api/exemptions/:id',
    {
      preHandler: fastify.requirePermission('exemptions.read'),
      schema: {
        tags: ['exemptions'],
        summary: 'One exemption, with its status today',
        params: ZIdParams,
        response: { 200: ZExemption, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await fastify.db.requirementExemption.findFirst({
        where: {
          organisationId: actor.organisationId,
          id: request.params.id,
          ...(await exemptionScopeWhere(fastify.db, actor)),
        },
        include: exemptionInclude,
      });
      if (!row) throw notFound('RequirementExemption');
      return exemptionDto(row);
    },
  );

  app.post(
    '/api/exemptions',
    {
      preHandler: fastify.requirePermission('exemptions.manage'),
      schema: {
        tags: ['exemptions'],
        summary:
          'Exempt a team from a requirement or a site from its certificate requirement, or a person from a certificate requirement, until an end date (approved by you)',
        body: ZExemptionCreate,
        response: { 201: ZExemption, ...problems, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await fastify.db.$transaction((tx) => createExemption(tx, actor, request.body));
      reply.status(201);
      return exemptionDto(row);
    },
  );

  app.post(
    '/api/exemptions/:id/end',
    {
      preHandler: fastify.requirePermission('exemptions.manage'),
      schema: {
        tags: ['exemptions'],
        summary: 'End an exemption now: the requirement counts again (the exemption stays as history)',
        params: ZIdParams,
        response: { 200: ZExemption, ...problems, 409: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await fastify.db.$transaction((tx) => endExemption(tx, actor, request.params.id));
      return exemptionDto(row);
    },
  );
}
