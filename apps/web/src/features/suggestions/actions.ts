'use server';

import { AREA_IDS, LEVEL_IDS } from '@teamspiegel/domain';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';

const TYPES = ['training', 'coaching', 'werving'] as const;

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

/** "Accepteren": POST /api/development-suggestions/accept — the API writes the planned action. */
export async function acceptSuggestion(
  _previous: ActionResult<{ id: string; title: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string; title: string }>> {
  const teamId = text(form, 'teamId');
  const requirementId = text(form, 'requirementId');
  const employeeId = text(form, 'employeeId');
  const type = text(form, 'type') as (typeof TYPES)[number];
  const area = text(form, 'area') as (typeof AREA_IDS)[number];
  const targetLevel = text(form, 'targetLevel') as (typeof LEVEL_IDS)[number];
  if (
    !isUuid(teamId) ||
    !isUuid(requirementId) ||
    (employeeId && !isUuid(employeeId)) ||
    !TYPES.includes(type) ||
    !AREA_IDS.includes(area) ||
    !LEVEL_IDS.includes(targetLevel)
  ) {
    return { ok: false, status: 400, code: 'bad_request' };
  }
  let created: TDevelopmentAction;
  try {
    created = await apiFetch<TDevelopmentAction>('/api/development-suggestions/accept', {
      method: 'POST',
      body: { teamId, requirementId, type, employeeId: employeeId || null, area, targetLevel },
    });
  } catch (error) {
    return toActionError(error);
  }
  // The accepted gap now counts as in progress, so its card disappears from the refreshed list;
  // the confirmation therefore lives on the page (?geaccepteerd=<action id>), not on the card.
  revalidatePath('/ontwikkelplan');
  revalidatePath('/ontwikkelplan/suggesties');
  redirect(`/ontwikkelplan/suggesties?geaccepteerd=${created.id}`);
}
