import { z } from 'zod';

/** Shared building blocks of the HTTP contracts (Z… schema, T… type). */
export const ZId = z.uuid();

export const ZIsoDate = z.iso.date();
export const ZIsoDateTime = z.iso.datetime({ offset: true });

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
