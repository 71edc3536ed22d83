'use server';

import type { Locale } from '@teamspiegel/domain';
import {
  DEVELOPMENT_STATUS_TRANSITIONS,
  type TDevelopmentAction,
  ZDevelopmentActionCreate,
} from '@teamspiegel/domain/api/development-actions';
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import { requirementSentence } from '../overview/ranking';
import { describeRequirement } from '../overview/view-model';
import { listPlanGaps } from './api';
import { sixMonthsFrom } from './gap-plan';

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

/**
 * One click on a gap: accepts the step the API suggests for it (training or coaching for a
 * candidate, or hiring). The suggestion is read again from the API (not taken from the form) and
 * refused with `gap_changed` when it no longer matches what the user clicked (e.g. a second click).
 * A role, competency or surroundings gap has no suggestion: the click plans a hire for the team
 * aimed at that gap (the target fields the API gives with the gap), so the gap shows as "al in het plan".
 */
export async function planGap(_previous: ActionResult<{ id: string }> | null, form: FormData) {
  const teamId = text(form, 'teamId');
  const requirementId = text(form, 'requirementId');
  const expectedEmployee = text(form, 'employeeId') || null;
  if (!isUuid(teamId) || !isUuid(requirementId)) {
    return { ok: false, status: 400, code: 'bad_request' } satisfies ActionResult;
  }
  let created: TDevelopmentAction;
  try {
    const gaps = await listPlanGaps({ teamId, requirementId, pageSize: 1 });
    const gap = gaps.items[0];
    const target = gap?.hireTarget ?? null;
    if (gap && target && expectedEmployee === null) {
      const locale = (await getLocale()) as Locale;
      const [t, tOverview] = await Promise.all([getTranslations('planTargets'), getTranslations('overview')]);
      created = await apiFetch<TDevelopmentAction>('/api/development-actions', {
        method: 'POST',
        body: {
          type: 'werving',
          title: t('hireTitle', {
            subject: requirementSentence(tOverview, describeRequirement(gap, locale)),
          }),
          teamId,
          ...target,
          expectedEndDate: sixMonthsFrom(new Date()),
        },
      });
      revalidatePath('/ontwikkelplan');
      return { ok: true, data: { id: created.id } } satisfies ActionResult<{ id: string }>;
    }
    const suggestion = gap?.suggestion ?? null;
    if (!suggestion || suggestion.employeeId !== expectedEmployee) {
      return { ok: false, status: 409, code: 'gap_changed' } satisfies ActionResult;
    }
    created = await apiFetch<TDevelopmentAction>('/api/development-suggestions/accept', {
      method: 'POST',
      body: {
        teamId,
        requirementId,
        type: suggestion.type,
        employeeId: suggestion.employeeId,
        area: suggestion.area,
        targetLevel: suggestion.targetLevel,
        expectedEndDate: sixMonthsFrom(new Date()),
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/ontwikkelplan');
  return { ok: true, data: { id: created.id } } satisfies ActionResult<{ id: string }>;
}

/** Moves an action along an allowed transition, with If-Match so a stale page cannot overwrite. */
export async function changeStatus(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = text(form, 'id');
  const from = text(form, 'from') as keyof typeof DEVELOPMENT_STATUS_TRANSITIONS;
  const to = text(form, 'to');
  const version = Number.parseInt(text(form, 'version'), 10);
  const allowed = DEVELOPMENT_STATUS_TRANSITIONS[from] as readonly string[] | undefined;
  if (!isUuid(id) || !Number.isInteger(version) || !allowed?.includes(to)) {
    return { ok: false, status: 409, code: 'invalid_status_transition' };
  }
  try {
    await apiFetch(`/api/development-actions/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: { status: to },
      ifMatch: `W/"${version}"`,
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/ontwikkelplan');
  return { ok: true };
}

const optional = (value: string) => (value === '' ? null : value);

/**
 * The fields of the chosen "aimed at" target (the others are not sent: the API allows one of role,
 * competency and circle), or the field left empty after choosing a kind.
 */
function targetOf(form: FormData): { target: Record<string, string | null>; missing: string | null } {
  const value = (key: string) => optional(text(form, key));
  const one = (key: string) => {
    const chosen = value(key);
    return chosen ? { target: { [key]: chosen }, missing: null } : { target: {}, missing: key };
  };
  switch (text(form, 'aimKind')) {
    case 'area':
      return { target: { area: value('area'), targetLevel: value('targetLevel') }, missing: null };
    case 'role':
      return one('targetRoleDefinitionId');
    case 'competency':
      return one('targetCompetency');
    case 'circle':
      return one('targetCircle');
    default:
      return { target: {}, missing: null };
  }
}

/**
 * The "new action" form: parsed with the shared contract (ZDevelopmentActionCreate) before it is
 * sent; field errors, from the contract or the API's problem+json, come back keyed by field name.
 */
export async function createAction(
  _previous: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const euros = text(form, 'cost').replace(',', '.');
  const cost = euros === '' ? null : Math.round(Number(euros) * 100);
  if (cost !== null && (!Number.isFinite(cost) || cost < 0)) {
    return { ok: false, status: 422, code: 'validation_failed', fieldErrors: { costCents: 'invalid' } };
  }
  const { target, missing } = targetOf(form);
  if (missing)
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors: { [missing]: 'required' } };
  const type = text(form, 'type');
  const parsed = ZDevelopmentActionCreate.safeParse({
    type,
    title: text(form, 'title'),
    employeeId: type === 'werving' ? null : optional(text(form, 'employeeId')),
    teamId: optional(text(form, 'teamId')),
    ...target,
    provider: optional(text(form, 'provider')),
    startDate: optional(text(form, 'startDate')),
    expectedEndDate: optional(text(form, 'expectedEndDate')),
    costCents: cost,
    notes: optional(text(form, 'notes')),
    status: text(form, 'status') === 'in_progress' ? 'in_progress' : 'planned',
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] = 'invalid';
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors };
  }
  let created: TDevelopmentAction;
  try {
    created = await apiFetch<TDevelopmentAction>('/api/development-actions', {
      method: 'POST',
      body: parsed.data,
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/ontwikkelplan');
  return { ok: true, data: { id: created.id } };
}
