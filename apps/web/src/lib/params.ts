/** Parsing of route and query-string parameters, shared by pages, route handlers and actions. */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The first value of a search param (Next passes repeated params as an array). */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A query-string value as a site id; anything else (empty, garbage) means "all sites". */
export function parseSiteId(value: string | string[] | undefined): string | undefined {
  const v = first(value);
  return isUuid(v) ? v.toLowerCase() : undefined;
}

/** A query-string value as a page number ≥ 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number.parseInt(first(value) ?? '', 10);
  return Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** Pages whose address carries a record's id: /teams/:id…, /mensen/:id…, /beheer/mensen/:id, /beheer/rollen/:id. */
const ID_PAGES = [/^\/teams\/([^/]+)/, /^\/mensen\/([^/]+)/, /^\/beheer\/(?:mensen|rollen)\/([^/]+)/];

/**
 * Whether the address names a record by an id that cannot exist (not a UUID). The proxy answers
 * such an address with the 404 page before any page streams (a page's own notFound() comes after
 * the loading state has already sent 200).
 */
export function hasMalformedId(pathname: string): boolean {
  for (const page of ID_PAGES) {
    const id = page.exec(pathname)?.[1];
    if (id !== undefined) return !isUuid(decodeURIComponentSafe(id));
  }
  return false;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
