export { findCandidates } from './candidates.js';
export { developmentDemand } from './development-demand.js';
export {
  computeOrganisationCoverage,
  NO_SITE_KEY,
  type OrganisationCoverageOptions,
  type TeamCoverageMemo,
  type TeamCoveragePart,
} from './organisation-coverage.js';
export { qualifiesForRole } from './qualifies-for-role.js';
export { NO_MARGIN_SEVERITY_FRACTION, SPOF_SEVERITY_FRACTION, severityOf } from './severity.js';
export { applyChanges, simulate } from './simulate.js';
export { computeTeamCoverage, coverageStatus } from './team-coverage.js';
