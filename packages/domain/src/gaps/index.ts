export { ambitionImpact, type TAmbitionTarget } from './ambition.js';
export { findCandidates } from './candidates.js';
export {
  certificateCellsOf,
  certificateColumns,
  type TCertificateCatalogueEntry,
  type TCertificateColumn,
} from './certificate-cells.js';
export { closableGaps, type TClosableGap } from './closable-gaps.js';
export { developmentDemand } from './development-demand.js';
export { type CoverageHeadline, type CoverageRisk, coverageHeadline, teamSeverity } from './headline.js';
export { requirementsAt, type TRequirementVersion } from './history.js';
export { compactMember } from './member-profile.js';
export {
  computeOrganisationCoverage,
  computeOrganisationCoverageFrom,
  NO_SITE_KEY,
  type OrganisationCoverageOptions,
  type OrganisationCoverageState,
  type TeamCoverageMemo,
  type TeamCoveragePart,
} from './organisation-coverage.js';
export {
  countPendingChanges,
  pendingLevelImpact,
  type TPendingLevelChange,
  type TPendingRequirementChange,
  type TRequirementFigure,
  withPendingLevels,
} from './pending.js';
export { actionTargetFor, actionTargetsGap, type TPlannableAction, type TPlannableGap } from './planned.js';
export { qualifiesForRole } from './qualifies-for-role.js';
export {
  countOverdueLevels,
  type TOverdueFilter,
  teamWithoutOverdueLevels,
  withoutOverdueLevels,
} from './reassessment.js';
export { NO_MARGIN_SEVERITY_FRACTION, SPOF_SEVERITY_FRACTION, severityOf } from './severity.js';
export { applyChanges, simulate } from './simulate.js';
export {
  computeSiteCoverage,
  mergeRanking,
  siteMembers,
  siteRankingEntries,
  type TSiteCoverage,
  type TSiteInput,
  type TSiteRankingEntry,
  type TSiteTeamInput,
} from './site-coverage.js';
export { siteCourseCandidates, type TSiteCourseCandidate } from './site-plan.js';
export {
  siteTrendPoint,
  type TSiteRequirementVersion,
  type TSiteTrendInput,
  type TSiteTrendPoint,
  type TSiteTrendTotals,
} from './site-trend.js';
export { computeTeamCoverage, coverageStatus } from './team-coverage.js';
