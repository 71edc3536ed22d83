import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TImportJob, TImportPreview, TImportStarted } from '@teamspiegel/domain/api/imports';
import { apiFetch } from '@/lib/api/client';

/** Sends the file to the API as multipart (field `file`) through the one API client. */
function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.set('file', file, file.name);
  return apiFetch<T>(path, { method: 'POST', body: form });
}

export const previewFile = (file: File) => upload<TImportPreview>('/api/imports/preview', file);
export const startImportJob = (file: File) => upload<TImportStarted>('/api/imports', file);
export const getImportJob = (id: string) => apiFetch<TImportJob>(`/api/imports/${encodeURIComponent(id)}`);
export const listImportJobs = () => apiFetch<TPage<TImportJob>>('/api/imports', { query: { pageSize: 10 } });
