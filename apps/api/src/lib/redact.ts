/**
 * Credentials that travel in URLs (invitation links, ?token= on the preview) must never reach a
 * log. These helpers keep the shape of a URL for debugging and replace the secret parts.
 */
export const REDACTED_SECRET = '[redacted]';

/** Query parameters whose values are credentials, wherever they appear. */
const SECRET_PARAMS = /token|secret|password|code|key/i;

/** `/api/invitations/preview?token=abc&x=1` → `/api/invitations/preview?token=[redacted]&x=1`. */
export function redactRequestUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0] ?? '';
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed name is logged as it came, its value still hidden below when it matches.
      }
      return SECRET_PARAMS.test(decoded) ? `${name}=${REDACTED_SECRET}` : pair;
    });
  return `${url.slice(0, query)}?${params.join('&')}`;
}

/**
 * A link that is itself a credential (the token is its last path segment and/or its query):
 * `https://web/uitnodiging/abc` → `https://web/uitnodiging/[redacted]`.
 */
export function redactLink(link: string): string {
  try {
    const url = new URL(link);
    const segments = url.pathname.split('/');
    if (segments.length > 1 && segments[segments.length - 1] !== '') {
      segments[segments.length - 1] = REDACTED_SECRET;
    }
    const query = [...url.searchParams.keys()].map((key) => `${key}=${REDACTED_SECRET}`).join('&');
    return `${url.origin}${segments.join('/')}${query ? `?${query}` : ''}`;
  } catch {
    return REDACTED_SECRET;
  }
}

/** `text` with every occurrence of `link` replaced by its redacted form. */
export function redactLinkIn(text: string, link: string | undefined): string {
  return link ? text.replaceAll(link, redactLink(link)) : text;
}
