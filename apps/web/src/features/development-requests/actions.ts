'use server';

import { ZDevelopmentRequestDecline } from '@teamspiegel/domain/api/development-requests';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';

/** "Afwijzen": hr declines an open request with an answer; the employee is notified by the API. */
export async function declineRequest(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = String(form.get('id') ?? '');
  const parsed = ZDevelopmentRequestDecline.safeParse({ answer: String(form.get('answer') ?? '').trim() });
  if (!isUuid(id) || !parsed.success) {
    return { ok: false, status: 400, code: 'bad_request', fieldErrors: { answer: 'required' } };
  }
  try {
    await apiFetch(`/api/development-requests/${id}/decline`, { method: 'POST', body: parsed.data });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/ontwikkelplan/aanvragen');
  return { ok: true };
}
