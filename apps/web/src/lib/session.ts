import 'server-only';
import type { TMemberRole } from '@teamspiegel/domain/api/common';
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { webEnv } from './env';

/**
 * The browser holds only a sealed, httpOnly session cookie; the API's tokens live inside it and
 * are used server-side (backend for frontend). Nothing of the API is reachable from the browser.
 */
export type SessionData = {
  accessToken?: string;
  /** Epoch milliseconds. */
  accessExpiresAt?: number;
  refreshToken?: string;
  user?: { id: string; name: string; email: string };
  organisation?: { id: string; name: string } | null;
  role?: TMemberRole | null;
  employeeId?: string | null;
};

export const SESSION_COOKIE = 'ts_session';

export const sessionOptions: SessionOptions = {
  cookieName: SESSION_COOKIE,
  password: webEnv.sessionSecret,
  ttl: 14 * 24 * 3600,
  cookieOptions: {
    httpOnly: true,
    sameSite: 'lax',
    secure: webEnv.secureCookies,
    path: '/',
  },
};

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions);
}

export type SignedInSession = Required<Pick<SessionData, 'accessToken' | 'user'>> & SessionData;

export function isSignedIn(session: SessionData): session is SignedInSession {
  return Boolean(session.accessToken && session.user);
}
