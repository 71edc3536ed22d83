'use server';

import { AREA_IDS, LEVEL_IDS } from '@teamspiegel/domain';
import type { TRoleAssignment } from '@teamspiegel/domain/api/role-assignments';
import {
  type TRoleAreaRequirement,
  type TRoleDefinition,
  ZRoleAreaRequirement,
} from '@teamspiegel/domain/api/role-definitions';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { apiFetch } from '@/lib/api/client';
import { toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import type { FormState } from './form-bits';

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();
const orNull = (value: string) => (value === '' ? null : value);

/**
 * The area minimums of the profile form: one select per area (`min.<area>`), empty = not required.
 * A maximum the role already had (the trainee role) travels along in `max.<area>`.
 */
function areaRequirements(form: FormData): TRoleAreaRequirement[] {
  const out: TRoleAreaRequirement[] = [];
  for (const area of AREA_IDS) {
    const minLevel = text(form, `min.${area}`);
    if (!minLevel) continue;
    const maxLevel = text(form, `max.${area}`);
    const parsed = ZRoleAreaRequirement.safeParse({
      area,
      minLevel,
      ...((LEVEL_IDS as readonly string[]).includes(maxLevel) ? { maxLevel } : {}),
    });
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

function description(form: FormData) {
  return {
    descriptionNl: orNull(text(form, 'descriptionNl')),
    descriptionEn: orNull(text(form, 'descriptionEn')),
  };
}

/** PATCH the role's labels, description and area profile; If-Match carries the version the form showed. */
export async function saveRoleProfile(_previous: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const version = Number.parseInt(text(form, 'version'), 10);
  if (!isUuid(id) || !Number.isInteger(version)) return { ok: false, status: 400, code: 'bad_request' };
  let saved: TRoleDefinition;
  try {
    saved = await apiFetch<TRoleDefinition>(`/api/role-definitions/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: {
        labelNl: text(form, 'labelNl'),
        labelEn: text(form, 'labelEn'),
        ...description(form),
        areaRequirements: areaRequirements(form),
      },
      ifMatch: `W/"${version}"`,
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/beheer/rollen/${id}`);
  revalidatePath('/beheer/rollen');
  const t = await getTranslations('rolesAdmin');
  const locale = await getLocale();
  return {
    ok: true,
    data: {
      message: t('profileSaved', {
        role: locale === 'en' ? saved.labelEn : saved.labelNl,
        version: saved.version,
      }),
    },
  };
}

/** POST a new own role; on success go to its page (a second submit then meets 409 on the key). */
export async function createRole(_previous: FormState, form: FormData): Promise<FormState> {
  let created: TRoleDefinition;
  try {
    created = await apiFetch<TRoleDefinition>('/api/role-definitions', {
      method: 'POST',
      body: {
        key: text(form, 'key'),
        labelNl: text(form, 'labelNl'),
        labelEn: text(form, 'labelEn'),
        ...description(form),
        areaRequirements: areaRequirements(form),
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/beheer/rollen');
  redirect(`/beheer/rollen/${created.id}?aangemaakt=1`);
}

/** POST a role assignment with dates (the API refuses an overlapping duplicate with 409). */
export async function assignRole(_previous: FormState, form: FormData): Promise<FormState> {
  const roleDefinitionId = text(form, 'roleDefinitionId');
  if (!isUuid(roleDefinitionId)) return { ok: false, status: 400, code: 'bad_request' };
  let created: TRoleAssignment;
  try {
    created = await apiFetch<TRoleAssignment>('/api/role-assignments', {
      method: 'POST',
      body: {
        employeeId: text(form, 'employeeId'),
        roleDefinitionId,
        startDate: text(form, 'startDate') || undefined,
        endDate: orNull(text(form, 'endDate')),
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/beheer/rollen/${roleDefinitionId}`);
  const t = await getTranslations('rolesAdmin');
  const locale = await getLocale();
  return {
    ok: true,
    data: {
      message: t('assigned', {
        person: created.employee.fullName,
        role: locale === 'en' ? created.roleDefinition.labelEn : created.roleDefinition.labelNl,
        start: created.startDate,
      }),
    },
  };
}

/** Ends a current assignment on the chosen date (history kept; nothing is deleted). */
export async function endAssignment(_previous: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const roleDefinitionId = text(form, 'roleDefinitionId');
  if (!isUuid(id) || !isUuid(roleDefinitionId)) return { ok: false, status: 400, code: 'bad_request' };
  const endDate = text(form, 'endDate');
  let ended: TRoleAssignment;
  try {
    ended = await apiFetch<TRoleAssignment>(`/api/role-assignments/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: { endDate },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/beheer/rollen/${roleDefinitionId}`);
  const t = await getTranslations('rolesAdmin');
  return {
    ok: true,
    data: { message: t('ended', { person: ended.employee.fullName, end: ended.endDate ?? endDate }) },
  };
}
