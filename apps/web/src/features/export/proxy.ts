import 'server-only';
import { headers as incomingHeaders } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { forwardedHeaders } from '@/lib/api/forwarding';
import { webEnv } from '@/lib/env';
import { getSession, isSignedIn } from '@/lib/session';

export { UUID } from '@/lib/params';

/**
 * Route-handler helper: fetches a file from the API with the user's token (server-side; the
 * browser never talks to the API) and passes it on as a download, headers included.
 * `query` holds only the parameters the caller allows through.
 */
export async function proxyDownload(
  path: string,
  query: Record<string, string | null | undefined>,
): Promise<Response> {
  const session = await getSession();
  if (!isSignedIn(session)) return Response.json({ code: 'unauthenticated' }, { status: 401 });
  const url = new URL(`${webEnv.apiUrl}${path}`);
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  if (!url.searchParams.has('locale')) url.searchParams.set('locale', await getLocale());
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        authorization: `Bearer ${session.accessToken}`,
        ...forwardedHeaders(await incomingHeaders()),
      },
      cache: 'no-store',
    });
  } catch {
    return Response.json({ code: 'api_unreachable' }, { status: 503 });
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { code?: string } | null;
    return Response.json(
      { code: problem?.code ?? 'bad_request' },
      { status: response.status, headers: { 'cache-control': 'no-store' } },
    );
  }
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const name of ['content-type', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}

/** Only the known formats pass; anything else falls back to Excel. */
export function formatOf(value: string | null): 'xlsx' | 'csv' {
  return value === 'csv' ? 'csv' : 'xlsx';
}
