/** Any origin will do: only whether a value stays on it matters, and only its path is kept. */
const BASE = 'https://teamspiegel.invalid';

/**
 * A path on this site to send the user to after signing in or switching language, or null.
 * Parsed with URL against an origin, as the browser would resolve it: `//evil.example`,
 * `/\evil.example`, a tab or newline inside (which URL drops) and absolute URLs all land on
 * another origin or are no path, and are refused. What comes back is URL's own serialisation.
 */
export function sameOriginPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
