'use server';

import type { TAuthSession } from '@teamspiegel/domain/api/auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isLocale, LOCALE_COOKIE } from '@/i18n/config';
import { homeFor } from '@/lib/access';
import { apiFetch } from '@/lib/api/client';
import { type ActionResult, ApiError, toActionError } from '@/lib/api/errors';
import { forwardedHeaders } from '@/lib/api/forwarding';
import { webEnv } from '@/lib/env';
import { sameOriginPath } from '@/lib/redirects';
import { getSession } from '@/lib/session';

/** Stores the API session inside the sealed cookie; the browser never sees the tokens. */
export async function storeSession(auth: TAuthSession) {
  const session = await getSession();
  session.accessToken = auth.accessToken;
  session.accessExpiresAt = Date.now() + auth.expiresIn * 1000;
  session.refreshToken = auth.refreshToken;
  session.user = { id: auth.user.id, name: auth.user.name, email: auth.user.email };
  session.organisation = auth.organisation
    ? { id: auth.organisation.id, name: auth.organisation.name }
    : null;
  session.role = auth.role;
  session.employeeId = auth.employeeId;
  await session.save();
}

/** A failed sign-in carries the e-mail back, so the form keeps it (the password is never returned). */
export type LoginResult = ActionResult & { email?: string };

export async function login(_previous: LoginResult | null, form: FormData): Promise<LoginResult> {
  const email = String(form.get('email') ?? '');
  let auth: TAuthSession;
  try {
    auth = await apiFetch<TAuthSession>('/api/auth/login', {
      method: 'POST',
      anonymous: true,
      body: { email, password: String(form.get('password') ?? ''), session: 'token' },
    });
  } catch (error) {
    return { ...toActionError(error), email };
  }
  if (!auth.organisation) return { ok: false, status: 403, code: 'no_membership', email };
  await storeSession(auth);
  redirect(sameOriginPath(form.get('volgende')) ?? homeFor(auth.role));
}

export async function logout() {
  const session = await getSession();
  if (session.refreshToken || session.accessToken) {
    // Ends the session at the API: its refresh tokens and the access token in hand.
    await fetch(`${webEnv.apiUrl}/api/auth/logout`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {}),
        ...forwardedHeaders(await headers()),
      },
      body: JSON.stringify(session.refreshToken ? { refreshToken: session.refreshToken } : {}),
      cache: 'no-store',
    }).catch(() => undefined);
  }
  session.destroy();
  redirect('/login');
}

export async function setLocale(form: FormData) {
  const locale = String(form.get('locale') ?? '');
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
  }
  const back = sameOriginPath(form.get('terug'));
  redirect(back ?? '/');
}

export { ApiError };
