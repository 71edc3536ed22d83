import { ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemType } from '../../lib/problem.ts';
import { sendProblem } from '../../plugins/app/error-handler.ts';

const ZReady = z.object({ status: z.literal('ok'), database: z.literal('ok') });

/**
 * Probes for an orchestrator or load balancer. `live`: the process answers (never touches the
 * database, so a database outage does not get the API restarted). `ready`: it can serve, the
 * database answers and the coverage warm-up at start has ended (plugins/app/coverage-warmup.ts);
 * while either does not, 503 problem+json with Retry-After. `/api/health` stays what it was, the
 * readiness check.
 */
export default async function healthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ready = async (request: FastifyRequest, reply: FastifyReply) => {
    if (fastify.coverageWarmUp.state === 'warming') {
      // Not yet in rotation: a load balancer sends this process no traffic until its caches are
      // warm. Sent, not thrown: an expected answer to every probe, not a failure to log.
      reply.header('retry-after', '1');
      return sendProblem(reply, {
        type: problemType('warming_up'),
        title: 'Service unavailable',
        status: 503,
        code: 'warming_up',
        detail: 'The API is loading the coverage of recently active organisations; try again shortly.',
        instance: request.url,
      });
    }
    await fastify.db.$queryRaw`SELECT 1`;
    return { status: 'ok' as const, database: 'ok' as const };
  };
  const readySchema = {
    tags: ['health'],
    security: [],
    response: { 200: ZReady, 503: ZProblem },
  };

  app.get(
    '/api/health/live',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers (the database is not consulted)',
        security: [],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/health/ready',
    {
      config: { rateLimit: false },
      schema: {
        ...readySchema,
        summary: 'Readiness: the database answers and the warm-up at start has ended (503 until then)',
      },
    },
    ready,
  );
  app.get(
    '/api/health',
    {
      config: { rateLimit: false },
      schema: { ...readySchema, summary: 'Readiness, as /api/health/ready (kept for existing probes)' },
    },
    ready,
  );
}
