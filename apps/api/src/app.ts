import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config/env.ts';
import { redactRequestUrl } from './lib/redact.ts';
import authPlugin from './plugins/app/auth.ts';
import configPlugin from './plugins/app/config.ts';
import coverageWarmUpPlugin from './plugins/app/coverage-warmup.ts';
import errorHandler, { clientErrorHandler, frameworkErrorHandler } from './plugins/app/error-handler.ts';
import jobsPlugin from './plugins/app/jobs.ts';
import mailerPlugin, { type Mailer } from './plugins/app/mailer.ts';
import metricsPlugin from './plugins/app/metrics.ts';
import prismaPlugin from './plugins/app/prisma.ts';
import requestIdPlugin, { genReqId } from './plugins/app/request-id.ts';
import signInAttemptsPlugin from './plugins/app/sign-in-attempts.ts';
import jwtPlugin from './plugins/external/jwt.ts';
import loadSheddingPlugin from './plugins/external/load-shedding.ts';
import otelPlugin, { type OtelPluginOptions } from './plugins/external/otel.ts';
import rateLimitPlugin from './plugins/external/rate-limit.ts';
import securityPlugin from './plugins/external/security.ts';
import swaggerPlugin from './plugins/external/swagger.ts';
import { routes } from './routes/index.ts';

export type AppOptions = {
  config: Config;
  /** Connection URL of the database chosen by db/database.ts (external or embedded), as its owner. */
  databaseUrl: string;
  /** The app role's connection URL (DATABASE_APP_URL); default: the owner's URL as `teamspiegel_app`. */
  appDatabaseUrl?: string | undefined;
  /** The embedded PGlite: the app role is assumed per transaction instead of logged in as. */
  embeddedDatabase?: boolean | undefined;
  mailer?: Mailer;
  /** Tests: where the spans go when OTEL_ENABLED=true. */
  spanExporter?: OtelPluginOptions['spanExporter'];
};

/**
 * The application as a plain plugin: plugins in order (external, then ours), then routes.
 * server.ts and the tests' build helper both register it.
 */
export default async function app(fastify: FastifyInstance, opts: AppOptions) {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);

  await fastify.register(configPlugin, { config: opts.config });
  // First, so its spans cover every later hook and route (off unless OTEL_ENABLED=true).
  await fastify.register(otelPlugin, { spanExporter: opts.spanExporter });
  await fastify.register(requestIdPlugin);
  await fastify.register(errorHandler);
  await fastify.register(loadSheddingPlugin);
  await fastify.register(securityPlugin);
  await fastify.register(jwtPlugin);
  await fastify.register(prismaPlugin, {
    databaseUrl: opts.databaseUrl,
    appDatabaseUrl: opts.appDatabaseUrl,
    embedded: opts.embeddedDatabase,
  });
  // The counters are shared by all API processes through the database (their own small pool).
  await fastify.register(rateLimitPlugin, {
    embeddedDatabase: opts.embeddedDatabase,
    databaseUrl: opts.databaseUrl,
  });
  await fastify.register(swaggerPlugin);
  await fastify.register(metricsPlugin);
  await fastify.register(coverageWarmUpPlugin);
  await fastify.register(mailerPlugin, { mailer: opts.mailer });
  await fastify.register(authPlugin);
  await fastify.register(signInAttemptsPlugin);
  await fastify.register(jobsPlugin, {
    databaseUrl: opts.databaseUrl,
    embeddedDatabase: opts.embeddedDatabase,
  });

  for (const route of routes) {
    await fastify.register(route);
  }
}

export function fastifyOptions(config: Config): FastifyServerOptions {
  return {
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // Fastify's request serializer, with credentials in the query (?token=…) redacted.
      serializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          url: redactRequestUrl(request.url),
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
    },
    genReqId,
    bodyLimit: config.bodyLimitBytes,
    // X-Forwarded-For (the web server forwards the browser's address) counts only from these peers.
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors raised before any route or hook runs are problem+json as well.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  };
}

/** Creates a ready-to-listen Fastify instance with the whole application registered. */
export async function buildApp(opts: AppOptions, overrides: FastifyServerOptions = {}) {
  const fastify = Fastify({ ...fastifyOptions(opts.config), ...overrides });
  // Unencapsulated, so the root instance (server.ts, tests) sees the decorators (db, config, jwt).
  await fastify.register(fp(app, { name: 'teamspiegel' }), opts);
  return fastify;
}
