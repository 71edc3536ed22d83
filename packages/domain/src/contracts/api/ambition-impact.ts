import { z } from 'zod';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZId } from './common.js';
import { ZPendingRequirementImpact } from './pending-impact.js';

/** One active ambition and the requirements of her teams whose gap reaching it would close or narrow. */
export const ZAmbitionImpactItem = z.object({
  ambitionId: ZId,
  area: ZAreaId,
  targetLevel: ZLevelId,
  requirements: z.array(ZPendingRequirementImpact),
});
export type TAmbitionImpactItem = z.infer<typeof ZAmbitionImpactItem>;

/**
 * `GET /api/me/ambition-impact`: per active ambition of the caller, the requirements of her teams
 * with fewer people missing once she reaches the target level — computed by the domain's
 * ambitionImpact on the validated figures (docs/coverage-rules.md, rule 4). The web shows it as is.
 */
export const ZAmbitionImpact = z.object({ ambitions: z.array(ZAmbitionImpactItem) });
export type TAmbitionImpact = z.infer<typeof ZAmbitionImpact>;

/** `GET /api/me/ambition-impact/preview?area=…&targetLevel=…`: an ambition she is still writing. */
export const ZAmbitionImpactPreviewQuery = z.object({ area: ZAreaId, targetLevel: ZLevelId });

/**
 * What reaching `targetLevel` in `area` would change for her teams, before she saves the ambition
 * (the same computation as `GET /api/me/ambition-impact`).
 */
export const ZAmbitionImpactPreview = z.object({
  area: ZAreaId,
  targetLevel: ZLevelId,
  requirements: z.array(ZPendingRequirementImpact),
});
export type TAmbitionImpactPreview = z.infer<typeof ZAmbitionImpactPreview>;
