import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { clientAddress } from '../external/rate-limit.ts';

/**
 * Password guessing is limited by failed attempts only, per account and per client address:
 * successful sign-ins never count, one account under attack is blocked without locking out
 * anyone else, and the many people behind one school's address share a larger allowance.
 * Login and accepting an invitation for an existing account (which checks its password) share it.
 */
export type SignInAttempts = {
  /** 429 problem+json while the account or the address has used up its failed attempts. */
  assertAllowed: (request: FastifyRequest, reply: FastifyReply, email: string) => Promise<void>;
  recordFailure: (request: FastifyRequest, email: string) => Promise<void>;
};

declare module 'fastify' {
  interface FastifyInstance {
    signInAttempts: SignInAttempts;
  }
}

const WINDOW_MS = 15 * 60_000;

export default fp(
  async (fastify: FastifyInstance) => {
    const perAccount = fastify.attemptLimit({
      name: 'sign-in-account',
      max: fastify.config.loginRateLimitMax,
      timeWindowMs: WINDOW_MS,
    });
    const perAddress = fastify.attemptLimit({
      name: 'sign-in-address',
      max: fastify.config.loginAddressRateLimitMax,
      timeWindowMs: WINDOW_MS,
    });
    const account = (email: string) => email.trim().toLowerCase();
    fastify.decorate('signInAttempts', {
      async assertAllowed(request, reply, email) {
        await perAccount.assertAllowed(request, reply, account(email));
        await perAddress.assertAllowed(request, reply, clientAddress(request));
      },
      async recordFailure(request, email) {
        await perAccount.record(request, account(email));
        await perAddress.record(request, clientAddress(request));
      },
    } satisfies SignInAttempts);
  },
  { name: 'sign-in-attempts', dependencies: ['config', 'rate-limit'] },
);
