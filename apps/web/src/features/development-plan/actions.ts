'use server';

import {
  DEVELOPMENT_STATUS_TRANSITIONS,
  type TDevelopmentAction,
  ZDevelopmentActionCreate,
} from '@teamspiegel/domain/api/development-actions';
import type { TPlanGapResult } from '@teamspiegel/domain/api/development-plan';
import { revalidatePath } from 'next/cache';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import { editPayload, parseEuros } from './action-form-model';
import { sixMonthsFrom } from './gap-plan';

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

/** What the one-click plan reports back: the action (new or already there) and its person. */
export type PlannedGapResult = {
  id: string;
  title: string;
  type: string;
  employeeName: string | null;
  created: boolean;
};

/**
 * One click on a gap: POST /api/development-plan/gaps/plan with the person the row showed (or none
 * for a hire). The API picks the step, refuses it with `gap_changed` when the row is stale, and
 * answers a second click with the action already planned (idempotent), so nothing is planned twice.
 */
export async function planGap(
  _previous: ActionResult<PlannedGapResult> | null,
  form: FormData,
): Promise<ActionResult<PlannedGapResult>> {
  const teamId = text(form, 'teamId');
  const requirementId = text(form, 'requirementId');
  const employeeId = text(form, 'employeeId') || null;
  if (!isUuid(teamId) || !isUuid(requirementId) || (employeeId !== null && !isUuid(employeeId))) {
    return { ok: false, status: 400, code: 'bad_request' };
  }
  return planGapAction({ teamId, requirementId, employeeId });
}

/**
 * The plan of a site's certificate gap (rule 18): `step=course` plans a course for the person chosen
 * at the site, `step=hire` a vacancy in the team chosen. The API checks both (422 when she does not
 * work there or the team is another site's) and answers a second click with the action already planned.
 */
export async function planSiteGap(
  _previous: ActionResult<PlannedGapResult> | null,
  form: FormData,
): Promise<ActionResult<PlannedGapResult>> {
  const siteId = text(form, 'siteId');
  const requirementId = text(form, 'requirementId');
  const hire = text(form, 'step') === 'hire';
  const chosen = text(form, hire ? 'teamId' : 'employeeId');
  if (!isUuid(siteId) || !isUuid(requirementId) || !isUuid(chosen)) {
    return { ok: false, status: 400, code: 'bad_request' };
  }
  return planGapAction({
    siteId,
    requirementId,
    ...(hire ? { employeeId: null, teamId: chosen } : { employeeId: chosen }),
  });
}

/**
 * Plans a gap through the API (a course or a vacancy, ending in six months) and answers with the
 * action planned, or the one a second click finds already planned (`created` false).
 */
async function planGapAction(target: Record<string, string | null>): Promise<ActionResult<PlannedGapResult>> {
  let result: TPlanGapResult;
  try {
    result = await apiFetch<TPlanGapResult>('/api/development-plan/gaps/plan', {
      method: 'POST',
      body: { ...target, expectedEndDate: sixMonthsFrom(new Date()) },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/ontwikkelplan');
  const { action, created } = result;
  return {
    ok: true,
    data: {
      id: action.id,
      title: action.title,
      type: action.type,
      employeeName: action.employeeName,
      created,
    },
  };
}

/** The edit form of one action: dates, provider, cost, notes and status, with If-Match on its version. */
export async function updateAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = text(form, 'id');
  const version = Number.parseInt(text(form, 'version'), 10);
  if (!isUuid(id) || !Number.isInteger(version)) return { ok: false, status: 400, code: 'bad_request' };
  const payload = editPayload(
    {
      provider: text(form, 'provider'),
      cost: text(form, 'cost'),
      startDate: text(form, 'startDate'),
      expectedEndDate: text(form, 'expectedEndDate'),
      notes: text(form, 'notes'),
      status: text(form, 'status'),
    },
    text(form, 'currentStatus'),
  );
  if (!payload.ok) {
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors: payload.fieldErrors };
  }
  try {
    await apiFetch(`/api/development-actions/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: payload.body,
      ifMatch: `W/"${version}"`,
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/ontwikkelplan');
  revalidatePath(`/ontwikkelplan/acties/${id}`);
  return { ok: true };
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
    case 'certificate':
      return one('targetCertificateTypeId');
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
  const cost = parseEuros(text(form, 'cost'));
  if (cost === 'invalid') {
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
