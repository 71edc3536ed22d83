import Fastify, { type RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import app, { fastifyOptions } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { TEST_JWT_SECRET } from './build.ts';

/** One registered route of the API, as the router sees it. */
export type RegisteredRoute = {
  method: string;
  url: string;
  /** `METHOD url`, the key the cross-cutting tables use. */
  key: string;
  schema: RouteOptions['schema'];
};

/**
 * Every route the application registers, collected by an `onRoute` hook that is added to a
 * fresh Fastify instance BEFORE the application plugin loads (on a built app it would be too
 * late). No database is touched: the Prisma client connects lazily and the app is never readied.
 * Excluded: HEAD (Fastify adds one per GET), OPTIONS (CORS preflight) and the Swagger UI
 * (`/api/docs*`), which is not part of the API.
 */
export async function collectRoutes(): Promise<RegisteredRoute[]> {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' });
  const fastify = Fastify({ ...fastifyOptions(config), logger: false });
  const collected: RegisteredRoute[] = [];
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const upper = String(method).toUpperCase();
      if (upper === 'HEAD' || upper === 'OPTIONS') continue;
      if (route.url.startsWith('/api/docs')) continue;
      collected.push({ method: upper, url: route.url, key: `${upper} ${route.url}`, schema: route.schema });
    }
  });
  await fastify.register(fp(app, { name: 'teamspiegel' }), {
    config,
    // Never connected: the app is registered, not readied, and no request is sent.
    databaseUrl: 'postgresql://unused:unused@127.0.0.1:1/unused',
    mailer: { async send() {} },
  });
  await fastify.close();
  const unique = new Map(collected.map((route) => [route.key, route]));
  return [...unique.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The path with its `:param` segments filled from `values` (throws on a missing value). */
export function fillPath(url: string, values: Record<string, string>): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${url}`);
    return value;
  });
}
