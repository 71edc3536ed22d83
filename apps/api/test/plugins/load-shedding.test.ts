import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';

describe('load shedding', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A heap limit of 1 byte: overloaded from the first sample on, without having to create load.
    t = await buildTestApp({ seeded: false, env: { LOAD_SHED_MAX_HEAP_USED_BYTES: '1', METRICS_TOKEN } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 503 with Retry-After as problem+json while under pressure', async () => {
    const response = await vi.waitFor(
      async () => {
        const shed = await t.app.inject({ method: 'GET', url: '/api/health' });
        expect(shed.statusCode).toBe(503);
        return shed;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(response.headers['retry-after']).toBe('5');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 503, code: 'overloaded' });
  });

  it('keeps /metrics answering, so the overload stays visible', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('teamspiegel_http_errors_total{status_code="503",code="overloaded"}');
  });
});

describe('without pressure', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ seeded: false, env: { LOAD_SHED_MAX_HEAP_USED_BYTES: String(64 * 1024 ** 3) } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves requests normally (control)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
  });
});
