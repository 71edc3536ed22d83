'use server';

import { ZExemptionCreate } from '@teamspiegel/domain/api/exemptions';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';

const text = (value: FormDataEntryValue | null) => {
  const trimmed = String(value ?? '').trim();
  return trimmed === '' ? undefined : trimmed;
};

/**
 * HR exempts the team (or site) from a requirement, or one person (POST /api/exemptions); the API
 * records who approved it. A site requirement's form sends `siteRequirementId` instead.
 */
export async function createExemption(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const teamId = String(form.get('teamId') ?? '');
  const parsed = ZExemptionCreate.safeParse({
    requirementId: text(form.get('requirementId')),
    siteRequirementId: text(form.get('siteRequirementId')),
    employeeId: text(form.get('employeeId')),
    reason: text(form.get('reason')),
    endsOn: text(form.get('endsOn')),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] = 'invalid';
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors };
  }
  try {
    await apiFetch('/api/exemptions', { method: 'POST', body: parsed.data });
  } catch (error) {
    return toActionError(error);
  }
  revalidateTarget(teamId);
  return { ok: true };
}

/** A team requirement's figures show on its team page; a site requirement's on Locaties and the overview. */
function revalidateTarget(teamId: string) {
  if (teamId !== '') revalidatePath(`/teams/${teamId}`);
  else {
    revalidatePath('/beheer/locaties');
    revalidatePath('/overzicht');
  }
}

/** HR ends an exemption now (POST /api/exemptions/:id/end): the requirement counts again. */
export async function endExemption(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = String(form.get('exemptionId') ?? '');
  try {
    await apiFetch(`/api/exemptions/${encodeURIComponent(id)}/end`, { method: 'POST' });
  } catch (error) {
    return toActionError(error);
  }
  revalidateTarget(String(form.get('teamId') ?? ''));
  revalidatePath('/beheer/vrijstellingen');
  return { ok: true };
}
