import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';

/**
 * Rule 14 over HTTP: the trainer's demand hides no group it can combine. Every group hr sees is,
 * for the trainer, shown as is, taken into a combined row, or (too small even per area) suppressed.
 */
let t: TestApp;

type Row = {
  area: string;
  level: string | null;
  kind: string;
  people: number;
  targets: number;
  combined: number;
};
type Demand = { rows: Row[]; combinedRows: number; suppressedRows: number; minCellSize: number };

const demandFor = async (email: string, query = '') =>
  (
    await t
      .request()
      .get(`/api/development-demand${query}`)
      .set({ authorization: `Bearer ${await t.tokenFor(email)}` })
  ).body as Demand;

beforeAll(async () => {
  t = await buildTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/development-demand for a trainer', () => {
  it('accounts for every group: shown, combined or suppressed; no shown row below the threshold', async () => {
    const hr = await demandFor(DEMO.hr);
    const trainer = await demandFor(DEMO.trainer);
    expect(hr.minCellSize).toBe(1);
    expect(hr.combinedRows).toBe(0);
    expect(trainer.minCellSize).toBe(3);
    const plain = trainer.rows.filter((row) => row.kind !== 'combined');
    const combined = trainer.rows.filter((row) => row.kind === 'combined');
    expect(plain.length + trainer.combinedRows + trainer.suppressedRows).toBe(hr.rows.length);
    expect(combined.reduce((sum, row) => sum + row.combined, 0)).toBe(trainer.combinedRows);
    for (const row of trainer.rows) expect(row.people).toBeGreaterThanOrEqual(3);
    // Plain rows are exactly hr's rows of that area, level and kind.
    for (const row of plain) {
      expect(hr.rows).toContainEqual(row);
    }
    // The demo organisation has small groups: they are combined, not all hidden.
    expect(trainer.combinedRows).toBeGreaterThan(0);
    const targets = (rows: Row[]) => rows.reduce((sum, row) => sum + row.targets, 0);
    expect(targets(trainer.rows)).toBeLessThanOrEqual(targets(hr.rows));
    if (trainer.suppressedRows === 0) expect(targets(trainer.rows)).toBe(targets(hr.rows));
  });
});
