import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { TEST_JWT_SECRET } from '../helpers/build.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/** OpenTelemetry tracing (@fastify/otel): off by default; when enabled, a request is a span with its route. */
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

async function appWith(env: Record<string, string>, exporter: InMemorySpanExporter) {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    JOBS_WORKER: 'false',
    LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    ...env,
  });
  const app = await buildApp(
    { config, databaseUrl: database.url, spanExporter: exporter },
    { logger: false },
  );
  await app.ready();
  return app;
}

describe('OpenTelemetry', () => {
  it('with OTEL_ENABLED=true, a request produces a span with its route, method and status', async () => {
    const exporter = new InMemorySpanExporter();
    const app = await appWith({ OTEL_ENABLED: 'true' }, exporter);
    try {
      const response = await app.inject({
        method: 'GET',
        url: '/api/teams/00000000-0000-4000-8000-000000000000/coverage?token=secret-value',
      });
      expect(response.statusCode).toBe(401);
      const spans = exporter.getFinishedSpans();
      const request = spans.find(
        (span) =>
          span.attributes['http.route'] === '/api/teams/:id/coverage' &&
          span.attributes['http.request.method'] === 'GET',
      );
      expect(request, JSON.stringify(spans.map((span) => [span.name, span.attributes]))).toBeDefined();
      const withStatus = spans.find(
        (span) =>
          span.attributes['http.route'] === '/api/teams/:id/coverage' &&
          span.attributes['http.response.status_code'] === 401,
      );
      expect(withStatus).toBeDefined();
      // Credentials in the query string never reach the trace.
      expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain('secret-value');
      expect(request?.resource.attributes['service.name']).toBe('teamspiegel-api');
    } finally {
      await app.close();
    }
  });

  it('is off by default: no spans', async () => {
    const exporter = new InMemorySpanExporter();
    const app = await appWith({}, exporter);
    try {
      await app.inject({ method: 'GET', url: '/api/health/live' });
      expect(exporter.getFinishedSpans()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
