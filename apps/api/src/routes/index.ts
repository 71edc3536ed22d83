import type { FastifyInstance } from 'fastify';
import authRoutes from './auth/index.ts';
import coverageRoutes from './coverage/index.ts';
import healthRoutes from './health/index.ts';
import siteRoutes from './sites/index.ts';

/** Every route folder, registered in this order by app.ts. */
export const routes: Array<(fastify: FastifyInstance) => Promise<void>> = [
  healthRoutes,
  authRoutes,
  siteRoutes,
  coverageRoutes,
];
