'use server';

import { ZAreaLevelCreate } from '@teamspiegel/domain/api/area-levels';
import { ZOrganisationSettingsUpdate } from '@teamspiegel/domain/api/reassessments';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';

/**
 * Confirms a level that is due for reassessment: records the same level again (POST
 * /api/area-levels, validated by its author), which starts a new cycle (rule 16).
 */
export async function confirmLevel(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = ZAreaLevelCreate.safeParse({
    employeeId: form.get('employeeId'),
    area: form.get('area'),
    level: form.get('level'),
  });
  if (!parsed.success) return { ok: false, status: 400, code: 'validation_failed' };
  try {
    await apiFetch('/api/area-levels', { method: 'POST', body: parsed.data });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/validatie');
  return { ok: true };
}

/** HR sets the reassessment cycle (PATCH /api/organisation/settings); empty = levels never expire. */
export async function saveSettings(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const raw = String(form.get('reassessmentMonths') ?? '').trim();
  const parsed = ZOrganisationSettingsUpdate.safeParse({
    reassessmentMonths: raw === '' ? null : Number(raw),
  });
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      code: 'validation_failed',
      fieldErrors: { reassessmentMonths: 'invalid' },
    };
  }
  try {
    await apiFetch('/api/organisation/settings', { method: 'PATCH', body: parsed.data });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/beheer/instellingen');
  return { ok: true };
}
