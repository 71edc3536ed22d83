import { ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZOrganisationSettings,
  ZOrganisationSettingsUpdate,
  ZReassessmentList,
  ZReassessmentListQuery,
} from '@teamspiegel/domain/api/reassessments';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../lib/audit.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { dueReassessments, reassessmentMonthsOf } from '../../services/reassessments.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * The reassessment cycle (issue 14, docs/coverage-rules.md rule 16): the organisation's setting
 * (every member reads it, hr changes it, audited) and the levels due for reassessment in the
 * validation queue of whoever validates levels (hr: everyone, a manager: her teams).
 */
export default async function reassessmentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/organisation/settings',
    {
      preHandler: fastify.requirePermission('settings.read'),
      schema: {
        tags: ['settings'],
        summary: "The organisation's settings: how many months a validated level stays current",
        response: { 200: ZOrganisationSettings, ...problems },
      },
    },
    async (request) => ({
      reassessmentMonths: await reassessmentMonthsOf(fastify.db, actorOf(request).organisationId),
    }),
  );

  app.patch(
    '/api/organisation/settings',
    {
      preHandler: fastify.requirePermission('settings.manage'),
      schema: {
        tags: ['settings'],
        summary: 'Set how many months a validated level stays current (null: levels never expire)',
        body: ZOrganisationSettingsUpdate,
        response: { 200: ZOrganisationSettings, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { reassessmentMonths } = request.body;
      return fastify.db.$transaction(async (tx) => {
        const before = await tx.organisation.findUniqueOrThrow({
          where: { id: actor.organisationId },
          select: { reassessmentMonths: true },
        });
        const after = await tx.organisation.update({
          where: { id: actor.organisationId },
          data: { reassessmentMonths },
          select: { reassessmentMonths: true },
        });
        await writeAudit(tx, actor, {
          entity: 'Organisation',
          entityId: actor.organisationId,
          action: 'settings',
          before,
          after,
        });
        return after;
      });
    },
  );

  app.get(
    '/api/reassessments',
    {
      preHandler: fastify.requirePermission('levels.validate'),
      schema: {
        tags: ['levels'],
        summary:
          'Validated levels due (within 60 days) or overdue for reassessment, of the people you validate for (paginated)',
        querystring: ZReassessmentListQuery,
        response: { 200: ZReassessmentList, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { status, teamId, page, pageSize } = request.query;
      const reassessmentMonths = await reassessmentMonthsOf(fastify.db, actor.organisationId);
      const all =
        reassessmentMonths === null
          ? []
          : await dueReassessments(fastify.db, actor, reassessmentMonths, { status, teamId });
      const items = all.slice((page - 1) * pageSize, page * pageSize);
      return { items, page, pageSize, total: all.length, reassessmentMonths };
    },
  );
}
