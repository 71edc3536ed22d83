import { z } from 'zod';
import { ZId, ZIsoDateTime, ZPageQuery, ZText } from './common.js';

export const ZSite = z.object({
  id: ZId,
  name: z.string(),
  city: z.string().nullable(),
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

export const ZSiteUpdate = ZSiteCreate.partial();
export type TSiteUpdate = z.infer<typeof ZSiteUpdate>;

export const ZSiteListQuery = ZPageQuery.extend({
  q: ZText({ max: 200 }).optional(),
});
