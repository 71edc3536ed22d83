import { z } from 'zod';
import { ZId, ZIsoDateTime, ZPageQuery, ZText } from './common.js';

/** Which rows a list of sites or teams shows: the current ones (default), the archived ones, or both. */
export const ZArchiveFilter = z.enum(['active', 'archived', 'all']);
export type TArchiveFilter = z.infer<typeof ZArchiveFilter>;

export const ZSite = z.object({
  id: ZId,
  name: z.string(),
  city: z.string().nullable(),
  /** Set when the site was archived (it then has no current teams). */
  archivedAt: ZIsoDateTime.nullable(),
  /** Teams of the site that are not archived. */
  teamCount: z.number().int().min(0),
  /** People with a membership running today in one of those teams (each person once). */
  peopleCount: z.number().int().min(0),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TSite = z.infer<typeof ZSite>;

export const ZSiteCreate = z.object({
  name: ZText({ min: 1, max: 200 }),
  city: ZText({ max: 200 }).nullish(),
});
export type TSiteCreate = z.infer<typeof ZSiteCreate>;

export const ZSiteUpdate = ZSiteCreate.partial().extend({ version: z.number().int().min(1).optional() });
export type TSiteUpdate = z.infer<typeof ZSiteUpdate>;

export const ZSiteListQuery = ZPageQuery.extend({
  q: ZText({ max: 200 }).optional(),
  status: ZArchiveFilter.default('active'),
});
export type TSiteListQuery = z.infer<typeof ZSiteListQuery>;
