import { z } from 'zod';
import {
  ZAreaId,
  ZCircleId,
  ZCompetencyId,
  ZCompetencyScore,
  ZDevelopmentActionType,
  ZLevelId,
  ZLocalizedText,
} from './model.js';

const ZId = z.string().min(1).max(200);
/** ISO calendar date (YYYY-MM-DD). */
export const ZIsoDate = z.iso.date();

export const ZDevelopmentTarget = z.object({
  source: z.enum(['ambition', 'action']),
  sourceId: ZId.optional(),
  area: ZAreaId,
  level: ZLevelId,
  expectedDate: ZIsoDate.nullable(),
  actionType: ZDevelopmentActionType.optional(),
});
export type TDevelopmentTarget = z.infer<typeof ZDevelopmentTarget>;

export const ZMemberInput = z.object({
  employeeId: ZId,
  fte: z.number().min(0).max(2),
  levels: z.partialRecord(ZAreaId, ZLevelId),
  competencies: z.partialRecord(ZCompetencyId, ZCompetencyScore),
  circles: z.array(ZCircleId).readonly(),
  /**
   * Roles the member holds in this team (active role assignments). A role requirement counts the
   * holders who meet the role's profile (docs/coverage-rules.md, rule 3).
   */
  roleIds: z.array(ZId).readonly().optional(),
  /** Ambitions and planned / in-progress development actions (not completed or cancelled ones). */
  development: z.array(ZDevelopmentTarget).readonly(),
  /**
   * Validated certificates the member holds (obtained on or before the measured date). A certificate
   * requirement counts those valid on the team's `measuredOn` and, projected, those still valid on
   * its `projectionHorizon` (docs/coverage-rules.md, rule 10).
   */
  certificates: z
    .array(z.object({ certificateTypeId: ZId, expiresOn: ZIsoDate.nullable() }))
    .readonly()
    .optional(),
  /**
   * Planned / in-progress courses that obtain or renew a certificate (development actions with a
   * target certificate type): projected, the member holds it (rule 10).
   */
  certificateCourses: z
    .array(
      z.object({
        certificateTypeId: ZId,
        sourceId: ZId.optional(),
        expectedDate: ZIsoDate.nullable(),
        actionType: ZDevelopmentActionType.optional(),
      }),
    )
    .readonly()
    .optional(),
  /**
   * The day each validated level was validated. The coverage engine does not read it; the
   * reassessment cycle does (`withoutOverdueLevels`, docs/coverage-rules.md, rule 16).
   */
  levelsValidatedOn: z.partialRecord(ZAreaId, ZIsoDate).optional(),
});
export type TMemberInput = z.infer<typeof ZMemberInput>;

const ZCount = z.number().int().min(0).max(1000);

export const ZAreaRequirement = z.object({
  id: ZId,
  kind: z.literal('area'),
  area: ZAreaId,
  minLevel: ZLevelId,
  count: ZCount,
});
export const ZRoleRequirement = z.object({ id: ZId, kind: z.literal('role'), roleId: ZId, count: ZCount });
export const ZCompetencyRequirement = z.object({
  id: ZId,
  kind: z.literal('competency'),
  competency: ZCompetencyId,
  minScore: ZCompetencyScore,
  count: ZCount,
});
export const ZCircleRequirement = z.object({
  id: ZId,
  kind: z.literal('circle'),
  circle: ZCircleId,
  count: ZCount,
});

/** "≥ N holders of a valid, validated certificate of this type" (rule 10). */
export const ZCertificateRequirement = z.object({
  id: ZId,
  kind: z.literal('certificate'),
  certificateTypeId: ZId,
  count: ZCount,
});

export const ZRequirement = z.discriminatedUnion('kind', [
  ZAreaRequirement,
  ZRoleRequirement,
  ZCompetencyRequirement,
  ZCircleRequirement,
  ZCertificateRequirement,
]);
export type TRequirement = z.infer<typeof ZRequirement>;
export type TAreaRequirement = z.infer<typeof ZAreaRequirement>;
export type TRoleRequirement = z.infer<typeof ZRoleRequirement>;
export type TCompetencyRequirement = z.infer<typeof ZCompetencyRequirement>;
export type TCircleRequirement = z.infer<typeof ZCircleRequirement>;
export type TCertificateRequirement = z.infer<typeof ZCertificateRequirement>;
export type TRequirementKind = TRequirement['kind'];

export const ZRoleDefinition = z.object({
  id: ZId,
  label: ZLocalizedText.optional(),
  description: ZLocalizedText.optional(),
  /** `maxLevel` caps a level: the trainee role asks for in_opleiding and nothing higher. */
  requirements: z
    .array(z.object({ area: ZAreaId, minLevel: ZLevelId, maxLevel: ZLevelId.optional() }))
    .readonly(),
  competencies: z
    .array(z.object({ competency: ZCompetencyId, minScore: ZCompetencyScore }))
    .readonly()
    .optional(),
  /** 'all' (default): every area minimum must be met; 'any': at least one. */
  areaMatch: z.enum(['all', 'any']).optional(),
});
export type TRoleDefinition = z.infer<typeof ZRoleDefinition>;

/** An open vacancy or planned hire (a development action of type werving): projected, never a person. */
export const ZVacancy = z.object({
  id: ZId,
  area: ZAreaId,
  level: ZLevelId,
  expectedDate: ZIsoDate.nullable(),
});
export type TVacancy = z.infer<typeof ZVacancy>;

/**
 * An exemption from one requirement (rule 17), valid from `startsOn` through `endsOn` (inclusive).
 * Without an employee the team is exempt: the requirement shows as exempt, not as a gap. With one
 * (certificate requirements only) she counts as meeting it.
 */
export const ZExemptionInput = z.object({
  id: ZId,
  requirementId: ZId,
  employeeId: ZId.nullable(),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  /** The day HR ended it early: it ran through the day before (rule 17). */
  endedOn: ZIsoDate.nullable().optional(),
});
export type TExemptionInput = z.infer<typeof ZExemptionInput>;

export const ZTeamInput = z.object({
  teamId: ZId,
  siteId: ZId.nullable().optional(),
  name: z.string().optional(),
  members: z.array(ZMemberInput).readonly(),
  requirements: z.array(ZRequirement).readonly(),
  /** Open vacancies of this team; they count in projected coverage only (rule 5). */
  vacancies: z.array(ZVacancy).readonly().optional(),
  /** The day coverage is measured on: a certificate that expired before it does not count (rule 10). */
  measuredOn: ZIsoDate.optional(),
  /** The projection's horizon: a certificate that expires before it does not count as projected (rule 10). */
  projectionHorizon: ZIsoDate.optional(),
  /** Exemptions of this team's requirements; those running on `measuredOn` apply (rule 17). */
  exemptions: z.array(ZExemptionInput).readonly().optional(),
});
export type TTeamInput = z.infer<typeof ZTeamInput>;

export const ZOrganisationCoverageInput = z.object({
  teams: z.array(ZTeamInput).readonly(),
  roles: z.array(ZRoleDefinition).readonly().optional(),
  groupBySite: z.boolean().optional(),
});
export type TOrganisationCoverageInput = z.infer<typeof ZOrganisationCoverageInput>;

export const ZWhatIfChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('member_leaves'), employeeId: ZId }),
  z.object({ type: z.literal('member_joins'), member: ZMemberInput }),
  z.object({ type: z.literal('member_reaches_level'), employeeId: ZId, area: ZAreaId, level: ZLevelId }),
  z.object({ type: z.literal('requirement_changes'), requirement: ZRequirement }),
  z.object({ type: z.literal('requirement_removed'), requirementId: ZId }),
]);
export type TWhatIfChange = z.infer<typeof ZWhatIfChange>;

export const ZSimulateInput = z.object({
  team: ZTeamInput,
  changes: z.array(ZWhatIfChange).readonly(),
  roles: z.array(ZRoleDefinition).readonly().optional(),
});
export type TSimulateInput = z.infer<typeof ZSimulateInput>;

export const ZFindCandidatesInput = z.object({
  members: z.array(ZMemberInput).readonly(),
  area: ZAreaId,
  minLevel: ZLevelId,
  excludeQualified: z.boolean().optional(),
});
export type TFindCandidatesInput = z.infer<typeof ZFindCandidatesInput>;

export const ZDevelopmentDemandInput = z.object({
  members: z.array(ZMemberInput).readonly(),
  /** Only count targets expected on or after this date (targets without a date always count). */
  from: ZIsoDate.optional(),
  /** Only count targets expected on or before this date. */
  until: ZIsoDate.optional(),
  /** Groups with fewer people than this are combined into coarser ones (rule 14) so nobody is singled out. */
  minCellSize: z.number().int().min(1).optional(),
});
export type TDevelopmentDemandInput = z.infer<typeof ZDevelopmentDemandInput>;
