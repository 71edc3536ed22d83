import type { TAuthSession } from '@teamspiegel/domain/api/auth';
import { sealData, unsealData } from 'iron-session';
import { type NextRequest, NextResponse } from 'next/server';
import { webEnv } from './lib/env';
import { refreshIsTransient } from './lib/refresh-outcome';
import { isForeignServerAction } from './lib/server-action-origin';
import { SESSION_COOKIE, type SessionData, sessionOptions } from './lib/session';

const PUBLIC_PATHS = [/^\/login/, /^\/uitnodiging\//, /^\/_next\//, /^\/favicon/, /^\/health$/];
const REFRESH_MARGIN_MS = 60_000;

/**
 * Runs before every page: sends visitors without a session to the login page, and silently
 * refreshes the API access token shortly before it expires (rotating the refresh token), so
 * server components always render with a valid token.
 */
export async function proxy(request: NextRequest) {
  if (isForeignServerAction(request.method, request.headers)) {
    return new NextResponse('Forbidden: a Server Action from another origin.', { status: 403 });
  }
  const { pathname, search } = request.nextUrl;
  // Layouts read the current path (for the language switch's way back).
  request.headers.set('x-pathname', `${pathname}${search}`);
  const passOn = () => NextResponse.next({ request: { headers: request.headers } });
  if (PUBLIC_PATHS.some((pattern) => pattern.test(pathname))) return passOn();

  const sealed = request.cookies.get(SESSION_COOKIE)?.value;
  const session = sealed
    ? await unsealData<SessionData>(sealed, { password: sessionOptions.password }).catch(
        () => ({}) as SessionData,
      )
    : ({} as SessionData);

  const toLogin = () => {
    const url = new URL('/login', request.url);
    if (pathname !== '/') url.searchParams.set('volgende', `${pathname}${search}`);
    const response = NextResponse.redirect(url);
    response.cookies.delete(SESSION_COOKIE);
    return response;
  };

  if (!session.accessToken || !session.refreshToken) return toLogin();
  if ((session.accessExpiresAt ?? 0) - Date.now() > REFRESH_MARGIN_MS) return passOn();

  let refreshed: TAuthSession;
  try {
    const response = await fetch(`${webEnv.apiUrl}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken, session: 'token' }),
      cache: 'no-store',
    });
    // The API or its database is down (503) or busy (429): keep the session, the page shows the error.
    if (refreshIsTransient(response.status)) return passOn();
    if (!response.ok) return toLogin();
    refreshed = (await response.json()) as TAuthSession;
  } catch {
    // API unreachable: let the page render its own error state rather than logging the user out.
    return passOn();
  }

  const next: SessionData = {
    ...session,
    accessToken: refreshed.accessToken,
    accessExpiresAt: Date.now() + refreshed.expiresIn * 1000,
    refreshToken: refreshed.refreshToken ?? session.refreshToken,
    role: refreshed.role,
    employeeId: refreshed.employeeId,
  };
  const resealed = await sealData(next, { password: sessionOptions.password, ttl: sessionOptions.ttl });
  // Make the new cookie visible to this very request's server components, and to the browser.
  request.cookies.set(SESSION_COOKIE, resealed);
  const response = passOn();
  response.cookies.set(SESSION_COOKIE, resealed, {
    ...sessionOptions.cookieOptions,
    maxAge: sessionOptions.ttl,
  });
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
