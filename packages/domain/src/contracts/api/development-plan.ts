import { z } from 'zod';
import {
  ZAreaId,
  ZCircleId,
  ZCompetencyId,
  ZDevelopmentActionType,
  ZDevelopmentStatus,
  ZLevelId,
} from '../model.js';
import { ZId, ZPageQuery } from './common.js';
import { ZRankingEntryView } from './coverage.js';
import { ZDevelopmentSuggestion } from './development-suggestions.js';

/**
 * `GET /api/development-plan/gaps`: the gaps of the development plan — exactly the requirements
 * the overview counts as gaps (every kind), most severe first — with the open actions that
 * already target each one and the suggested next step (docs/coverage-rules.md, rule 7).
 */
export const ZPlanGapQuery = ZPageQuery.extend({
  siteId: ZId.optional(),
  teamId: ZId.optional(),
  area: ZAreaId.optional(),
  /** Requirements at exactly this minimum level. */
  level: ZLevelId.optional(),
  requirementId: ZId.optional(),
});
export type TPlanGapQuery = z.infer<typeof ZPlanGapQuery>;

/** An open (planned or running) action that targets the gap; a hire without a person is a vacancy. */
export const ZPlannedAction = z.object({
  id: ZId,
  title: z.string(),
  type: ZDevelopmentActionType,
  status: ZDevelopmentStatus,
  employeeId: ZId.nullable(),
  employeeName: z.string().nullable(),
  targetLevel: ZLevelId.nullable(),
  targetRoleDefinitionId: ZId.nullable(),
  targetCompetency: ZCompetencyId.nullable(),
  targetCircle: ZCircleId.nullable(),
  targetCertificateTypeId: ZId.nullable(),
  expectedEndDate: z.string().nullable(),
  vacancy: z.boolean(),
});
export type TPlannedAction = z.infer<typeof ZPlannedAction>;

export const ZPlanGap = ZRankingEntryView.extend({
  /** "Al in het plan": every open action of the team (or of its members) aimed at this gap. */
  plannedActions: z.array(ZPlannedAction),
  /** True when the open actions are at least as many as the people missing. */
  coveredByPlan: z.boolean(),
  /** The next step the suggestions engine proposes (area gaps only); null when none is left. */
  suggestion: ZDevelopmentSuggestion.nullable(),
  /**
   * The target fields a hire aimed at this gap carries so that it counts as "al in het plan"
   * (role, competency and surroundings gaps; the domain's actionTargetFor); null for other kinds.
   */
  hireTarget: z
    .object({
      targetRoleDefinitionId: ZId.nullish(),
      targetCompetency: ZCompetencyId.nullish(),
      targetCircle: ZCircleId.nullish(),
      targetCertificateTypeId: ZId.nullish(),
    })
    .nullable(),
});
export type TPlanGap = z.infer<typeof ZPlanGap>;
