import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TImportJob, TImportPreview, TImportStarted } from '@teamspiegel/domain/api/imports';
import { apiFetch } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { webEnv } from '@/lib/env';
import { getSession, isSignedIn } from '@/lib/session';

/** Sends the file to the API as multipart (field `file`) with the user's token. */
async function upload<T>(path: string, file: File): Promise<T> {
  const session = await getSession();
  if (!isSignedIn(session)) throw new ApiError(401, null);
  const form = new FormData();
  form.set('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${webEnv.apiUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.accessToken}`, accept: 'application/json' },
      body: form,
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(503, {
      type: 'about:blank',
      title: 'API unreachable',
      status: 503,
      code: 'api_unreachable',
    });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body as T;
}

export const previewFile = (file: File) => upload<TImportPreview>('/api/imports/preview', file);
export const startImportJob = (file: File) => upload<TImportStarted>('/api/imports', file);
export const getImportJob = (id: string) => apiFetch<TImportJob>(`/api/imports/${encodeURIComponent(id)}`);
export const listImportJobs = () => apiFetch<TPage<TImportJob>>('/api/imports', { query: { pageSize: 10 } });
