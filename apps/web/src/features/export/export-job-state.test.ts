import type { TExportJob } from '@teamspiegel/domain/api/exports';
import { describe, expect, it } from 'vitest';
import { exportJobView, keepPolling, viewOf } from './export-job-state';

const job = (over: Partial<TExportJob>): TExportJob => ({
  id: '7f1d3c52-9a0e-4c57-9d7e-1b0f3f8a2c11',
  kind: 'organisation_coverage',
  format: 'xlsx',
  status: 'queued',
  progress: 0,
  fileName: null,
  byteSize: null,
  error: null,
  createdAt: '2026-12-07T10:00:00.000Z',
  finishedAt: null,
  expiresAt: '2026-12-08T10:00:00.000Z',
  ...over,
});

describe('export job view', () => {
  it('follows a queued or running job and keeps polling', () => {
    const view = exportJobView(job({ status: 'running', progress: 10 }));
    expect(view).toEqual({ step: 'working', percent: 10 });
    expect(keepPolling(view)).toBe(true);
  });

  it("offers the web app's own download route once completed, and stops polling", () => {
    const view = exportJobView(
      job({ status: 'completed', progress: 100, fileName: 'teamspiegel-dekking.xlsx' }),
    );
    expect(view).toEqual({
      step: 'ready',
      href: '/export/bestanden/7f1d3c52-9a0e-4c57-9d7e-1b0f3f8a2c11',
      fileName: 'teamspiegel-dekking.xlsx',
    });
    expect(keepPolling(view)).toBe(false);
  });

  it("shows a failure with the job's reason or the API's code", () => {
    expect(exportJobView(job({ status: 'failed', error: 'worker_lost' }))).toEqual({
      step: 'failed',
      code: 'worker_lost',
    });
    expect(viewOf({ ok: false, status: 403, code: 'forbidden' })).toEqual({
      step: 'failed',
      code: 'forbidden',
    });
    expect(keepPolling({ step: 'failed', code: 'forbidden' })).toBe(false);
  });

  it('clamps progress to 0–100', () => {
    expect(exportJobView(job({ status: 'running', progress: 140 }))).toEqual({
      step: 'working',
      percent: 100,
    });
  });
});
