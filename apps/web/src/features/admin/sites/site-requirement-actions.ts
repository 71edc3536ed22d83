'use server';

import { ZId } from '@teamspiegel/domain/api/common';
import {
  type TSiteRequirement,
  ZSiteRequirementCreate,
  ZSiteRequirementUpdate,
} from '@teamspiegel/domain/api/site-requirements';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { apiFetchWithMeta } from '@/lib/api/client';
import { type ActionResult, ApiError, toActionError } from '@/lib/api/errors';
import { etagOf, formObject, send, validate } from '../mutate';
import { noticeHref } from '../notice';

const PATH = '/beheer/locaties';

/** Back to the list with a notice naming the site; the overview's figures change too. */
function done(key: string, form: FormData): never {
  revalidatePath(PATH);
  revalidatePath('/overzicht');
  const siteName = form.get('siteName');
  redirect(noticeHref(PATH, key, typeof siteName === 'string' ? siteName : ''));
}

/** A whole number from a form field, or the raw text (so the shared schema reports it at the field). */
function countOf(value: string | undefined): unknown {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : value;
}

/** POST /api/site-requirements: "≥ N holders of certificate T at this site" (rule 18). */
export async function createSiteRequirement(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const input = formObject(form, ['siteId', 'certificateTypeId', 'count', 'note']);
  const body = validate(ZSiteRequirementCreate, {
    siteId: input.siteId ?? '',
    certificateTypeId: input.certificateTypeId ?? '',
    count: countOf(input.count),
    note: input.note ?? null,
  });
  if ('error' in body) return body.error;
  const result = await send<TSiteRequirement>({
    method: 'POST',
    path: '/api/site-requirements',
    body: body.data,
  });
  if ('error' in result) return result.error;
  done('site_requirement_added', form);
}

/** PATCH /api/site-requirements/:id with If-Match: count and note. */
export async function updateSiteRequirement(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const id = ZId.safeParse(form.get('id'));
  const etag = etagOf(form);
  if (!id.success || !etag) return { ok: false, status: 400, code: 'bad_request' };
  const input = formObject(form, ['count', 'note']);
  const body = validate(ZSiteRequirementUpdate, { count: countOf(input.count), note: input.note ?? null });
  if ('error' in body) return body.error;
  const result = await send<TSiteRequirement>({
    method: 'PATCH',
    path: `/api/site-requirements/${id.data}`,
    body: body.data,
    ifMatch: etag,
  });
  if ('error' in result) {
    if (result.error.ok === false && result.error.status === 412) revalidatePath(PATH);
    return result.error;
  }
  done('site_requirement_saved', form);
}

/** DELETE /api/site-requirements/:id with If-Match. */
export async function removeSiteRequirement(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const id = ZId.safeParse(form.get('id'));
  const etag = etagOf(form);
  if (!id.success || !etag) return { ok: false, status: 400, code: 'bad_request' };
  try {
    await apiFetchWithMeta<null>(`/api/site-requirements/${id.data}`, { method: 'DELETE', ifMatch: etag });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 412) revalidatePath(PATH);
    return toActionError(error);
  }
  done('site_requirement_removed', form);
}
