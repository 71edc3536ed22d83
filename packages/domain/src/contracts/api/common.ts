import { z } from 'zod';

/** Shared building blocks of the HTTP contracts (Z… schema, T… type). */
export const ZId = z.uuid();

export const ZIsoDate = z.iso.date();
export const ZIsoDateTime = z.iso.datetime({ offset: true });

/**
 * Dates and moments sent to the API lie in a sane range (PostgreSQL refuses year 0000 with 22008;
 * nobody starts a job in 0001). Responses use the unbounded ZIsoDate/ZIsoDateTime, so a row stored
 * before the bound existed can still be read.
 */
export const DATE_RANGE = { from: '1900-01-01', until: '2100-12-31' } as const;
const inDateRange = (value: string) =>
  value.slice(0, 10) >= DATE_RANGE.from && value.slice(0, 10) <= DATE_RANGE.until;
const dateRange = { message: `Must lie between ${DATE_RANGE.from} and ${DATE_RANGE.until}` };
export const ZDateInput = ZIsoDate.refine(inDateRange, dateRange);
export const ZDateTimeInput = ZIsoDateTime.refine(inDateRange, dateRange);

/**
 * Text input. No control character reaches the database (NUL is refused by PostgreSQL, the others
 * break exports and logs): single-line text (names, titles, search terms) admits none at all,
 * multi-line text (notes, descriptions) only tab and line breaks. Both are trimmed.
 */
const NO_CONTROL = /^\P{Cc}*$/u;
const NO_CONTROL_BUT_LINE_BREAKS = /^(?:[\t\n\r]|\P{Cc})*$/u;
const controlMessage = 'Must not contain control characters';

/** Single-line text: a name, title, label or search term. */
export function ZText(limits: { min?: number; max: number }) {
  return z
    .string()
    .trim()
    .min(limits.min ?? 0)
    .max(limits.max)
    .regex(NO_CONTROL, { message: controlMessage });
}

/** Multi-line free text (notes, descriptions, motivations): tabs and line breaks allowed. */
export function ZMultilineText(limits: { min?: number; max: number }) {
  return z
    .string()
    .trim()
    .min(limits.min ?? 0)
    .max(limits.max)
    .regex(NO_CONTROL_BUT_LINE_BREAKS, { message: controlMessage });
}

/** Page-based pagination; every list endpoint accepts these. */
export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}
export type TPage<T> = { items: T[]; page: number; pageSize: number; total: number };

/** A boolean in a query string ("true"/"false"). */
export const ZQueryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

export { type TMemberRole, ZMemberRole } from '../../access/roles.js';

/** RFC 9457 problem details as the API sends them. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z
    .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
    .optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

export const ZIdParams = z.object({ id: ZId });
