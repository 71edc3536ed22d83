import type { TAuthSession } from '@teamspiegel/domain/api/auth';
import { sealData, unsealData } from 'iron-session';
import { type NextRequest, NextResponse } from 'next/server';
import { forwardedHeaders } from './lib/api/forwarding';
import { ensureRequestId, REQUEST_ID_HEADER } from './lib/api/request-id';
import { webEnv } from './lib/env';
import { hasMalformedId } from './lib/params';
import { isForeignServerAction } from './lib/server-action-origin';
import { SESSION_COOKIE, type SessionData, sessionOptions } from './lib/session';
import { type RefreshOutcome, singleFlightRefresh } from './lib/single-flight-refresh';

const PUBLIC_PATHS = [
  /^\/login/,
  /^\/uitnodiging\//,
  /^\/_next\//,
  /^\/favicon/,
  /^\/icon\.svg$/,
  /^\/health$/,
];
const REFRESH_MARGIN_MS = 60_000;

function withRequestId(incoming: Headers): Record<string, string> {
  const id = incoming.get(REQUEST_ID_HEADER);
  return id ? { [REQUEST_ID_HEADER]: id } : {};
}

async function refreshAtApi(refreshToken: string, incoming: Headers): Promise<RefreshOutcome> {
  const response = await fetch(`${webEnv.apiUrl}/api/auth/refresh`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...forwardedHeaders(incoming),
      ...withRequestId(incoming),
    },
    body: JSON.stringify({ refreshToken, session: 'token' }),
    cache: 'no-store',
  });
  // Only a refused session signs the user out; anything else lets the page show its own error.
  if (response.status === 401) return { kind: 'rejected' };
  if (!response.ok) return { kind: 'unreachable' };
  return { kind: 'refreshed', auth: (await response.json()) as TAuthSession };
}

/**
 * One refresh per session at a time in this process: requests racing near expiry share it, and
 * late ones with the old cookie reuse its answer (the API also allows a short grace, for
 * several web servers).
 */
const refreshOnce = singleFlightRefresh(refreshAtApi, { reuseMs: 20_000, max: 10_000 });

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
  // One id per user action, sent on to the API (lib/api/client.ts) and back to the browser.
  const requestId = ensureRequestId(request.headers);
  const passOn = () => {
    // An id that cannot exist is a 404 page with status 404 (pages stream their notFound() after a 200).
    const response = hasMalformedId(pathname)
      ? NextResponse.rewrite(new URL('/niet-gevonden', request.url), {
          request: { headers: request.headers },
        })
      : NextResponse.next({ request: { headers: request.headers } });
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  };
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

  const outcome = await refreshOnce(session.refreshToken, request.headers);
  // API unreachable: let the page render its own error state rather than logging the user out.
  if (outcome.kind === 'unreachable') return passOn();
  if (outcome.kind === 'rejected') return toLogin();
  const refreshed = outcome.auth;

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
