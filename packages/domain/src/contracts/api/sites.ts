import { z } from 'zod';
import { ZId, ZIsoDateTime, ZPageQuery } from './common.js';

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
  name: z.string().trim().min(1).max(200),
  city: z.string().trim().max(200).nullish(),
});
export type TSiteCreate = z.infer<typeof ZSiteCreate>;

export const ZSiteUpdate = ZSiteCreate.partial();
export type TSiteUpdate = z.infer<typeof ZSiteUpdate>;

export const ZSiteListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
});
