import { ZProblem } from '@teamspiegel/domain/api/common';
import { ZIkkCoachHours, ZIkkCoachHoursQuery } from '@teamspiegel/domain/api/compliance';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../plugins/app/auth.ts';
import { ikkCoachHours } from '../../services/ikk-coach-hours.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem };

/** Sector rules computed from the organisation's data (issue 14): Wet IKK coach hours. */
export default async function complianceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/compliance/ikk-coach-hours',
    {
      preHandler: fastify.requirePermission('coverage.report'),
      schema: {
        tags: ['compliance'],
        summary:
          'Wet IKK: the coach hours a year required (50 h per kindercentrum + 10 h per FTE of pedagogisch medewerkers, on the peildatum) against those assigned, for the organisation and per site',
        querystring: ZIkkCoachHoursQuery,
        response: { 200: ZIkkCoachHours, ...problems },
      },
    },
    async (request) => ikkCoachHours(fastify.db, actorOf(request), request.query.on),
  );
}
