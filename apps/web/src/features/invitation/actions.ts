'use server';

import type { TAuthSession } from '@teamspiegel/domain/api/auth';
import { redirect } from 'next/navigation';
import { storeSession } from '@/features/auth/actions';
import { homeFor } from '@/lib/access';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, toActionError } from '@/lib/api/errors';

/** Field checks the form also does in the browser; the API checks the same again. */
function check(form: FormData, accountExists: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const password = String(form.get('password') ?? '');
  if (password.length < 10 || password.length > 1024) errors.password = 'passwordTooShort';
  if (!accountExists && password !== String(form.get('confirm') ?? '')) errors.confirm = 'passwordMismatch';
  const name = String(form.get('name') ?? '').trim();
  if (name.length > 200) errors.name = 'nameInvalid';
  return errors;
}

/** Accepts the invitation, then stores the session exactly as login does and goes to the role's home. */
export async function acceptInvitation(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const token = String(form.get('token') ?? '');
  const accountExists = form.get('accountExists') === 'true';
  const fieldErrors = check(form, accountExists);
  if (Object.keys(fieldErrors).length > 0) {
    return { ok: false, status: 400, code: 'validation_failed', fieldErrors };
  }
  const name = String(form.get('name') ?? '').trim();
  let auth: TAuthSession;
  try {
    auth = await apiFetch<TAuthSession>('/api/invitations/accept', {
      method: 'POST',
      anonymous: true,
      body: {
        token,
        password: String(form.get('password') ?? ''),
        ...(name && !accountExists ? { name } : {}),
        session: 'token',
      },
    });
  } catch (error) {
    return toActionError(error);
  }
  if (!auth.organisation) return { ok: false, status: 403, code: 'no_membership' };
  await storeSession(auth);
  redirect(homeFor(auth.role));
}
