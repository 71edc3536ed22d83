'use server';

import type { TBulkValidateResult, TUndoValidationResult } from '@teamspiegel/domain/api/area-levels';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';

export type BulkApproved = { validatedIds: string[] };

/** Approves the ticked levels in one request (all or none, POST /api/area-levels/validate-bulk). */
export async function bulkApprove(
  _previous: ActionResult<BulkApproved> | null,
  form: FormData,
): Promise<ActionResult<BulkApproved>> {
  const ids = form.getAll('ids').map(String).filter(isUuid);
  if (ids.length === 0) return { ok: false, status: 400, code: 'nothing_selected' };
  let result: TBulkValidateResult;
  try {
    result = await apiFetch<TBulkValidateResult>('/api/area-levels/validate-bulk', {
      method: 'POST',
      body: { ids },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/validatie');
  return { ok: true, data: { validatedIds: result.items.map((item) => item.validatedId) } };
}

/** Takes back the approvals just given (POST /api/area-levels/undo-validation). */
export async function undoApprovals(validatedIds: string[]): Promise<ActionResult> {
  const ids = validatedIds.filter(isUuid);
  if (ids.length === 0) return { ok: false, status: 400, code: 'bad_request' };
  try {
    await apiFetch<TUndoValidationResult>('/api/area-levels/undo-validation', {
      method: 'POST',
      body: { validatedIds: ids },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/validatie');
  return { ok: true };
}
