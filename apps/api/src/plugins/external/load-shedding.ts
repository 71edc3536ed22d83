import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { problemType } from '../../lib/problem.ts';
import { sendProblem } from '../app/error-handler.ts';

const RETRY_AFTER_SECONDS = 5;

/**
 * Load shedding: while the event loop lags or is saturated (or the heap is over its limit), every
 * request is answered at once with 503 + Retry-After instead of queueing until clients time out.
 * GET /metrics is exempt, so overload stays observable.
 */
export default fp(
  async (fastify: FastifyInstance) => {
    const limits = fastify.config.loadShedding;
    await fastify.register(underPressure, {
      maxEventLoopDelay: limits.maxEventLoopDelayMs,
      maxEventLoopUtilization: limits.maxEventLoopUtilization,
      maxHeapUsedBytes: limits.maxHeapUsedBytes,
      retryAfter: RETRY_AFTER_SECONDS,
      pressureHandler: (request, reply, type) => {
        if (request.routeOptions.url === '/metrics') return;
        request.log.warn({ pressure: type }, 'shedding load');
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        sendProblem(reply, {
          type: problemType('overloaded'),
          title: 'Service unavailable',
          status: 503,
          code: 'overloaded',
          detail: 'The server is busy; try again in a few seconds.',
          instance: request.url,
        });
      },
    });
  },
  { name: 'load-shedding', dependencies: ['config', 'error-handler'] },
);
