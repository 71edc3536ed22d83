/**
 * A Server Action posted from another origin (a cross-site form or fetch). Next.js refuses it
 * too, but by throwing, which answers 500; the proxy answers 403 first. Same rule as Next's:
 * the Origin's host must equal the forwarded host or the Host header; a request without an
 * Origin (old browsers, server-side callers) is left to Next.
 */
export function isForeignServerAction(method: string, headers: Headers): boolean {
  if (method !== 'POST' || !headers.has('next-action')) return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!host) return true;
  try {
    return new URL(origin).host.toLowerCase() !== host.toLowerCase();
  } catch {
    // "null" (sandboxed frames, file:) or garbage.
    return true;
  }
}
