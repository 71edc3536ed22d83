import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config/env.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export default fp(
  async (fastify: FastifyInstance, opts: { config: Config }) => {
    fastify.decorate('config', opts.config);
  },
  { name: 'config' },
);
