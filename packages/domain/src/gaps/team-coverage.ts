import type { TRequirement, TRoleDefinition, TTeamInput, TVacancy } from '../contracts/inputs.js';
import type { TCoverageStatus } from '../contracts/model.js';
import type { TCoverageSummary, TRequirementCoverage, TTeamCoverage } from '../contracts/outputs.js';
import { AREA_COUNT } from '../model/areas.js';
import { statusOf } from '../model/coverage-status.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { compileRoles, type RoleIndex } from './compiled-roles.js';
import { type CertificateDates, evaluateRequirement } from './evaluate-requirement.js';
import { exempted, runningExemptions } from './exemptions.js';
import { MemberMatrix } from './member-matrix.js';
import { areaIndexOf } from './model-ids.js';
import { RequirementOrder } from './requirement-order.js';

export { roundFte } from './evaluate-requirement.js';

/** The status of one requirement (rule 1); the rule itself lives in model/coverage-status.ts. */
export function coverageStatus(count: number, headcount: number): TCoverageStatus {
  return statusOf(count, headcount);
}

// Scratch shared by every team: the engine is synchronous, so no two computations interleave.
const matrix = new MemberMatrix();
const requirementOrder = new RequirementOrder();

const NO_VACANCY_INPUT: readonly TVacancy[] = Object.freeze([]);

/** Per-area scratch of coverTeam, reused (the engine is synchronous; nothing keeps them). */
const AREA_GAP = new Int32Array(AREA_COUNT);
const AREA_PROJECTED_GAP = new Int32Array(AREA_COUNT);

/** The engine core, with the roles already compiled (the organisation compiles them once). */
export function coverTeam(team: TTeamInput, roles: RoleIndex): TTeamCoverage {
  matrix.load(team.members);
  const requirements = team.requirements;
  requirementOrder.sort(requirements);
  const order = requirementOrder.order;
  const vacancies = team.vacancies ?? NO_VACANCY_INPUT;
  const dates: CertificateDates = { on: team.measuredOn, horizon: team.projectionHorizon };
  const exemptions = runningExemptions(team.exemptions, team.measuredOn);
  const results: TRequirementCoverage[] = new Array(requirements.length);
  const summary: TCoverageSummary = {
    requirements: requirements.length,
    covered: 0,
    noMargin: 0,
    singlePoints: 0,
    gaps: 0,
    totalGap: 0,
    projectedTotalGap: 0,
  };
  // Rule 2: the tiers of one area are met by the same people at the top, so the area's
  // people missing is its largest tier gap, not their sum.
  const areaGap = AREA_GAP.fill(0);
  const areaProjectedGap = AREA_PROJECTED_GAP.fill(0);
  for (let r = 0; r < requirements.length; r++) {
    const req = requirements[order[r] as number] as TRequirement;
    const exemption = exemptions?.get(req.id);
    let result = evaluateRequirement(req, matrix, roles, vacancies, dates, exemption?.people ?? null);
    if (exemption?.team) result = exempted(result, exemption.team, dates.horizon);
    results[r] = result;
    if (result.status === 'gap') summary.gaps++;
    else if (result.status === 'exempt') summary.exempt = (summary.exempt ?? 0) + 1;
    else if (result.status === 'single_point') summary.singlePoints++;
    else if (result.status === 'no_margin') summary.noMargin++;
    else summary.covered++;
    const a = req.kind === 'area' ? areaIndexOf(req.area) : -1;
    if (a >= 0) {
      if (result.gap > (areaGap[a] as number)) areaGap[a] = result.gap;
      if (result.projected.gap > (areaProjectedGap[a] as number)) areaProjectedGap[a] = result.projected.gap;
    } else {
      summary.totalGap += result.gap;
      summary.projectedTotalGap += result.projected.gap;
    }
  }
  for (let a = 0; a < AREA_COUNT; a++) {
    summary.totalGap += areaGap[a] as number;
    summary.projectedTotalGap += areaProjectedGap[a] as number;
  }
  const coverage: TTeamCoverage = {
    teamId: team.teamId,
    siteId: team.siteId ?? null,
    requirements: results,
    summary,
  };
  if (team.name !== undefined) coverage.name = team.name;
  return coverage;
}

/**
 * Coverage of each of a team's requirements: who supplies it, the gap, whether it hangs
 * on one person, and who is on the way (pipeline) with the projected coverage.
 * Requirements come back sorted by id, suppliers and pipeline by employee id.
 * Supplier records are shared between requirements (and, for compacted members, between
 * computations): treat the result as read-only.
 */
export function computeTeamCoverage(
  team: TTeamInput,
  roles: readonly TRoleDefinition[] = ROLE_CATALOGUE,
): TTeamCoverage {
  return coverTeam(team, compileRoles(roles));
}
