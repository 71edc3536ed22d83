import { z } from 'zod';
import { ZMemberInput, ZWhatIfChange } from '../inputs.js';
import {
  ZAreaId,
  ZCircleId,
  ZCompetencyId,
  ZCoverageStatus,
  ZDevelopmentActionType,
  ZLevelId,
} from '../model.js';
import {
  ZAreaCell,
  ZAreaTotals,
  ZCertificateCell,
  ZCoverageSnapshot,
  ZCoverageSummary,
  ZDevelopmentDemand,
  ZPipelineEntry,
  ZRankingEntry,
  ZRequirementCoverage,
  ZSupplier,
} from '../outputs.js';
import { ZDateInput, ZId, ZPage, ZPageQuery } from './common.js';

const ZRoleLabel = z.object({ key: z.string(), nl: z.string(), en: z.string() }).nullable();

/** A supplier or pipeline person; `name` is null where the caller may not see individuals. */
export const ZNamedSupplier = ZSupplier.extend({ name: z.string().nullable() });
export const ZNamedPipelineEntry = ZPipelineEntry.extend({ name: z.string().nullable() });

/** A certificate requirement's certificate type, as the organisation's catalogue names it (rule 10). */
const ZCertificateLabel = z.object({ code: z.string(), nl: z.string(), en: z.string() }).nullable();

export const ZRequirementCoverageView = ZRequirementCoverage.extend({
  roleLabel: ZRoleLabel,
  certificateLabel: ZCertificateLabel.optional(),
  suppliers: z.array(ZNamedSupplier),
  /** Role requirements: who meets the profile without holding the role (empty when anonymised). */
  candidates: z.array(ZNamedSupplier),
  /** Role requirements: holders who no longer meet the role's profile (empty when anonymised). */
  unqualifiedHolders: z.array(ZNamedSupplier),
  pipeline: z.array(ZNamedPipelineEntry),
  /** Certificate requirements: holders whose certificate lapses before the projection's horizon. */
  lapsing: z.array(ZNamedSupplier).optional(),
  /** Certificate requirements: members who count because they are exempt (rule 17). */
  exemptHolders: z.array(ZNamedSupplier.extend({ exemptionId: z.string(), endsOn: z.string() })).optional(),
});

/** Self-assessments waiting for validation (rule 4): counted beside the figures, in them on request. */
export const ZPendingInfo = z.object({
  /** Pending level changes of the people in scope. */
  changes: z.number().int().min(0),
  /** True when the figures include them (`?include=pending`). */
  included: z.boolean(),
});

export const ZCoverageInclude = z.object({
  /** `pending`: compute as if every pending self-assessment were approved. */
  include: z.enum(['pending']).optional(),
  /** Levels overdue for reassessment (rule 16): counted (`include`, the default) or left out. */
  overdue: z.enum(['include', 'exclude']).default('include'),
});

/** The reassessment cycle the figures were computed with (rule 16); absent without a cycle. */
export const ZReassessmentInfo = z.object({
  /** The organisation's cycle in months; null = levels never expire. */
  cycleMonths: z.number().int().nullable(),
  /** Validated levels of the people in scope that are overdue today. */
  overdueLevels: z.number().int().min(0),
  /** True when the figures count them (`?overdue=include`, the default). */
  included: z.boolean(),
});
export type TReassessmentInfo = z.infer<typeof ZReassessmentInfo>;
export type TRequirementCoverageView = z.infer<typeof ZRequirementCoverageView>;

export const ZTeamMemberProfile = z.object({
  employeeId: z.string(),
  name: z.string(),
  fte: z.number(),
  levels: z.partialRecord(ZAreaId, ZLevelId),
  competencies: z.partialRecord(ZCompetencyId, z.number()),
  circles: z.array(ZCircleId),
});
export type TTeamMemberProfile = z.infer<typeof ZTeamMemberProfile>;

export const ZTeamCoverageView = z.object({
  team: z.object({ id: ZId, name: z.string(), siteId: ZId, siteName: z.string().nullable() }),
  /** Changes whenever anything in the organisation changes; clients may cache on it. */
  dataVersion: z.number().int(),
  /** True for roles that see aggregates only: no names, suppliers and pipeline reduced to counts. */
  anonymised: z.boolean(),
  requirements: z.array(ZRequirementCoverageView),
  /** Per area the heatmap's cell for this team: the failing tier and the people missing (rule 2). */
  cells: z.record(ZAreaId, ZAreaCell),
  /** Per certificate type with a requirement in this team, its heatmap cell (rule 10). */
  certificateCells: z.record(z.string(), ZCertificateCell),
  summary: ZCoverageSummary,
  pending: ZPendingInfo,
  reassessment: ZReassessmentInfo.optional(),
  /** Aggregates for the team charts. */
  profile: z.object({
    memberCount: z.number().int(),
    fte: z.number(),
    competencies: z.array(
      z.object({
        competency: ZCompetencyId,
        rated: z.number().int(),
        average: z.number().nullable(),
        strong: z.number().int(),
      }),
    ),
    circles: z.array(z.object({ circle: ZCircleId, members: z.number().int() })),
    areas: z.array(
      z.object({
        area: ZAreaId,
        byLevel: z.object({
          in_opleiding: z.number(),
          starter: z.number(),
          ervaren: z.number(),
          expert: z.number(),
        }),
      }),
    ),
  }),
  /** Members with their profiles (T-shapes); empty when anonymised. */
  members: z.array(ZTeamMemberProfile),
});
export type TTeamCoverageView = z.infer<typeof ZTeamCoverageView>;

export const ZOrganisationCoverageQuery = ZPageQuery.extend({
  ...ZCoverageInclude.shape,
  siteId: ZId.optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
  rankingLimit: z.coerce.number().int().min(1).max(500).default(25),
  /** Matrix order: by site, then team name (default), or the most severe team first (teamSeverity). */
  sort: z.enum(['site', 'severity']).default('site'),
});

export const ZMatrixRowView = z.object({
  teamId: z.string(),
  teamName: z.string(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  cells: z.record(ZAreaId, ZAreaCell),
  /** Per certificate type with a requirement in this team (keyed by type id): one cell (rule 10). */
  certificateCells: z.record(z.string(), ZCertificateCell),
  summary: ZCoverageSummary,
  /** The sum of the team's requirement severities (teamSeverity): 0 when all is covered. */
  severity: z.number().min(0),
});

/** A certificate column of the heatmap: the type and its short label (nl, en). */
export const ZCertificateColumn = z.object({
  certificateTypeId: z.string(),
  code: z.string(),
  label: z.object({ nl: z.string(), en: z.string() }),
});
export type TCertificateColumnView = z.infer<typeof ZCertificateColumn>;

/** The overview's first sentence (coverageHeadline), over all teams in scope, not one page. */
export const ZCoverageHeadlineView = z.object({
  teams: z.number().int(),
  teamsWithGap: z.number().int(),
  /**
   * The heatmap cell with the highest severity; null when every cell is covered or empty. An area
   * cell names `area`, a certificate cell `certificateTypeId` with its label.
   */
  biggestRisk: z
    .object({
      teamId: z.string(),
      teamName: z.string(),
      siteName: z.string().nullable(),
      area: ZAreaId.optional(),
      certificateTypeId: z.string().optional(),
      certificateLabel: ZCertificateLabel.optional(),
      status: ZCoverageStatus,
      gap: z.number().int(),
      severity: z.number(),
    })
    .nullable(),
});
export type TCoverageHeadlineView = z.infer<typeof ZCoverageHeadlineView>;

/** Today's overall totals minus those at the end of last month (the trend's two last points). */
export const ZCoverageChange = z.object({
  /** 'YYYY-MM': the month compared with. */
  since: z.string().regex(/^\d{4}-\d{2}$/),
  delta: z.object({
    requirements: z.number().int(),
    covered: z.number().int(),
    noMargin: z.number().int(),
    singlePoints: z.number().int(),
    gaps: z.number().int(),
    totalGap: z.number().int(),
  }),
});
export type TCoverageChange = z.infer<typeof ZCoverageChange>;

export const ZRankingEntryView = ZRankingEntry.extend({
  /** Null for a site requirement (rule 18): the entry names the site, not a team. */
  teamId: z.string().nullable(),
  siteName: z.string().nullable(),
  roleLabel: ZRoleLabel,
  certificateLabel: ZCertificateLabel.optional(),
});

/** Rule 18: one certificate requirement of a site, counted over everyone working there (counts, no names). */
export const ZSiteRequirementCoverageView = z.object({
  requirementId: z.string(),
  certificateTypeId: z.string(),
  certificateLabel: ZCertificateLabel,
  count: z.number().int(),
  headcount: z.number().int(),
  gap: z.number().int(),
  status: ZCoverageStatus,
  severity: z.number().min(0),
  projected: z.object({ headcount: z.number().int(), gap: z.number().int(), status: ZCoverageStatus }),
  /** Holders whose certificate lapses before the projection's horizon. */
  lapsing: z.number().int(),
  /** People with a planned course for the certificate (rule 10). */
  pipeline: z.number().int(),
  /** People who count because they are exempt (rule 17). */
  exemptHolders: z.number().int(),
  /**
   * Present while the whole site is exempt (rule 17; status `exempt`): until when, and the status
   * and gap it would have without the exemption.
   */
  exemption: z
    .object({ exemptionId: z.string(), endsOn: z.string(), status: ZCoverageStatus, gap: z.number().int() })
    .optional(),
});
export type TSiteRequirementCoverageView = z.infer<typeof ZSiteRequirementCoverageView>;

/** Rule 18: a site in scope with its certificate requirements; sites without any are left out. */
export const ZSiteCoverageView = z.object({
  siteId: z.string(),
  siteName: z.string(),
  /** The distinct people of the site's current teams. */
  people: z.number().int(),
  /** Requirements the site is exempt from today (rule 17): not gaps. */
  exempt: z.number().int(),
  requirements: z.array(ZSiteRequirementCoverageView),
});
export type TSiteCoverageView = z.infer<typeof ZSiteCoverageView>;

export const ZOrganisationCoverageView = z.object({
  dataVersion: z.number().int(),
  siteId: z.string().nullable(),
  sites: z.array(z.object({ id: z.string(), name: z.string(), teamCount: z.number().int() })),
  /**
   * The heatmap's certificate columns after the 8 areas: every certificate type with a requirement
   * in a team in scope (all pages), ordered by Dutch label (rule 10).
   */
  certificateColumns: z.array(ZCertificateColumn),
  /** Teams × the 8 coverage areas (and certificateCells), paginated by team (sorted by site, then team name). */
  matrix: ZPage(ZMatrixRowView),
  /** The most severe uncovered requirements (gap, single point, no margin). */
  ranking: z.array(ZRankingEntryView),
  pending: ZPendingInfo,
  reassessment: ZReassessmentInfo.optional(),
  headline: ZCoverageHeadlineView,
  /** Null for callers without the trend right (coverage.trend). */
  change: ZCoverageChange.nullable(),
  /** Rule 18: certificate requirements of the sites in scope (the one asked for with `siteId`). */
  siteRequirements: z.array(ZSiteCoverageView),
  totals: z.object({
    overall: ZCoverageSummary,
    byArea: z.record(ZAreaId, ZAreaTotals),
    bySite: z.array(z.object({ siteId: z.string(), siteName: z.string(), totals: ZCoverageSummary })),
  }),
});
export type TOrganisationCoverageView = z.infer<typeof ZOrganisationCoverageView>;

export const ZSimulateBody = z.object({
  changes: z.array(ZWhatIfChange).min(1).max(50),
});
export type TSimulateBody = z.infer<typeof ZSimulateBody>;

export const ZSimulationView = z.object({
  before: ZTeamCoverageView.shape.requirements,
  after: ZTeamCoverageView.shape.requirements,
  beforeSummary: ZCoverageSummary,
  afterSummary: ZCoverageSummary,
  differences: z.array(
    z.object({
      requirementId: z.string(),
      before: ZCoverageSnapshot.nullable(),
      after: ZCoverageSnapshot.nullable(),
    }),
  ),
});
export type TSimulationView = z.infer<typeof ZSimulationView>;

export const ZHypotheticalMember = ZMemberInput;

export const ZCandidatesQuery = ZPageQuery.extend({
  area: ZAreaId,
  minLevel: ZLevelId,
  teamId: ZId.optional(),
});

export const ZCandidateView = z.object({
  employeeId: z.string(),
  name: z.string(),
  fte: z.number(),
  currentLevel: ZLevelId.nullable(),
  reason: z.enum(['planned_action', 'ambition', 'one_level_below', 'qualified']),
  targetLevel: ZLevelId.optional(),
  expectedDate: z.string().nullable().optional(),
  sourceId: z.string().optional(),
  actionType: ZDevelopmentActionType.optional(),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TCandidateView = z.infer<typeof ZCandidateView>;

export const ZDevelopmentDemandQuery = z.object({
  siteId: ZId.optional(),
  from: ZDateInput.optional(),
  until: ZDateInput.optional(),
});

export const ZDevelopmentDemandView = ZDevelopmentDemand.extend({
  dataVersion: z.number().int(),
  minCellSize: z.number().int(),
});
export type TDevelopmentDemandView = z.infer<typeof ZDevelopmentDemandView>;
