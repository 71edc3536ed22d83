import { first } from '@/lib/params';

/**
 * After a successful change the action redirects to the list with `?melding=<key>&naam=<name>`; the
 * page announces it. Only known keys are shown, the name is cut to a sane length.
 */
export function noticeFrom(
  params: Record<string, string | string[] | undefined>,
  keys: readonly string[],
): { key: string; name: string } | null {
  const key = first(params.melding);
  if (!key || !keys.includes(key)) return null;
  return { key, name: (first(params.naam) ?? '').slice(0, 200) };
}

export function noticeHref(
  path: string,
  key: string,
  name: string,
  keep: Record<string, string | undefined> = {},
) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(keep)) if (v) query.set(k, v);
  query.set('melding', key);
  query.set('naam', name);
  return `${path}?${query.toString()}`;
}
