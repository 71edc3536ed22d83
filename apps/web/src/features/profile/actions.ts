'use server';

import {
  type TAmbitionImpactPreview,
  ZAmbitionImpactPreviewQuery,
} from '@teamspiegel/domain/api/ambition-impact';
import type { TProfile, TProfileUpdate } from '@teamspiegel/domain/api/profile';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';

/**
 * Saves the whole profile at once (PUT /api/me/profile) with the ETag that was read, so a newer
 * edit elsewhere is never overwritten (412 → the form asks to reload).
 */
export async function saveProfile(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const etag = String(form.get('etag') ?? '');
  let body: TProfileUpdate;
  try {
    body = JSON.parse(String(form.get('payload') ?? '')) as TProfileUpdate;
  } catch {
    return { ok: false, status: 400, code: 'bad_request' };
  }
  try {
    await apiFetch<TProfile>('/api/me/profile', { method: 'PUT', body, ifMatch: etag || undefined });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/profiel');
  redirect('/profiel?opgeslagen=1#opgeslagen');
}

/**
 * The effect of an ambition she has not saved yet (GET /api/me/ambition-impact/preview): the API
 * computes it, the form only shows it.
 */
export async function previewAmbitionImpact(
  area: string,
  targetLevel: string,
): Promise<ActionResult<TAmbitionImpactPreview>> {
  const parsed = ZAmbitionImpactPreviewQuery.safeParse({ area, targetLevel });
  if (!parsed.success) return { ok: false, status: 400, code: 'bad_request' };
  try {
    const data = await apiFetch<TAmbitionImpactPreview>('/api/me/ambition-impact/preview', {
      query: parsed.data,
    });
    return { ok: true, data };
  } catch (error) {
    return toActionError(error);
  }
}
