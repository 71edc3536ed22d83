import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** A generous global limit per client; login adds stricter per-IP and per-e-mail limits. */
export default fp(
  async (fastify: FastifyInstance) => {
    await fastify.register(rateLimit, {
      global: true,
      max: fastify.config.rateLimitMax,
      timeWindow: '1 minute',
      // Let the error handler shape the 429 as problem+json.
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`Rate limit exceeded, retry in ${context.after}`) as Error & {
          statusCode: number;
        };
        error.statusCode = 429;
        return error;
      },
    });
  },
  { name: 'rate-limit', dependencies: ['config'] },
);
