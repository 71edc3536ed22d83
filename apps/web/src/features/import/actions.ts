'use server';

import type { TImportJob, TImportPreview } from '@teamspiegel/domain/api/imports';
import { revalidatePath } from 'next/cache';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import { getImportJob, previewFile, startImportJob } from './api';

const MAX_BYTES = 5 * 1024 * 1024;

function fileOf(formData: FormData): File | ActionResult<never> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, status: 400, code: 'import_file_missing' };
  if (file.size > MAX_BYTES) return { ok: false, status: 413, code: 'payload_too_large' };
  return file;
}

/** Checks every row of the uploaded file; nothing is written. */
export async function previewImportAction(formData: FormData): Promise<ActionResult<TImportPreview>> {
  const file = fileOf(formData);
  if (!(file instanceof File)) return file;
  try {
    return { ok: true, data: await previewFile(file) };
  } catch (error) {
    return toActionError(error);
  }
}

/** Starts the import job; the page then polls it. */
export async function startImportAction(formData: FormData): Promise<ActionResult<{ jobId: string }>> {
  const file = fileOf(formData);
  if (!(file instanceof File)) return file;
  try {
    const started = await startImportJob(file);
    revalidatePath('/importeren');
    return { ok: true, data: started };
  } catch (error) {
    return toActionError(error);
  }
}

/** The job's progress, polled every second by the progress component. */
export async function importJobAction(jobId: string): Promise<ActionResult<TImportJob>> {
  if (!isUuid(jobId)) return { ok: false, status: 404, code: 'not_found' };
  try {
    return { ok: true, data: await getImportJob(jobId) };
  } catch (error) {
    return toActionError(error);
  }
}
