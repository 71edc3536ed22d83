import { z } from 'zod';
import {
  ZAreaId,
  ZCircleId,
  ZCompetencyId,
  ZDevelopmentActionType,
  ZDevelopmentStatus,
  ZLevelId,
} from '../model.js';
import { ZDateInput, ZId, ZPageQuery } from './common.js';
import { ZRankingEntryView } from './coverage.js';
import { ZDevelopmentAction } from './development-actions.js';
import { ZDevelopmentSuggestion } from './development-suggestions.js';
import { ZExportFormat, ZExportLocale } from './exports.js';

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

/** A person at the site a course for its certificate could be planned for (rule 18). */
export const ZSiteCourseCandidate = z.object({
  employeeId: ZId,
  employeeName: z.string(),
  /** `lapsing`: her certificate ends before the projection's horizon (a refresher); `none`: she holds none. */
  reason: z.enum(['lapsing', 'none']),
});
export type TSiteCourseCandidate = z.infer<typeof ZSiteCourseCandidate>;

export const ZPlanGap = ZRankingEntryView.extend({
  /** The team's gap; null for a site's certificate requirement (rule 18), which names `siteId` instead. */
  teamId: z.string().nullable(),
  /** "Al in het plan": every open action of the team (or of its members) aimed at this gap. */
  plannedActions: z.array(ZPlannedAction),
  /** True when the open actions are at least as many as the people missing. */
  coveredByPlan: z.boolean(),
  /** The next step the suggestions engine proposes (area gaps only); null when none is left. */
  suggestion: ZDevelopmentSuggestion.nullable(),
  /**
   * The target fields a hire aimed at this gap carries so that it counts as "al in het plan"
   * (role, competency, surroundings and certificate gaps; the domain's actionTargetFor); null for area gaps.
   */
  hireTarget: z
    .object({
      targetRoleDefinitionId: ZId.nullish(),
      targetCompetency: ZCompetencyId.nullish(),
      targetCircle: ZCircleId.nullish(),
      targetCertificateTypeId: ZId.nullish(),
    })
    .nullable(),
  /**
   * Site gaps only (rule 18): the site's people the caller may see who could take a course (lapsing
   * holders first, then those without one; those already on a course are in `plannedActions`).
   */
  courseCandidates: z.array(ZSiteCourseCandidate).optional(),
  /** Site gaps only: the site's current teams, one of which a vacancy (werving) is planned in. */
  vacancyTeams: z.array(z.object({ id: ZId, name: z.string() })).optional(),
});
export type TPlanGap = z.infer<typeof ZPlanGap>;

const budgetLine = {
  totalCents: z.number().int().min(0),
  actionCount: z.number().int().min(0),
  /** Actions counted without a cost: the sum is incomplete when this is above 0. */
  withoutCostCount: z.number().int().min(0),
};
export const ZBudgetTeamLine = z.object({
  teamId: ZId.nullable(),
  teamName: z.string().nullable(),
  ...budgetLine,
});
export const ZBudgetSiteLine = z.object({
  siteId: ZId.nullable(),
  siteName: z.string().nullable(),
  ...budgetLine,
  teams: z.array(ZBudgetTeamLine),
});
export const ZBudgetYear = z.object({
  year: z.number().int(),
  ...budgetLine,
  sites: z.array(ZBudgetSiteLine),
});

/**
 * `GET /api/development-plan/budget`: the training budget — the costs of every action that is not
 * cancelled, per year, site and team (the domain's trainingBudget, docs/coverage-rules.md rule 12).
 */
export const ZTrainingBudget = z.object({ ...budgetLine, years: z.array(ZBudgetYear) });
export type TTrainingBudget = z.infer<typeof ZTrainingBudget>;

export const ZTrainingBudgetQuery = z.object({
  siteId: ZId.optional(),
  teamId: ZId.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type TTrainingBudgetQuery = z.infer<typeof ZTrainingBudgetQuery>;

export const ZTrainingBudgetExportQuery = ZTrainingBudgetQuery.extend({
  format: ZExportFormat.default('xlsx'),
  locale: ZExportLocale.default('nl'),
});

/**
 * `POST /api/development-plan/gaps/plan`: the one-click "plan" of a gap row. The server takes the
 * gap's own next step (the suggestion for an area gap; a hire aimed at a role, competency or
 * surroundings gap) and refuses with 409 `gap_changed` when it is no longer the step the user saw
 * (`employeeId`: the person shown, null for a hire). Idempotent: when an open action of that person
 * (or a vacancy of the team) already aims at the gap, it answers 200 with that action and creates none.
 *
 * A site's gap (rule 18) is named by `siteId` and the site requirement's id: with `employeeId` a
 * course for that person at the site (422 `person_not_at_site`, `not_a_candidate`); without, a
 * vacancy in `teamId`, the team of the site HR chooses (required; 422 `team_not_at_site`).
 */
export const ZPlanGapRequest = z
  .object({
    /** The team of a team gap; for a site gap, the team a vacancy goes to. */
    teamId: ZId.optional(),
    siteId: ZId.optional(),
    requirementId: ZId,
    employeeId: ZId.nullable(),
    expectedEndDate: ZDateInput.nullish(),
  })
  .superRefine((body, ctx) => {
    const hireAtSite = body.siteId !== undefined && body.employeeId === null;
    if (body.teamId === undefined && (body.siteId === undefined || hireAtSite)) {
      ctx.addIssue({
        code: 'custom',
        path: ['teamId'],
        message: hireAtSite
          ? 'Required: the team of the site the vacancy goes to'
          : 'Required without siteId',
      });
    }
  });
export type TPlanGapRequest = z.infer<typeof ZPlanGapRequest>;

export const ZPlanGapResult = z.object({
  action: ZDevelopmentAction,
  /** False when the click found the action already planned (a second click). */
  created: z.boolean(),
});
export type TPlanGapResult = z.infer<typeof ZPlanGapResult>;
