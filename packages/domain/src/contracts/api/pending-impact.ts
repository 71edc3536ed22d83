import { z } from 'zod';
import { ZAreaId, ZCircleId, ZCompetencyId, ZCoverageStatus, ZLevelId } from '../model.js';
import { ZId } from './common.js';

/** A requirement's figures: validated, or after approving the pending level. */
export const ZRequirementFigure = z.object({
  headcount: z.number().int().min(0),
  gap: z.number().int().min(0),
  status: ZCoverageStatus,
});

/** One requirement of one of her teams whose figures approving the level would change. */
export const ZPendingRequirementImpact = z.object({
  teamId: ZId,
  teamName: z.string(),
  requirementId: ZId,
  kind: z.enum(['area', 'role', 'competency', 'circle']),
  area: ZAreaId.nullable(),
  minLevel: ZLevelId.nullable(),
  roleId: ZId.nullable(),
  roleLabel: z.object({ key: z.string(), nl: z.string(), en: z.string() }).nullable(),
  competency: ZCompetencyId.nullable(),
  minScore: z.number().int().nullable(),
  circle: ZCircleId.nullable(),
  count: z.number().int().min(0),
  before: ZRequirementFigure,
  after: ZRequirementFigure,
  /** True when approval leaves fewer people missing ("zou het hiaat dichten"). */
  closesGap: z.boolean(),
});
export type TPendingRequirementImpact = z.infer<typeof ZPendingRequirementImpact>;

/** A self-assessed level waiting for validation, with what approving it would change. */
export const ZPendingLevelImpact = z.object({
  areaLevelId: ZId,
  area: ZAreaId,
  level: ZLevelId,
  /** The level coverage counts until then (null: none validated in this area). */
  validatedLevel: ZLevelId.nullable(),
  requirements: z.array(ZPendingRequirementImpact),
});
export type TPendingLevelImpact = z.infer<typeof ZPendingLevelImpact>;

/**
 * `GET /api/me/pending-impact`: the caller's pending self-assessments (at most one per area) and,
 * per level, which requirements of her teams approving it would change — computed by the domain's
 * pendingLevelImpact on the validated figures (docs/coverage-rules.md, rule 4).
 */
export const ZPendingImpact = z.object({ levels: z.array(ZPendingLevelImpact) });
export type TPendingImpact = z.infer<typeof ZPendingImpact>;
