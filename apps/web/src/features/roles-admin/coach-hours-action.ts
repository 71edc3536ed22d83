'use server';

import { type TRoleAssignment, ZCoachHoursPerYear } from '@teamspiegel/domain/api/role-assignments';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import type { FormState } from './form-bits';

/** PATCH the coach hours a year of one assignment (empty clears them); the API validates the range. */
export async function setCoachHours(_previous: FormState, form: FormData): Promise<FormState> {
  const id = String(form.get('id') ?? '');
  const roleDefinitionId = String(form.get('roleDefinitionId') ?? '');
  if (!isUuid(id) || !isUuid(roleDefinitionId)) return { ok: false, status: 400, code: 'bad_request' };
  const raw = String(form.get('coachHoursPerYear') ?? '')
    .trim()
    .replace(',', '.');
  const parsed =
    raw === '' ? { success: true as const, data: null } : ZCoachHoursPerYear.safeParse(Number(raw));
  if (!parsed.success) return { ok: false, status: 400, code: 'invalid_value' };
  let saved: TRoleAssignment;
  try {
    saved = await apiFetch<TRoleAssignment>(`/api/role-assignments/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: { coachHoursPerYear: parsed.data },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/beheer/rollen/${roleDefinitionId}`);
  revalidatePath('/overzicht');
  const t = await getTranslations('compliance.coachHours');
  return {
    ok: true,
    data: { message: t('saved', { person: saved.employee.fullName, hours: saved.coachHoursPerYear ?? 0 }) },
  };
}
