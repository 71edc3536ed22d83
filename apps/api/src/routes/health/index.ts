import { ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const ZReady = z.object({ status: z.literal('ok'), database: z.literal('ok') });

/**
 * Probes for an orchestrator or load balancer. `live`: the process answers (never touches the
 * database, so a database outage does not get the API restarted). `ready`: it can serve, the
 * database answers; while it does not, 503 problem+json with Retry-After (from the error
 * handler). `/api/health` stays what it was, the readiness check.
 */
export default async function healthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ready = async () => {
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
      schema: { ...readySchema, summary: 'Readiness: the database answers (503 while it does not)' },
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
