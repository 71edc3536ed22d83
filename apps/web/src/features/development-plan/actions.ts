'use server';

import {
  actionTargetFor,
  DEVELOPMENT_ACTION_TYPE_IDS,
  type DevelopmentActionType,
  type Locale,
} from '@teamspiegel/domain';
import {
  DEVELOPMENT_STATUS_TRANSITIONS,
  type TDevelopmentAction,
} from '@teamspiegel/domain/api/development-actions';
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import { isArea, isLevel } from '@/lib/vocabulary';
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
 * aimed at that gap (the domain's actionTargetFor), so the gap shows as "al in het plan".
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
    const target = gap ? actionTargetFor(gap) : null;
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

/** The "new action" form. Field errors come back keyed by field name. */
export async function createAction(
  _previous: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const type = text(form, 'type');
  if (!(DEVELOPMENT_ACTION_TYPE_IDS as readonly string[]).includes(type)) {
    return { ok: false, status: 422, code: 'validation_failed', fieldErrors: { type: 'required' } };
  }
  const euros = text(form, 'cost').replace(',', '.');
  const cost = euros === '' ? null : Math.round(Number(euros) * 100);
  if (cost !== null && (!Number.isFinite(cost) || cost < 0)) {
    return { ok: false, status: 422, code: 'validation_failed', fieldErrors: { costCents: 'invalid' } };
  }
  const area = text(form, 'area');
  const targetLevel = text(form, 'targetLevel');
  let created: TDevelopmentAction;
  try {
    created = await apiFetch<TDevelopmentAction>('/api/development-actions', {
      method: 'POST',
      body: {
        type: type as DevelopmentActionType,
        title: text(form, 'title'),
        employeeId: type === 'werving' ? null : optional(text(form, 'employeeId')),
        teamId: optional(text(form, 'teamId')),
        area: isArea(area) ? area : null,
        targetLevel: isLevel(targetLevel) ? targetLevel : null,
        provider: optional(text(form, 'provider')),
        startDate: optional(text(form, 'startDate')),
        expectedEndDate: optional(text(form, 'expectedEndDate')),
        costCents: cost,
        notes: optional(text(form, 'notes')),
        status: text(form, 'status') === 'in_progress' ? 'in_progress' : 'planned',
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/ontwikkelplan');
  return { ok: true, data: { id: created.id } };
}
