import { ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZCompetencyRating,
  ZCompetencyRatingListQuery,
  ZCompetencyRatingUpsert,
} from '@teamspiegel/domain/api/competency-ratings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CompetencyRating } from '../../generated/prisma/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { registerCrud } from '../../lib/crud.ts';
import { isoDateTime } from '../../lib/http.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { visibleEmployeeWhere } from '../../services/access.ts';
import { assertMayWriteFor, assertMayWriteForReferenced } from '../../services/people-writes.ts';

export function competencyRatingDto(row: CompetencyRating) {
  return {
    id: row.id,
    employeeId: row.employeeId,
    competency: row.competency,
    score: row.score,
    ratedByUserId: row.ratedByUserId,
    createdAt: isoDateTime(row.createdAt),
    updatedAt: isoDateTime(row.updatedAt),
  };
}

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Scores 1..5 on the eight team competencies, one per person and competency. Board reads all,
 * a manager their team members, an employee their own; hr and managers (their team members)
 * write. Writing is an upsert (POST), so clients need not know whether a rating exists.
 */
export default async function competencyRatingRoutes(fastify: FastifyInstance) {
  registerCrud(fastify, {
    entity: 'CompetencyRating',
    basePath: '/api/competency-ratings',
    tag: 'competency-ratings',
    delegate: (db) => db.competencyRating,
    dto: ZCompetencyRating,
    toDto: competencyRatingDto,
    orderBy: [{ employeeId: 'asc' }, { competency: 'asc' }, { id: 'asc' }],
    versioned: false,
    scope: async (actor, db) => ({ employee: await visibleEmployeeWhere(db, actor) }),
    list: {
      permission: 'people.read.personal',
      query: ZCompetencyRatingListQuery,
      where: (query) => ({
        ...(query.employeeId ? { employeeId: query.employeeId } : {}),
        ...(query.competency ? { competency: query.competency } : {}),
      }),
    },
    // hr for anyone; a manager only for members of the teams they lead.
    remove: {
      permission: 'ratings.manage',
      summary: 'Delete a competency rating',
      guard: (tx, actor, current) => assertMayWriteFor(tx, actor, current.employeeId, 'ratings.manage'),
    },
  });

  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/competency-ratings',
    {
      preHandler: fastify.requirePermission('ratings.manage'),
      schema: {
        tags: ['competency-ratings'],
        summary: 'Set the score of one competency for one person (201 created, 200 replaced)',
        body: ZCompetencyRatingUpsert,
        response: { 200: ZCompetencyRating, 201: ZCompetencyRating, ...problems, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { employeeId, competency, score } = request.body;
      await assertMayWriteForReferenced(fastify.db, actor, employeeId, 'ratings.manage');
      const { row, created } = await fastify.db.$transaction(async (tx) => {
        const key = { organisationId: actor.organisationId, employeeId, competency };
        const before = await tx.competencyRating.findFirst({ where: key });
        const row = await tx.competencyRating.upsert({
          where: { organisationId_employeeId_competency: key },
          create: { ...key, score, ratedByUserId: actor.userId },
          update: { score, ratedByUserId: actor.userId },
        });
        await writeAudit(tx, actor, {
          entity: 'CompetencyRating',
          entityId: row.id,
          action: before ? 'update' : 'create',
          before: before ?? undefined,
          after: row,
        });
        return { row, created: before === null };
      });
      reply.status(created ? 201 : 200);
      return competencyRatingDto(row);
    },
  );
}
