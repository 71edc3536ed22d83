'use server';

import { ZId } from '@teamspiegel/domain/api/common';
import {
  type TRequirementTemplateApplyResult,
  ZRequirementTemplateApply,
} from '@teamspiegel/domain/api/requirement-templates';
import { type TTeam, ZTeamCreateWithTemplate, ZTeamUpdate } from '@teamspiegel/domain/api/teams';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/api/errors';
import { etagOf, formObject, send, validate } from '../mutate';
import { noticeHref } from '../notice';

const PATH = '/beheer/teams';

function done(key: string, team: TTeam): never {
  revalidatePath(PATH);
  revalidatePath('/beheer/locaties');
  revalidatePath('/overzicht');
  redirect(noticeHref(PATH, key, team.name));
}

const notFoundOr412 = (error: ActionResult<never>) => {
  if (!error.ok && error.status === 412) revalidatePath(PATH);
  return error;
};

/** POST /api/teams (with an optional template, applied in the same transaction). */
export async function createTeam(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = formObject(form, ['name', 'siteId', 'kind', 'templateId']);
  const body = validate(ZTeamCreateWithTemplate, {
    name: input.name ?? '',
    siteId: input.siteId ?? '',
    kind: input.kind,
    templateId: input.templateId,
  });
  if ('error' in body) return body.error;
  const result = await send<TTeam>({ method: 'POST', path: '/api/teams', body: body.data });
  if ('error' in result) return result.error;
  done(body.data.templateId ? 'team_created_template' : 'team_created', result.data);
}

/** PATCH /api/teams/:id: rename, move to another site, set the kind; If-Match. */
export async function updateTeam(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = ZId.safeParse(form.get('id'));
  const etag = etagOf(form);
  if (!id.success || !etag) return { ok: false, status: 400, code: 'bad_request' };
  const input = formObject(form, ['name', 'siteId', 'kind']);
  const body = validate(ZTeamUpdate, {
    name: input.name ?? '',
    siteId: input.siteId ?? '',
    kind: input.kind,
  });
  if ('error' in body) return body.error;
  const result = await send<TTeam>({
    method: 'PATCH',
    path: `/api/teams/${id.data}`,
    body: body.data,
    ifMatch: etag,
  });
  if ('error' in result) return notFoundOr412(result.error);
  done('team_updated', result.data);
}

/** POST /api/teams/:id/archive or /unarchive, with If-Match. */
export async function setTeamArchived(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = ZId.safeParse(form.get('id'));
  const etag = etagOf(form);
  if (!id.success || !etag) return { ok: false, status: 400, code: 'bad_request' };
  const archive = form.get('archive') === '1';
  const result = await send<TTeam>({
    method: 'POST',
    path: `/api/teams/${id.data}/${archive ? 'archive' : 'unarchive'}`,
    ifMatch: etag,
  });
  if ('error' in result) return notFoundOr412(result.error);
  done(archive ? 'team_archived' : 'team_unarchived', result.data);
}

export type ApplyResult = ActionResult<TRequirementTemplateApplyResult>;

/** POST /api/requirement-templates/:id/apply to every current team of a kind or a site (all or nothing). */
export async function applyTemplate(_prev: ApplyResult | null, form: FormData): Promise<ApplyResult> {
  const input = formObject(form, ['templateId', 'target', 'kind', 'siteId']);
  const templateId = input.templateId ?? '';
  if (!/^[a-z0-9_]{1,100}$/.test(templateId)) {
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors: { templateId: 'required' } };
  }
  const target = input.target === 'site' ? { siteId: input.siteId ?? '' } : { kind: input.kind ?? '' };
  const body = validate(ZRequirementTemplateApply, target);
  if ('error' in body) return body.error;
  const result = await send<TRequirementTemplateApplyResult>({
    method: 'POST',
    path: `/api/requirement-templates/${templateId}/apply`,
    body: body.data,
  });
  if ('error' in result) return result.error;
  revalidatePath(PATH);
  revalidatePath('/overzicht');
  return { ok: true, data: result.data };
}
