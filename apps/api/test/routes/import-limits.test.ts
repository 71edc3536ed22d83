import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../../src/services/import/parse.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';

/**
 * Hostile and oversized import files: a 300 KB workbook with a million rows (it unpacks to about
 * 90 MB of XML) must not cost the API its memory or its responsiveness, and every file over the
 * row limit gets a clear 422 problem.
 */
const GENERATOR = fileURLToPath(new URL('../fixtures/xlsx-bomb.mjs', import.meta.url));
const workDir = mkdtempSync(path.join(tmpdir(), 'teamspiegel-import-limits-'));

/** Builds the workbook in a child process: its memory is not the API's. */
function workbookWithRows(rows: number, addressed = true): Buffer {
  const file = path.join(workDir, `rows-${rows}.xlsx`);
  const args = [GENERATOR, file, String(rows), ...(addressed ? ['addressed'] : [])];
  execFileSync(process.execPath, args, { cwd: path.dirname(GENERATOR) });
  return readFileSync(file);
}

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await buildTestApp();
  token = await t.tokenFor(DEMO.hr);
});
afterAll(async () => {
  await t?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const upload = (url: string, body: Buffer, fileName: string) =>
  t.request().post(url).set('authorization', `Bearer ${token}`).attach('file', body, fileName);

describe('import limits', () => {
  it('a 1,000,000-row workbook: 422, under 100 MB extra memory, /api/health answered meanwhile', async () => {
    const bomb = workbookWithRows(1_000_000, false);
    expect(bomb.length).toBeLessThan(1024 * 1024);

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    let uploading = true;
    const healthDuringUpload: number[] = [];
    const healthLoop = (async () => {
      while (uploading) {
        const health = await t.app.inject({ method: 'GET', url: '/api/health' });
        if (uploading) healthDuringUpload.push(health.statusCode);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      for (const url of ['/api/imports/preview', '/api/imports']) {
        const response = await upload(url, bomb, 'miljoen.xlsx');
        expect(response.status).toBe(422);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.code).toBe('import_too_large');
      }
    } finally {
      uploading = false;
      clearInterval(sampler);
      await healthLoop;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - baseline).toBeLessThan(100 * 1024 * 1024);
    expect(healthDuringUpload.length).toBeGreaterThan(0);
    expect(healthDuringUpload.every((status) => status === 200)).toBe(true);
  });

  it('a workbook or CSV over the row limit is a 422 problem import_too_many_rows; nothing is queued', async () => {
    const jobs = async () =>
      (await t.request().get('/api/imports').set('authorization', `Bearer ${token}`)).body.total as number;
    const before = await jobs();
    const workbook = workbookWithRows(MAX_ROWS + 1);
    const header = 'e-mail;voornaam\r\n';
    const csv = Buffer.from(header + 'a@b.nl;A\r\n'.repeat(MAX_ROWS + 1), 'utf8');
    for (const [body, name] of [
      [workbook, 'te-lang.xlsx'],
      [csv, 'te-lang.csv'],
    ] as const) {
      for (const url of ['/api/imports/preview', '/api/imports']) {
        const response = await upload(url, body, name);
        expect(response.status, `${name} ${url}`).toBe(422);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.code).toBe('import_too_many_rows');
      }
    }
    expect(await jobs()).toBe(before);
  });

  it('exactly the row limit is read (the rows are validated, not refused)', async () => {
    const response = await upload('/api/imports/preview', workbookWithRows(MAX_ROWS), 'precies.xlsx');
    expect(response.status).toBe(200);
    expect(response.body.rows).toBe(MAX_ROWS);
  });
});
