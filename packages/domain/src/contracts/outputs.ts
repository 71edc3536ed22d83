import { z } from 'zod';
import { ZRequirement } from './inputs.js';
import {
  ZAreaId,
  ZCircleId,
  ZCompetencyId,
  ZCompetencyScore,
  ZCoverageStatus,
  ZDevelopmentActionType,
  ZLevelId,
} from './model.js';

const ZCountOut = z.number().int().min(0);

export const ZSupply = z.object({ headcount: ZCountOut, fte: z.number().min(0) });
export type TSupply = z.infer<typeof ZSupply>;

export const ZSupplier = z.object({ employeeId: z.string(), fte: z.number() });
export type TSupplier = z.infer<typeof ZSupplier>;

export const ZPipelineEntry = z.object({
  employeeId: z.string(),
  fte: z.number(),
  source: z.enum(['ambition', 'action']),
  sourceId: z.string().optional(),
  /** The level the decisive target aims at (area requirements only). */
  targetLevel: ZLevelId.optional(),
  actionType: ZDevelopmentActionType.optional(),
  /** When the member is expected to meet the requirement; null = no date known. */
  expectedDate: z.string().nullable(),
});
export type TPipelineEntry = z.infer<typeof ZPipelineEntry>;

export const ZVacancyEntry = z.object({
  actionId: z.string(),
  level: ZLevelId,
  expectedDate: z.string().nullable(),
});
export type TVacancyEntry = z.infer<typeof ZVacancyEntry>;

export const ZRequirementCoverage = z.object({
  requirement: ZRequirement,
  supply: ZSupply,
  /** People missing: max(0, count − headcount). */
  gap: ZCountOut,
  status: ZCoverageStatus,
  /** See severityOf: 0 when covered. */
  severity: z.number().min(0),
  /** Who supplies it; for a role: the holders who meet its profile. */
  suppliers: z.array(ZSupplier),
  /** Role requirements: people who meet the profile but do not hold the role. Empty otherwise. */
  candidates: z.array(ZSupplier),
  /** Role requirements: holders who no longer meet the role's profile (flagged). Empty otherwise. */
  unqualifiedHolders: z.array(ZSupplier),
  pipeline: z.array(ZPipelineEntry),
  /** Open vacancies that would meet it (area requirements); projected, never counted as present. */
  vacancies: z.array(ZVacancyEntry),
  /** Certificate requirements: holders whose certificate expires before the projection horizon (rule 10). */
  lapsing: z.array(ZSupplier).optional(),
  /**
   * Set when the team is exempt on the measured day (rule 17): the status reads 'exempt', gap and
   * severity 0; `status` and `gap` here are what the figures would be without the exemption.
   */
  exemption: z
    .object({ exemptionId: z.string(), endsOn: z.string(), status: ZCoverageStatus, gap: ZCountOut })
    .optional(),
  /** Certificate requirements: members who count because they are exempt (rule 17). */
  exemptHolders: z.array(ZSupplier.extend({ exemptionId: z.string(), endsOn: z.string() })).optional(),
  projected: z.object({ supply: ZSupply, gap: ZCountOut, status: ZCoverageStatus }),
});
export type TRequirementCoverage = z.infer<typeof ZRequirementCoverage>;

export const ZCoverageSummary = z.object({
  requirements: ZCountOut,
  covered: ZCountOut,
  noMargin: ZCountOut,
  singlePoints: ZCountOut,
  gaps: ZCountOut,
  /** Requirements the team is exempt from on the measured day (rule 17); not gaps. */
  exempt: ZCountOut.optional(),
  /** People missing: tiers of one area count once, as their largest gap (rule 2). */
  totalGap: ZCountOut,
  projectedTotalGap: ZCountOut,
});
export type TCoverageSummary = z.infer<typeof ZCoverageSummary>;

export const ZTeamCoverage = z.object({
  teamId: z.string(),
  siteId: z.string().nullable(),
  name: z.string().optional(),
  /** Sorted by requirement id, so the result does not depend on input order. */
  requirements: z.array(ZRequirementCoverage),
  summary: ZCoverageSummary,
});
export type TTeamCoverage = z.infer<typeof ZTeamCoverage>;

export const ZAreaCellStatus = z.union([ZCoverageStatus, z.literal('none')]);
export type TAreaCellStatus = z.infer<typeof ZAreaCellStatus>;

export const ZAreaTier = z.object({
  requirementId: z.string(),
  minLevel: ZLevelId,
  count: ZCountOut,
  headcount: ZCountOut,
  gap: ZCountOut,
  projectedGap: ZCountOut,
  status: ZCoverageStatus,
});
export type TAreaTier = z.infer<typeof ZAreaTier>;

export const ZAreaCell = z.object({
  /** The tier the cell shows: the worst status, then the largest gap, then the higher level. */
  minLevel: ZLevelId.nullable(),
  /** That tier's required count. */
  required: ZCountOut,
  /** That tier's headcount. */
  supply: ZCountOut,
  /** People missing so that every tier is met: the largest tier gap (rule 2). */
  gap: ZCountOut,
  projectedGap: ZCountOut,
  /** The shown tier's status, which is the worst of the tiers; 'none' without requirements here. */
  status: ZAreaCellStatus,
  severity: z.number().min(0),
  /** Ordered by level rank, then requirement id. */
  tiers: z.array(ZAreaTier),
});
export type TAreaCell = z.infer<typeof ZAreaCell>;

/** One certificate requirement behind a certificate cell (rule 10). */
export const ZCertificateCellRequirement = z.object({
  requirementId: z.string(),
  count: ZCountOut,
  headcount: ZCountOut,
  gap: ZCountOut,
  projectedGap: ZCountOut,
  status: ZCoverageStatus,
});
export type TCertificateCellRequirement = z.infer<typeof ZCertificateCellRequirement>;

/**
 * A team × certificate type cell of the heatmap (rule 10): the team's requirements of that type
 * taken together as an area's tiers are (rule 2). Absent when the team has no such requirement.
 */
export const ZCertificateCell = z.object({
  certificateTypeId: z.string(),
  /** The shown requirement's required count and holders: the worst status, then the larger gap, then count. */
  required: ZCountOut,
  supply: ZCountOut,
  /** Holders missing so that every requirement of the type is met: the largest gap (not the sum). */
  gap: ZCountOut,
  projectedGap: ZCountOut,
  /** The worst status of the requirements ('exempt' when the shown one is exempt, rule 17). */
  status: ZCoverageStatus,
  /** The requirements' severities summed, as an area cell's tiers. */
  severity: z.number().min(0),
  /** Ordered by count, then requirement id. */
  requirements: z.array(ZCertificateCellRequirement),
});
export type TCertificateCell = z.infer<typeof ZCertificateCell>;

export const ZMatrixRow = z.object({
  teamId: z.string(),
  siteId: z.string().nullable(),
  name: z.string().optional(),
  cells: z.record(ZAreaId, ZAreaCell),
  /** Per certificate type with a requirement in this team (keyed by certificate type id). */
  certificateCells: z.record(z.string(), ZCertificateCell),
});
export type TMatrixRow = z.infer<typeof ZMatrixRow>;

export const ZRankingEntry = z.object({
  teamId: z.string(),
  siteId: z.string().nullable(),
  teamName: z.string().optional(),
  requirementId: z.string(),
  kind: z.enum(['area', 'role', 'competency', 'circle', 'certificate']),
  area: ZAreaId.optional(),
  minLevel: ZLevelId.optional(),
  roleId: z.string().optional(),
  competency: ZCompetencyId.optional(),
  minScore: ZCompetencyScore.optional(),
  circle: ZCircleId.optional(),
  certificateTypeId: z.string().optional(),
  count: ZCountOut,
  headcount: ZCountOut,
  gap: ZCountOut,
  projectedGap: ZCountOut,
  status: ZCoverageStatus,
  severity: z.number().min(0),
});
export type TRankingEntry = z.infer<typeof ZRankingEntry>;

export const ZCoverageTotals = ZCoverageSummary;
export type TCoverageTotals = TCoverageSummary;

/** Per area over the teams: one cell per team that has requirements in the area. */
export const ZAreaTotals = z.object({
  /** Teams with at least one requirement in this area (cells). */
  teams: ZCountOut,
  /** Requirement lines (tiers) in this area. */
  requirements: ZCountOut,
  /** Cells per status. */
  covered: ZCountOut,
  noMargin: ZCountOut,
  singlePoints: ZCountOut,
  gaps: ZCountOut,
  /** Cells whose shown tier is exempt (rule 17). */
  exempt: ZCountOut.optional(),
  /** People needed: per cell the largest tier count (nested tiers are the same people), summed. */
  required: ZCountOut,
  /** People missing: the cells' gaps summed. */
  totalGap: ZCountOut,
  projectedTotalGap: ZCountOut,
  /** Teams with a gap in this area. */
  teamsWithGap: ZCountOut,
});
export type TAreaTotals = z.infer<typeof ZAreaTotals>;

export const ZOrganisationCoverage = z.object({
  /** Sorted by team id. */
  teams: z.array(ZTeamCoverage),
  matrix: z.array(ZMatrixRow),
  /** Requirements that are not covered (gap, single point, no margin), most severe first. */
  ranking: z.array(ZRankingEntry),
  totals: z.object({
    overall: ZCoverageTotals,
    byArea: z.record(ZAreaId, ZAreaTotals),
    /** Present when groupBySite; teams without a site are under the key '' (NO_SITE_KEY). */
    bySite: z.record(z.string(), ZCoverageTotals).optional(),
  }),
});
export type TOrganisationCoverage = z.infer<typeof ZOrganisationCoverage>;

export const ZCoverageSnapshot = z.object({ gap: ZCountOut, status: ZCoverageStatus, headcount: ZCountOut });
export type TCoverageSnapshot = z.infer<typeof ZCoverageSnapshot>;

export const ZSimulationResult = z.object({
  before: ZTeamCoverage,
  after: ZTeamCoverage,
  /** Requirements whose gap, status or headcount changed; null = requirement absent on that side. */
  differences: z.array(
    z.object({
      requirementId: z.string(),
      before: ZCoverageSnapshot.nullable(),
      after: ZCoverageSnapshot.nullable(),
    }),
  ),
});
export type TSimulationResult = z.infer<typeof ZSimulationResult>;

export const ZCandidateReason = z.enum(['planned_action', 'ambition', 'one_level_below', 'qualified']);
export type TCandidateReason = z.infer<typeof ZCandidateReason>;

export const ZCandidate = z.object({
  employeeId: z.string(),
  fte: z.number(),
  currentLevel: ZLevelId.nullable(),
  reason: ZCandidateReason,
  targetLevel: ZLevelId.optional(),
  expectedDate: z.string().nullable().optional(),
  sourceId: z.string().optional(),
  actionType: ZDevelopmentActionType.optional(),
});
export type TCandidate = z.infer<typeof ZCandidate>;

export const ZCandidates = z.array(ZCandidate);
export type TCandidates = z.infer<typeof ZCandidates>;

export const ZMissingArea = z.object({ area: ZAreaId, required: ZLevelId, actual: ZLevelId.nullable() });
export const ZMissingCompetency = z.object({
  competency: ZCompetencyId,
  required: z.number(),
  actual: z.number().nullable(),
});
export type TMissingArea = z.infer<typeof ZMissingArea>;
export type TMissingCompetency = z.infer<typeof ZMissingCompetency>;

export const ZRoleQualification = z.object({
  qualifies: z.boolean(),
  /** For an 'any' role that fails, every unmet area minimum is listed. */
  missing: z.array(z.union([ZMissingArea, ZMissingCompetency])),
});
export type TRoleQualification = z.infer<typeof ZRoleQualification>;

export const ZDemandKind = z.union([
  ZDevelopmentActionType,
  z.literal('ambition'),
  z.literal('other_action'),
]);
export type TDemandKind = z.infer<typeof ZDemandKind>;

export const ZDevelopmentDemand = z.object({
  rows: z.array(
    z.object({
      area: ZAreaId,
      /** null: the area's small groups of several levels combined (docs/coverage-rules.md, rule 14). */
      level: ZLevelId.nullable(),
      /**
       * The action type; 'ambition' for a stated ambition; 'other_action' for an action without a
       * type; 'combined' for small groups of several kinds taken together.
       */
      kind: z.union([ZDemandKind, z.literal('combined')]),
      /** Distinct people with such a target. */
      people: ZCountOut,
      /** Targets in this cell (one person may have several, e.g. a training and a coaching track). */
      targets: ZCountOut,
      /** How many small groups (area × level × kind) this row combines; 0 for a group shown as is. */
      combined: ZCountOut,
    }),
  ),
  /** Small groups (fewer than minCellSize people) taken into a combined row. */
  combinedRows: ZCountOut,
  /** Small groups left out because even their area's combination stayed below minCellSize. */
  suppressedRows: ZCountOut,
  /** Distinct people with at least one counted target. */
  people: ZCountOut,
});
export type TDevelopmentDemand = z.infer<typeof ZDevelopmentDemand>;
