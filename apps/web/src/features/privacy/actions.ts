'use server';

import type { TEraseResult } from '@teamspiegel/domain/api/privacy';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';

/** "Gegevens wissen": POST /api/employees/:id/erase with the typed full name as confirmation. */
export async function eraseEmployee(
  _previous: ActionResult<TEraseResult> | null,
  form: FormData,
): Promise<ActionResult<TEraseResult>> {
  const employeeId = String(form.get('employeeId') ?? '');
  const confirm = String(form.get('confirm') ?? '').trim();
  if (!isUuid(employeeId)) return { ok: false, status: 400, code: 'bad_request' };
  if (!confirm) {
    return { ok: false, status: 422, code: 'confirmation_mismatch', fieldErrors: { confirm: 'required' } };
  }
  let result: TEraseResult;
  try {
    result = await apiFetch<TEraseResult>(`/api/employees/${employeeId}/erase`, {
      method: 'POST',
      body: { confirm },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/mensen/${employeeId}/privacy`);
  revalidatePath(`/mensen/${employeeId}`);
  revalidatePath('/mensen');
  return { ok: true, data: result };
}
