/**
 * Response headers of every page (next.config.ts). Pure, so a unit test reads the policy.
 *
 * The Content-Security-Policy allows scripts and styles from our own origin only. Next.js streams
 * its page data in inline <script> tags, so script-src needs 'unsafe-inline' unless every page
 * were rendered per request with a nonce; no third-party origin is allowed anywhere, frames and
 * plugins are off, forms post to ourselves only. Development adds what the dev server's hot
 * reload needs ('unsafe-eval', websockets). HSTS only in production: it is meaningless (and
 * sticky) on http://localhost.
 */
export type Header = { key: string; value: string };

export function contentSecurityPolicy(mode: 'development' | 'production' | 'test'): string {
  const development = mode === 'development';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Two years, the preload list's minimum. */
const HSTS = 'max-age=63072000; includeSubDomains';

export function securityHeaders(mode: 'development' | 'production' | 'test'): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(mode) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(mode === 'production' ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
  ];
}
