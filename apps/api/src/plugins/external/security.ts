import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Helmet headers and CORS limited to the web app's origin (credentials for the refresh cookie). */
export default fp(
  async (fastify: FastifyInstance) => {
    await fastify.register(helmet, {
      // Swagger UI serves inline scripts and styles under /api/docs.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    });
    await fastify.register(cors, {
      origin: [fastify.config.webOrigin],
      credentials: true,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposedHeaders: ['ETag', 'Retry-After'],
    });
  },
  { name: 'security', dependencies: ['config'] },
);
