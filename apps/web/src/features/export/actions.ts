'use server';

import { ZId } from '@teamspiegel/domain/api/common';
import { type TExportJob, ZExportJobStart } from '@teamspiegel/domain/api/exports';
import { getLocale } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, ApiError, toActionError } from '@/lib/api/errors';

async function call(run: () => Promise<TExportJob>): Promise<ActionResult<TExportJob>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    // Redirects (session gone) must propagate; API errors become a translated message.
    if (!(error instanceof ApiError)) throw error;
    return toActionError(error);
  }
}

/** Starts an export job (POST /api/exports) in the user's language. */
export async function startExport(request: unknown): Promise<ActionResult<TExportJob>> {
  const locale = await getLocale();
  const body = ZExportJobStart.safeParse({ locale, ...(request as object) });
  if (!body.success) return { ok: false, status: 400, code: 'validation_failed' };
  return call(() => apiFetch<TExportJob>('/api/exports', { method: 'POST', body: body.data }));
}

/** The job's status and progress (GET /api/exports/:id). */
export async function exportJobStatus(jobId: string): Promise<ActionResult<TExportJob>> {
  const id = ZId.safeParse(jobId);
  if (!id.success) return { ok: false, status: 400, code: 'validation_failed' };
  return call(() => apiFetch<TExportJob>(`/api/exports/${id.data}`));
}
