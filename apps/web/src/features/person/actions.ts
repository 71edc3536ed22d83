'use server';

import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import { isLevel } from '@/lib/vocabulary';

/**
 * Approve or adjust a self-assessed level (POST /api/area-levels/:id/validate). Adjusting needs a
 * level and a comment, so the employee can read why their level was changed.
 */
export async function validateLevel(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const areaLevelId = String(form.get('areaLevelId') ?? '');
  const employeeId = String(form.get('employeeId') ?? '');
  const decision = form.get('decision') === 'adjust' ? 'adjust' : 'approve';
  const level = String(form.get('level') ?? '');
  const comment = String(form.get('comment') ?? '').trim();
  if (!isUuid(areaLevelId)) return { ok: false, status: 400, code: 'bad_request' };
  if (decision === 'adjust') {
    const fieldErrors: Record<string, string> = {};
    if (!isLevel(level)) fieldErrors.level = 'required';
    if (!comment) fieldErrors.comment = 'required';
    if (Object.keys(fieldErrors).length > 0) {
      return { ok: false, status: 422, code: 'validation_failed', fieldErrors };
    }
  }
  try {
    await apiFetch(`/api/area-levels/${encodeURIComponent(areaLevelId)}/validate`, {
      method: 'POST',
      body: {
        decision,
        ...(decision === 'adjust' ? { level } : {}),
        ...(comment ? { comment } : {}),
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/validatie');
  if (isUuid(employeeId)) revalidatePath(`/mensen/${employeeId}`);
  return { ok: true };
}
