import { z } from 'zod';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery } from './common.js';
import { ZRequirementCount } from './team-requirements.js';

/** "≥ N holders of a valid, validated certificate of this type at this site" (docs/coverage-rules.md, rule 18). */
const ZSiteRequirementLine = z.object({
  certificateTypeId: ZId,
  count: ZRequirementCount,
  note: ZMultilineText({ max: 1000 }).nullish(),
});

export const ZSiteRequirementCreate = ZSiteRequirementLine.extend({ siteId: ZId });
export type TSiteRequirementCreate = z.infer<typeof ZSiteRequirementCreate>;

/** PATCH changes the line (the site stays); `version` or If-Match guards against overwriting. */
export const ZSiteRequirementUpdate = ZSiteRequirementLine.partial().extend({
  version: z.number().int().min(1).optional(),
});
export type TSiteRequirementUpdate = z.infer<typeof ZSiteRequirementUpdate>;

export const ZSiteRequirement = z.object({
  id: ZId,
  siteId: ZId,
  certificateTypeId: ZId,
  count: z.number().int(),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TSiteRequirement = z.infer<typeof ZSiteRequirement>;

export const ZSiteRequirementListQuery = ZPageQuery.extend({ siteId: ZId.optional() });
export type TSiteRequirementListQuery = z.infer<typeof ZSiteRequirementListQuery>;
