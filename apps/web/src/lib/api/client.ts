import 'server-only';
import type { TProblem } from '@teamspiegel/domain/api/common';
import { headers as incomingHeaders } from 'next/headers';
import { redirect } from 'next/navigation';
import { webEnv } from '../env';
import { getSession, isSignedIn } from '../session';
import { ApiError } from './errors';
import { forwardedHeaders } from './forwarding';
import { REQUEST_ID_HEADER } from './request-id';

type ApiRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** ETag of the version being edited (optimistic concurrency). */
  ifMatch?: string;
  /** Call without the user's token (login, invitations). */
  anonymous?: boolean;
};

export type ApiResponse<T> = { data: T; etag: string | null };

/** The id the proxy gave the current request (see request-id.ts), or null outside a request. */
async function currentRequestId(): Promise<string | null> {
  try {
    return (await incomingHeaders()).get(REQUEST_ID_HEADER);
  } catch {
    return null;
  }
}

/**
 * The one server-side client of the API: forwards the signed-in user's access token and the
 * browser's address, parses problem+json into ApiError, and sends the user to the login page when
 * the session is gone.
 */
export async function apiFetchWithMeta<T>(path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...forwardedHeaders(await incomingHeaders()),
  };
  const requestId = await currentRequestId();
  if (requestId) headers[REQUEST_ID_HEADER] = requestId;
  if (!request.anonymous) {
    const session = await getSession();
    if (!isSignedIn(session)) redirect('/login');
    headers.authorization = `Bearer ${session.accessToken}`;
  }
  // A FormData body (file uploads) goes as multipart; fetch sets its content type and boundary.
  const multipart = request.body instanceof FormData;
  if (request.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (request.ifMatch) headers['if-match'] = request.ifMatch;

  const url = new URL(`${webEnv.apiUrl}${path}`);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method ?? 'GET',
      headers,
      body:
        request.body === undefined
          ? undefined
          : multipart
            ? (request.body as FormData)
            : JSON.stringify(request.body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(503, {
      type: 'about:blank',
      title: 'API unreachable',
      status: 503,
      code: 'api_unreachable',
    });
  }

  if (response.status === 401 && !request.anonymous) redirect('/login?reden=sessie');
  if (!response.ok) {
    let problem: TProblem | null = null;
    try {
      problem = (await response.json()) as TProblem;
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem);
  }
  const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  return { data, etag: response.headers.get('etag') };
}

export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  return (await apiFetchWithMeta<T>(path, request)).data;
}
