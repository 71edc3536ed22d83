import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type WarmUpResult, warmUpCoverage } from '../../services/coverage-warmup.ts';

export type CoverageWarmUp = {
  /** 'idle': not started (no listen yet, or switched off); readiness waits only while 'warming'. */
  state: 'idle' | 'warming' | 'done';
  result: WarmUpResult | null;
  /** Runs the warm-up (once; later calls return the same run). */
  run: () => Promise<WarmUpResult>;
};

declare module 'fastify' {
  interface FastifyInstance {
    coverageWarmUp: CoverageWarmUp;
  }
}

/**
 * Starts the coverage warm-up (services/coverage-warmup.ts) when the server listens, in the
 * background: the port is open, `/api/health/live` answers, `/api/health/ready` says 503 until the
 * warm-up ends or its deadline passes. Injected test apps never listen, so they never warm up.
 */
export default fp(
  async (fastify: FastifyInstance) => {
    const { organisations, timeoutMs } = fastify.config.coverageWarmUp;
    let running: Promise<WarmUpResult> | undefined;
    const warmUp: CoverageWarmUp = {
      state: 'idle',
      result: null,
      run: () => {
        running ??= (async () => {
          warmUp.state = 'warming';
          // Readiness stops waiting at the deadline even if an organisation is still loading.
          const deadline = setTimeout(() => {
            if (warmUp.state === 'warming') warmUp.state = 'done';
          }, timeoutMs);
          deadline.unref();
          const result = await warmUpCoverage(fastify.db, fastify.systemDb, {
            organisations,
            timeoutMs,
            onError: (err, organisationId) =>
              fastify.log.warn({ err, organisationId }, 'coverage warm-up: left cold'),
          });
          clearTimeout(deadline);
          warmUp.result = result;
          warmUp.state = 'done';
          fastify.log.info(
            {
              warmed: result.warmed.length,
              failed: result.failed.length,
              stopped: result.stopped,
              ms: result.ms,
            },
            'coverage warm-up done',
          );
          return result;
        })();
        return running;
      },
    };
    fastify.decorate('coverageWarmUp', warmUp);
    if (organisations > 0) {
      fastify.addHook('onListen', async () => {
        void warmUp.run();
      });
    }
  },
  { name: 'coverage-warmup', dependencies: ['config', 'prisma'] },
);
