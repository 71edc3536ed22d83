'use server';

import { ZId } from '@teamspiegel/domain/api/common';
import { type TSite, ZSiteCreate, ZSiteUpdate } from '@teamspiegel/domain/api/sites';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/api/errors';
import { etagOf, formObject, send, validate } from '../mutate';
import { noticeHref } from '../notice';

const PATH = '/beheer/locaties';

function done(key: string, site: TSite): never {
  revalidatePath(PATH);
  revalidatePath('/beheer');
  redirect(noticeHref(PATH, key, site.name));
}

/** POST /api/sites. A second click finds the name taken (409 at the name field), never a second site. */
export async function createSite(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = formObject(form, ['name', 'city']);
  const body = validate(ZSiteCreate, { name: input.name ?? '', city: input.city ?? null });
  if ('error' in body) return body.error;
  const result = await send<TSite>({ method: 'POST', path: '/api/sites', body: body.data });
  if ('error' in result) return result.error;
  done('site_created', result.data);
}

/** PATCH /api/sites/:id with If-Match: a concurrent change answers 412 instead of being overwritten. */
export async function updateSite(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = ZId.safeParse(form.get('id'));
  const etag = etagOf(form);
  if (!id.success || !etag) return { ok: false, status: 400, code: 'bad_request' };
  const input = formObject(form, ['name', 'city']);
  const body = validate(ZSiteUpdate, { name: input.name ?? '', city: input.city ?? null });
  if ('error' in body) return body.error;
  const result = await send<TSite>({
    method: 'PATCH',
    path: `/api/sites/${id.data}`,
    body: body.data,
    ifMatch: etag,
  });
  if ('error' in result) {
    if (result.error.ok === false && result.error.status === 412) revalidatePath(PATH);
    return result.error;
  }
  done('site_updated', result.data);
}

/** POST /api/sites/:id/archive (archive = "1") or /unarchive, with If-Match. */
export async function setSiteArchived(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const id = ZId.safeParse(form.get('id'));
  const etag = etagOf(form);
  if (!id.success || !etag) return { ok: false, status: 400, code: 'bad_request' };
  const archive = form.get('archive') === '1';
  const result = await send<TSite>({
    method: 'POST',
    path: `/api/sites/${id.data}/${archive ? 'archive' : 'unarchive'}`,
    ifMatch: etag,
  });
  if ('error' in result) {
    if (result.error.ok === false && result.error.status === 412) revalidatePath(PATH);
    return result.error;
  }
  done(archive ? 'site_archived' : 'site_unarchived', result.data);
}
