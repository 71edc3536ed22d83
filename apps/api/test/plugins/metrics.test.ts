import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';

/** The value of one sample line (`name{labels} value`) in the Prometheus text, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { METRICS_TOKEN } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const scrape = async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    return response;
  };

  it('refuses a missing or wrong token with a problem', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-wrong-token-wrong' }]) {
      const response = await t.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'metrics_token_invalid' });
    }
  });

  it('reports latency per route, errors by code, pool use, cache and job queue in Prometheus text', async () => {
    const authorization = `Bearer ${await t.tokenFor(DEMO.board)}`;
    for (let i = 0; i < 2; i += 1) {
      const coverage = await t.app.inject({
        method: 'GET',
        url: '/api/organisation/coverage',
        headers: { authorization },
      });
      expect(coverage.statusCode).toBe(200);
    }
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/teams/00000000-0000-4000-8000-000000000000/coverage',
      headers: { authorization },
    });
    expect(missing.statusCode).toBe(404);

    const response = await scrape();
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    const route = 'method="GET",route="/api/organisation/coverage",status_code="200"';
    expect(sample(text, `teamspiegel_http_request_duration_seconds_count{${route}}`)).toBe(2);
    expect(sample(text, `teamspiegel_http_request_duration_seconds_bucket{le="+Inf",${route}}`)).toBe(2);
    expect(sample(text, 'teamspiegel_http_errors_total{status_code="404",code="not_found"}')).toBe(1);
    expect(sample(text, 'teamspiegel_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(sample(text, 'teamspiegel_db_pool_connections{state="waiting"}')).toBe(0);
    expect(sample(text, 'teamspiegel_coverage_cache_total{result="miss"}')).toBe(1);
    expect(sample(text, 'teamspiegel_coverage_cache_total{result="hit"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'teamspiegel_coverage_snapshot_rebuild_seconds_count')).toBe(1);
    expect(sample(text, 'teamspiegel_job_queue_depth{status="queued"}')).toBe(0);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('counts queued import jobs in the queue depth', async () => {
    const organisation = await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
    await t.app.systemDb.importJob.create({
      data: { organisationId: organisation.id, fileName: 'wachtrij.csv', status: 'queued' },
    });
    expect(sample((await scrape()).body, 'teamspiegel_job_queue_depth{status="queued"}')).toBe(1);
  });
});

describe('GET /metrics without a configured token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('does not exist', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(404);
  });
});

describe('request ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ seeded: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("takes the web app's x-request-id and echoes it", async () => {
    const id = 'web-2f6c1d0e-request';
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': id },
    });
    expect(response.headers['x-request-id']).toBe(id);
  });

  it('replaces an unusable x-request-id with a fresh UUID', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
