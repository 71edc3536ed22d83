'use server';

import type { TEmployee, TEmployeeDeactivation } from '@teamspiegel/domain/api/employees';
import type { TMembership, TMembershipMoved } from '@teamspiegel/domain/api/memberships';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';
import { isUuid } from '@/lib/params';
import { optionalNumber, optionalText, personBody } from './form-data';

/**
 * Server Actions of the people administration. Each sends one API call; the API validates (field
 * errors come back as problem+json and are shown beside the fields), guards against twins (one
 * e-mail per organisation) and checks If-Match on edits. The result names what happened.
 */

export type Done = { message: string; values: Record<string, string | number> };

function revalidatePerson(id: string) {
  revalidatePath(`/mensen/${id}`);
  revalidatePath(`/beheer/mensen/${id}`);
  revalidatePath('/mensen');
}

export async function createPerson(
  _previous: ActionResult<Done> | null,
  form: FormData,
): Promise<ActionResult<Done>> {
  let created: TEmployee;
  try {
    created = await apiFetch<TEmployee>('/api/employees', { method: 'POST', body: personBody(form) });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath('/mensen');
  redirect(`/beheer/mensen/${created.id}?aangemaakt=1`);
}

export async function updatePerson(
  _previous: ActionResult<Done> | null,
  form: FormData,
): Promise<ActionResult<Done>> {
  const id = String(form.get('id') ?? '');
  const version = Number(form.get('version'));
  if (!isUuid(id) || !Number.isInteger(version)) return { ok: false, status: 400, code: 'bad_request' };
  let saved: TEmployee;
  try {
    saved = await apiFetch<TEmployee>(`/api/employees/${id}`, {
      method: 'PATCH',
      body: personBody(form),
      ifMatch: `W/"${version}"`,
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePerson(id);
  return { ok: true, data: { message: 'edit.saved', values: { name: saved.fullName } } };
}

export async function addMembership(
  _previous: ActionResult<Done> | null,
  form: FormData,
): Promise<ActionResult<Done>> {
  const employeeId = String(form.get('employeeId') ?? '');
  if (!isUuid(employeeId)) return { ok: false, status: 400, code: 'bad_request' };
  let created: TMembership;
  try {
    created = await apiFetch<TMembership>('/api/memberships', {
      method: 'POST',
      body: {
        employeeId,
        teamId: String(form.get('teamId') ?? ''),
        startDate: String(form.get('startDate') ?? ''),
        endDate: optionalText(form, 'endDate'),
        fte: optionalNumber(form, 'fte'),
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePerson(employeeId);
  return {
    ok: true,
    data: {
      message: 'memberships.added',
      values: { name: created.employee.fullName, team: created.team.name },
    },
  };
}

export async function moveMembership(
  _previous: ActionResult<Done> | null,
  form: FormData,
): Promise<ActionResult<Done>> {
  const [membershipId = '', versionText = ''] = String(form.get('from') ?? '').split(':');
  const version = Number(versionText);
  if (!isUuid(membershipId) || !Number.isInteger(version)) {
    return { ok: false, status: 400, code: 'bad_request' };
  }
  let moved: TMembershipMoved;
  try {
    moved = await apiFetch<TMembershipMoved>(`/api/memberships/${membershipId}/move`, {
      method: 'POST',
      body: {
        toTeamId: String(form.get('toTeamId') ?? ''),
        date: String(form.get('date') ?? ''),
        // Empty: the new team gets the old membership's share.
        fte: optionalNumber(form, 'fte') ?? undefined,
      },
      ifMatch: `W/"${version}"`,
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePerson(moved.started.employeeId);
  revalidatePath(`/teams/${moved.ended.teamId}`);
  revalidatePath(`/teams/${moved.started.teamId}`);
  return {
    ok: true,
    data: {
      message: 'memberships.moved',
      values: {
        name: moved.started.employee.fullName,
        from: moved.ended.team.name,
        to: moved.started.team.name,
        date: moved.started.startDate,
      },
    },
  };
}

export async function deactivatePerson(
  _previous: ActionResult<Done> | null,
  form: FormData,
): Promise<ActionResult<Done>> {
  const id = String(form.get('id') ?? '');
  const version = Number(form.get('version'));
  const date = String(form.get('date') ?? '');
  if (!isUuid(id) || !Number.isInteger(version)) return { ok: false, status: 400, code: 'bad_request' };
  let result: TEmployeeDeactivation;
  try {
    result = await apiFetch<TEmployeeDeactivation>(`/api/employees/${id}/deactivate`, {
      method: 'POST',
      body: { date },
      ifMatch: `W/"${version}"`,
    });
  } catch (error) {
    return toActionError(error);
  }
  revalidatePerson(id);
  revalidatePath('/teams', 'layout');
  return {
    ok: true,
    data: {
      message: 'deactivate.done',
      values: {
        name: result.employee.fullName,
        date,
        memberships: result.membershipsEnded,
        actions: result.actionsCancelled,
      },
    },
  };
}
