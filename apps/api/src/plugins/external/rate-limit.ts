import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../../lib/problem.ts';
import type { AccessTokenClaims } from './jwt.ts';
import { databaseRateLimitStore, rateLimitPool } from './rate-limit-store.ts';

/** A counter of attempts per subject (an account, an address) that only counts what it is told to. */
export type AttemptLimit = {
  /** 429 problem+json when `subject` has used up its attempts in the window; counts nothing. */
  assertAllowed: (request: FastifyRequest, reply: FastifyReply, subject: string) => Promise<void>;
  /** Counts one attempt (e.g. a failed sign-in) of `subject`. */
  record: (request: FastifyRequest, subject: string) => Promise<void>;
};

type LimitOptions = { name: string; max: number; timeWindowMs: number };

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * A preHandler that counts every call of a route per client address, on top of the global
     * limit. (A route's own `fastify.rateLimit()` never counts: the global hook already ran.)
     */
    routeRateLimit: (options: LimitOptions) => preHandlerAsyncHookHandler;
    attemptLimit: (options: LimitOptions) => AttemptLimit;
  }
}

/** The client's address as Fastify derived it (X-Forwarded-For only from trusted proxies), per /64 for IPv6. */
export function clientAddress(request: FastifyRequest): string {
  return normalizeIP(request.ip);
}

function tooManyRequests(reply: FastifyReply, retryAfterSeconds: number, detail: string) {
  reply.header('retry-after', String(retryAfterSeconds));
  return new ProblemError(429, 'rate_limited', 'Too many requests', detail);
}

/**
 * The global limit counts per signed-in user (a valid access token's subject), and per client
 * address for anonymous calls, so the people behind one address (a school, the web server) do not
 * share one bucket. Routes add their own counters with `routeRateLimit` and `attemptLimit`.
 */
export default fp(
  async (
    fastify: FastifyInstance,
    opts: { embeddedDatabase?: boolean | undefined; databaseUrl?: string | undefined },
  ) => {
    // Shared by every API process through the database, unless the one embedded process counts alone.
    const storeKind = fastify.config.rateLimitStore ?? (opts.embeddedDatabase ? 'memory' : 'database');
    let store: ReturnType<typeof databaseRateLimitStore> | undefined;
    if (storeKind === 'database') {
      if (!opts.databaseUrl) throw new Error('The database rate-limit store needs the database URL.');
      const pool = rateLimitPool(opts.databaseUrl);
      fastify.addHook('onClose', async () => {
        await pool.end();
      });
      store = databaseRateLimitStore(pool);
    }
    function callerKey(request: FastifyRequest): string {
      const header = request.headers.authorization;
      if (header?.startsWith('Bearer ')) {
        try {
          const claims = fastify.jwt.verify<AccessTokenClaims>(header.slice('Bearer '.length));
          if (claims.sub) return `user:${claims.sub}`;
        } catch {
          // Invalid or expired: counted by address; the route answers 401 itself.
        }
      }
      return `address:${clientAddress(request)}`;
    }

    await fastify.register(rateLimit, {
      global: true,
      max: fastify.config.rateLimitMax,
      timeWindow: '1 minute',
      keyGenerator: callerKey,
      ...(store ? { store } : {}),
      // Let the error handler shape the 429 as problem+json.
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`Rate limit exceeded, retry in ${context.after}`) as Error & {
          statusCode: number;
        };
        error.statusCode = 429;
        return error;
      },
    });

    /** createRateLimit, unlike rateLimit(), counts even after the global hook ran for the request. */
    function counter(options: LimitOptions) {
      const subjects = new WeakMap<FastifyRequest, string>();
      const limiter = fastify.createRateLimit({
        max: options.max,
        timeWindow: options.timeWindowMs,
        keyGenerator: (request) => `${options.name}:${subjects.get(request) ?? ''}`,
      });
      return async (request: FastifyRequest, subject: string, increment: boolean) => {
        subjects.set(request, subject);
        return limiter(request, { increment });
      };
    }

    fastify.decorate('routeRateLimit', (options: LimitOptions) => {
      const count = counter(options);
      return async (request: FastifyRequest, reply: FastifyReply) => {
        const result = await count(request, clientAddress(request), true);
        if (!result.isAllowed && result.isExceeded)
          throw tooManyRequests(
            reply,
            result.ttlInSeconds,
            'Too many requests from this address; try again later.',
          );
      };
    });

    fastify.decorate('attemptLimit', (options: LimitOptions): AttemptLimit => {
      const count = counter(options);
      return {
        async assertAllowed(request, reply, subject) {
          const result = await count(request, subject, false);
          if (!result.isAllowed && result.remaining <= 0)
            throw tooManyRequests(reply, result.ttlInSeconds, 'Too many failed attempts; try again later.');
        },
        async record(request, subject) {
          await count(request, subject, true);
        },
      };
    });
  },
  { name: 'rate-limit', dependencies: ['config', 'jwt'] },
);
