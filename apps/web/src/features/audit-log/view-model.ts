import { first as firstParam, parsePage } from '@/lib/params';

/** Pure helpers of the audit log: filters from the URL, and which fields an event changed. */

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  entity: string;
  action: string;
  /** yyyy-mm-dd as typed (inclusive). */
  from: string;
  /** yyyy-mm-dd as typed (inclusive). */
  to: string;
  page: number;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const first = (value: string | string[] | undefined) => firstParam(value) ?? '';

export function parseFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  return {
    entity: first(params.onderdeel).trim().slice(0, 100),
    action: first(params.handeling).trim().slice(0, 100),
    from: first(params.van).trim(),
    to: first(params.tot).trim(),
    page: parsePage(params.pagina),
  };
}

/** The URL of the log with these filters (Dutch query names, like the routes). */
export function filtersHref(filters: AuditFilters, page = filters.page): string {
  const query = new URLSearchParams();
  if (filters.entity) query.set('onderdeel', filters.entity);
  if (filters.action) query.set('handeling', filters.action);
  if (filters.from) query.set('van', filters.from);
  if (filters.to) query.set('tot', filters.to);
  if (page > 1) query.set('pagina', String(page));
  const text = query.toString();
  return text ? `/logboek?${text}` : '/logboek';
}

/** The UTC offset of Amsterdam on a day, as "+01:00" / "+02:00". */
function amsterdamOffset(day: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = parts?.match(/GMT([+-]\d{2}:\d{2})/);
  return match?.[1] ?? '+00:00';
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Local (Amsterdam) day bounds as the API's query: `from` inclusive, `to` exclusive (day after). */
export function apiQuery(filters: AuditFilters) {
  const from = isValidDate(filters.from)
    ? `${filters.from}T00:00:00${amsterdamOffset(filters.from)}`
    : undefined;
  const toDay = isValidDate(filters.to) ? nextDay(filters.to) : null;
  const to = toDay ? `${toDay}T00:00:00${amsterdamOffset(toDay)}` : undefined;
  return {
    entity: filters.entity || undefined,
    action: filters.action || undefined,
    from,
    to,
    page: filters.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

export type FieldChange = { field: string; before: unknown; after: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The fields that differ between before and after. A creation lists every field it set, a
 * deletion every field it removed; a non-object value is one pseudo-field "value".
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = before ?? null;
  const a = after ?? null;
  if (b === null && a === null) return [];
  if ((b !== null && !isRecord(b)) || (a !== null && !isRecord(a))) {
    return JSON.stringify(b) === JSON.stringify(a) ? [] : [{ field: 'value', before: b, after: a }];
  }
  const beforeRecord = (b ?? {}) as Record<string, unknown>;
  const afterRecord = (a ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])];
  return keys
    .filter((key) => JSON.stringify(beforeRecord[key] ?? null) !== JSON.stringify(afterRecord[key] ?? null))
    .map((key) => ({ field: key, before: beforeRecord[key] ?? null, after: afterRecord[key] ?? null }));
}
