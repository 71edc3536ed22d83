'use server';

import type { TInvitation } from '@teamspiegel/domain/api/auth';
import type { TMember } from '@teamspiegel/domain/api/members';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import type { FormState } from '../roles-admin/form-bits';

const PATH = '/beheer/toegang';
const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

async function roleName(role: string) {
  const t = await getTranslations('nav.roles');
  return t.has(role) ? t(role) : role;
}

/**
 * POST /api/invitations: the API checks the role against what the actor may grant, refuses a
 * second pending invitation to the same address (409 `invitation_pending`) and mails the link.
 */
export async function invite(_previous: FormState, form: FormData): Promise<FormState> {
  const employeeId = text(form, 'employeeId');
  const managedTeamIds = form.getAll('managedTeamIds').map(String).filter(isUuid);
  let created: TInvitation;
  try {
    created = await apiFetch<TInvitation>('/api/invitations', {
      method: 'POST',
      body: {
        email: text(form, 'email'),
        name: text(form, 'name'),
        role: text(form, 'role'),
        employeeId: employeeId === '' ? null : employeeId,
        ...(managedTeamIds.length > 0 ? { managedTeamIds } : {}),
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(PATH);
  const t = await getTranslations('accessAdmin');
  return {
    ok: true,
    data: { message: t('invited', { email: created.email, role: await roleName(created.role) }) },
  };
}

function idFrom(form: FormData): string | null {
  const id = text(form, 'id');
  return isUuid(id) ? id : null;
}

export async function resendInvitation(_previous: FormState, form: FormData): Promise<FormState> {
  const id = idFrom(form);
  if (!id) return { ok: false, status: 400, code: 'bad_request' };
  let sent: TInvitation;
  try {
    sent = await apiFetch<TInvitation>(`/api/invitations/${id}/resend`, { method: 'POST', body: {} });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(PATH);
  const t = await getTranslations('accessAdmin');
  return { ok: true, data: { message: t('resent', { email: sent.email }) } };
}

export async function revokeInvitation(_previous: FormState, form: FormData): Promise<FormState> {
  const id = idFrom(form);
  if (!id) return { ok: false, status: 400, code: 'bad_request' };
  try {
    await apiFetch(`/api/invitations/${id}`, { method: 'DELETE' });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(PATH);
  const t = await getTranslations('accessAdmin');
  return { ok: true, data: { message: t('revoked', { email: text(form, 'email') }) } };
}

export async function changeMemberRole(_previous: FormState, form: FormData): Promise<FormState> {
  const id = idFrom(form);
  if (!id) return { ok: false, status: 400, code: 'bad_request' };
  let member: TMember;
  try {
    member = await apiFetch<TMember>(`/api/members/${id}`, {
      method: 'PATCH',
      body: { role: text(form, 'role') },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(PATH);
  const t = await getTranslations('accessAdmin');
  return {
    ok: true,
    data: { message: t('roleChanged', { name: member.name, role: await roleName(member.role) }) },
  };
}

export async function removeMember(_previous: FormState, form: FormData): Promise<FormState> {
  const id = idFrom(form);
  if (!id) return { ok: false, status: 400, code: 'bad_request' };
  try {
    await apiFetch(`/api/members/${id}`, { method: 'DELETE' });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(PATH);
  const t = await getTranslations('accessAdmin');
  return { ok: true, data: { message: t('removed', { name: text(form, 'name') }) } };
}
