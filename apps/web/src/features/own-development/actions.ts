'use server';

import { ZDevelopmentRequestCreate } from '@teamspiegel/domain/api/development-requests';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';

/** "Aanvraag versturen": POST /api/me/development-requests, checked with the shared schema first. */
export async function requestDevelopment(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const note = String(form.get('note') ?? '').trim();
  const parsed = ZDevelopmentRequestCreate.safeParse({
    ambitionId: form.get('ambitionId'),
    type: form.get('type'),
    note: note || null,
  });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    return { ok: false, status: 400, code: 'bad_request', fieldErrors };
  }
  try {
    await apiFetch('/api/me/development-requests', { method: 'POST', body: parsed.data });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/profiel/ontwikkeling');
  return { ok: true };
}
