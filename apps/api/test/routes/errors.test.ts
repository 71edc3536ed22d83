import net from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';

/**
 * Every error the API sends is problem+json with a stable code, including the ones Fastify and
 * Node raise before a handler runs; ordinary but odd input (control characters, year 0000, a
 * broken multipart body) is a 400, never a 500.
 */
let t: TestApp;
let hr: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  hr = { authorization: `Bearer ${await t.tokenFor(DEMO.hr)}` };
});
afterAll(async () => {
  await t?.close();
});

async function send(options: InjectOptions) {
  const response = await t.app.inject({ ...options, headers: { ...hr, ...options.headers } });
  const shown = `${options.method} ${options.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  return { response, shown, body: response.body ? response.json() : null };
}

function expectProblem(
  result: Awaited<ReturnType<typeof send>>,
  status: number,
  code: string,
  options: { close?: boolean } = {},
) {
  const { response, shown, body } = result;
  expect(response.statusCode, shown).toBe(status);
  expect(String(response.headers['content-type']), shown).toMatch(/^application\/problem\+json/);
  expect(body, shown).toMatchObject({ status, code, title: expect.any(String) });
  if (options.close) expect(response.headers.connection, shown).toBe('close');
}

/** Sends raw bytes over a socket and returns everything the server wrote before closing. */
async function raw(request: string): Promise<string> {
  const address = t.app.server.address();
  if (address === null || typeof address === 'string') {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
  }
  const { port } = t.app.server.address() as net.AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

function parseRaw(text: string) {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) };
}

describe('framework errors are problem+json with a stable code', () => {
  it('404 for an unknown route', async () => {
    expectProblem(await send({ method: 'GET', url: '/api/no-such-thing' }), 404, 'route_not_found');
  });

  it('414 for a path parameter over 100 characters, and the connection closes', async () => {
    const result = await send({ method: 'GET', url: `/api/employees/${'a'.repeat(150)}` });
    expectProblem(result, 414, 'uri_too_long', { close: true });
  });

  it('413 for a body over the limit', async () => {
    const result = await send({
      method: 'POST',
      url: '/api/sites',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expectProblem(result, 413, 'payload_too_large', { close: true });
  });

  it('415 for a content type the API does not read', async () => {
    const result = await send({
      method: 'POST',
      url: '/api/sites',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x',
    });
    expectProblem(result, 415, 'unsupported_media_type', { close: true });
  });

  it('400 invalid_json for a broken JSON body', async () => {
    const result = await send({
      method: 'POST',
      url: '/api/sites',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expectProblem(result, 400, 'invalid_json', { close: true });
  });

  it('431 for headers over the size limit, closing the socket cleanly', async () => {
    const answer = parseRaw(
      await raw(`GET /api/health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    );
    expect(answer.status).toBe(431);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.headers.connection).toBe('close');
    expect(answer.body).toMatchObject({ status: 431, code: 'headers_too_large' });
  });

  it('400 malformed_request for a request line Node cannot parse', async () => {
    const answer = parseRaw(await raw('NOT HTTP AT ALL\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.headers.connection).toBe('close');
    expect(answer.body).toMatchObject({ status: 400, code: 'malformed_request' });
  });
});

describe('odd input is a 400, never a 500', () => {
  it('a NUL or other control character in a name is refused by the contract', async () => {
    for (const name of ['a\u0000b', 'tab\there', 'esc\u001b[31m']) {
      const result = await send({ method: 'POST', url: '/api/sites', payload: { name } });
      expectProblem(result, 400, 'validation_failed');
    }
  });

  it('a NUL in a search filter is refused', async () => {
    for (const url of ['/api/employees?q=a%00b', '/api/sites?q=%00', '/api/teams?q=x%00']) {
      expectProblem(await send({ method: 'GET', url }), 400, 'validation_failed');
    }
  });

  it('a date in year 0000 or 9999 is refused', async () => {
    for (const startDate of ['0000-01-01', '9999-12-31']) {
      const result = await send({
        method: 'POST',
        url: '/api/employees',
        payload: { firstName: 'Jaar', lastName: 'Nul', email: `jaar-${startDate}@example.nl`, startDate },
      });
      expectProblem(result, 400, 'validation_failed');
    }
  });

  it('a malformed multipart body to the import routes is a 400', async () => {
    const bodies = [
      'garbage',
      '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\ntruncated',
    ];
    for (const url of ['/api/imports/preview', '/api/imports']) {
      for (const payload of bodies) {
        const result = await send({
          method: 'POST',
          url,
          headers: { 'content-type': 'multipart/form-data; boundary=abc' },
          payload,
        });
        expectProblem(result, 400, 'malformed_multipart');
      }
    }
  });
});
