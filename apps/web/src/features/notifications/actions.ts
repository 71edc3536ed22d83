'use server';

import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';

/** "Gelezen": marks one notification read (the bell's count follows on the next render). */
export async function markNotificationRead(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const id = String(form.get('id') ?? '');
  if (!isUuid(id)) return { ok: false, status: 400, code: 'bad_request' };
  try {
    await apiFetch(`/api/me/notifications/${id}/read`, { method: 'POST' });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/', 'layout');
  return { ok: true };
}

/** "Alles gelezen". */
export async function markAllNotificationsRead(_previous: ActionResult | null): Promise<ActionResult> {
  try {
    await apiFetch('/api/me/notifications/read-all', { method: 'POST' });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/', 'layout');
  return { ok: true };
}
