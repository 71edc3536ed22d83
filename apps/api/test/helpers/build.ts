import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { buildApp, fastifyOptions } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import type { Mail } from '../../src/plugins/app/mailer.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export type TestApp = {
  app: FastifyInstance;
  request: () => ReturnType<typeof supertest>;
  /** Mails the app sent through its mailer (invitation links). */
  mails: Mail[];
  databaseUrl: string;
  /** Signs in a seeded demo login and returns a bearer token. */
  tokenFor: (email: string) => Promise<string>;
  close: () => Promise<void>;
};

/**
 * Builds the whole app on a fresh database cloned from the migrated (and, by default, seeded)
 * template. Call `close()` in afterAll.
 */
export async function buildTestApp(
  options: {
    seeded?: boolean;
    env?: Record<string, string>;
    /** The mailer the configuration chooses (SMTP or the log) instead of collecting into `mails`. */
    configuredMailer?: boolean;
    /** Writes the app's log (at LOG_LEVEL, default silent) here instead of discarding it. */
    logStream?: { write(line: string): void };
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({ seeded: options.seeded ?? true });
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '100000',
    LOGIN_RATE_LIMIT_MAX: '1000',
    // A busy test machine must not shed load; test/plugins/load-shedding.test.ts switches it on.
    LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    LOAD_SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
    ...options.env,
  });
  const mails: Mail[] = [];
  const app = await buildApp(
    {
      config,
      databaseUrl: database.url,
      ...(options.configuredMailer
        ? {}
        : {
            mailer: {
              async send(mail: Mail) {
                mails.push(mail);
              },
            },
          }),
    },
    options.logStream
      ? { logger: { ...(fastifyOptions(config).logger as object), stream: options.logStream } }
      : { logger: false },
  );
  await app.ready();
  const tokens = new Map<string, string>();
  return {
    app,
    request: () => supertest(app.server),
    mails,
    databaseUrl: database.url,
    async tokenFor(email) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: DEMO_PASSWORD, session: 'token' },
      });
      if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.body}`);
      const token = (response.json() as { accessToken: string }).accessToken;
      tokens.set(email, token);
      return token;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export const DEMO = {
  board: 'bestuur@demo.teamspiegel.nl',
  hr: 'hr@demo.teamspiegel.nl',
  manager: 'manager@demo.teamspiegel.nl',
  trainer: 'opleider@demo.teamspiegel.nl',
  employee: 'medewerker@demo.teamspiegel.nl',
} as const;

export const ZON = {
  board: 'bestuur@zon.teamspiegel.nl',
  hr: 'hr@zon.teamspiegel.nl',
  manager: 'manager@zon.teamspiegel.nl',
  trainer: 'opleider@zon.teamspiegel.nl',
  employee: 'medewerker@zon.teamspiegel.nl',
} as const;

export const PLATFORM_ADMIN = 'admin@teamspiegel.nl';
