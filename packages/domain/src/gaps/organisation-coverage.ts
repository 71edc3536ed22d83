import type { TRoleDefinition, TTeamInput } from '../contracts/inputs.js';
import type {
  TAreaCell,
  TAreaTier,
  TAreaTotals,
  TCoverageSummary,
  TMatrixRow,
  TOrganisationCoverage,
  TRankingEntry,
  TTeamCoverage,
} from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { AREA_COUNT, AREA_IDS, type AreaId } from '../model/areas.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { compileRoles, type RoleIndex } from './compiled-roles.js';
import { cellAt, matrixRow } from './matrix-row.js';
import { appendRanking, sortRanking } from './ranking.js';
import { compareStrings } from './targets.js';
import { coverTeam } from './team-coverage.js';

/** Key under which teams without a site are grouped in totals.bySite. */
export const NO_SITE_KEY = '';

export type OrganisationCoverageOptions = {
  teams: readonly TTeamInput[];
  roles?: readonly TRoleDefinition[];
  groupBySite?: boolean;
};

function emptySummary(): TCoverageSummary {
  return {
    requirements: 0,
    covered: 0,
    noMargin: 0,
    singlePoints: 0,
    gaps: 0,
    totalGap: 0,
    projectedTotalGap: 0,
  };
}

function addSummary(into: TCoverageSummary, from: TCoverageSummary): void {
  into.requirements += from.requirements;
  into.covered += from.covered;
  into.noMargin += from.noMargin;
  into.singlePoints += from.singlePoints;
  into.gaps += from.gaps;
  // Present only where something is exempt (rule 17), so figures without exemptions read as before.
  if (from.exempt !== undefined) into.exempt = (into.exempt ?? 0) + from.exempt;
  into.totalGap += from.totalGap;
  into.projectedTotalGap += from.projectedTotalGap;
}

function emptyAreaTotals(): TAreaTotals {
  return {
    teams: 0,
    requirements: 0,
    covered: 0,
    noMargin: 0,
    singlePoints: 0,
    gaps: 0,
    required: 0,
    totalGap: 0,
    projectedTotalGap: 0,
    teamsWithGap: 0,
  };
}

function addCell(totals: TAreaTotals, cell: TAreaCell): void {
  if (cell.status === 'none') return;
  totals.teams++;
  totals.requirements += cell.tiers.length;
  if (cell.status === 'gap') totals.gaps++;
  else if (cell.status === 'single_point') totals.singlePoints++;
  else if (cell.status === 'no_margin') totals.noMargin++;
  else if (cell.status === 'exempt') totals.exempt = (totals.exempt ?? 0) + 1;
  else totals.covered++;
  let needed = 0;
  const tiers = cell.tiers;
  for (let i = 0; i < tiers.length; i++) {
    const count = (tiers[i] as TAreaTier).count;
    if (count > needed) needed = count;
  }
  totals.required += needed;
  totals.totalGap += cell.gap;
  totals.projectedTotalGap += cell.projectedGap;
  if (cell.gap > 0) totals.teamsWithGap++;
}

/** One team's share of the organisation view: its coverage, its matrix row and its ranking entries. */
export type TeamCoveragePart = {
  readonly coverage: TTeamCoverage;
  readonly row: TMatrixRow;
  readonly ranking: readonly TRankingEntry[];
};

/**
 * Parts already computed, per team input object. A caller that keeps unchanged team inputs as the
 * same objects (the API's incrementally maintained snapshot) recomputes only the teams that changed;
 * the memo is only valid for one set of roles, so a new role set needs a new memo.
 */
export type TeamCoverageMemo = WeakMap<TTeamInput, TeamCoveragePart>;

function byTeamId(a: TTeamInput, b: TTeamInput): number {
  return compareStrings(a.teamId, b.teamId);
}

/** Teams in team id order: the input itself when already sorted (the common case from a database). */
function inTeamIdOrder(teams: readonly TTeamInput[]): readonly TTeamInput[] {
  for (let i = 1; i < teams.length; i++) {
    if ((teams[i - 1] as TTeamInput).teamId > (teams[i] as TTeamInput).teamId) {
      return teams.slice().sort(byTeamId);
    }
  }
  return teams;
}

/** A team's part for the memo; its ranking entries are also appended to `ranking`. */
function coverTeamPart(team: TTeamInput, roles: RoleIndex, ranking: TRankingEntry[]): TeamCoveragePart {
  const coverage = coverTeam(team, roles);
  const from = ranking.length;
  const appended = appendRanking(coverage, ranking);
  return { coverage, row: matrixRow(coverage), ranking: ranking.slice(from, from + appended) };
}

/**
 * Every team's coverage side by side: per team the coverage, a team × area matrix, one
 * ranking of all uncovered requirements (most severe first) and totals that are exact sums
 * over the teams. Teams come back sorted by team id. With a `memo`, a team input seen before
 * reuses its part: the organisation figures are then summed from per-team results.
 */
export function computeOrganisationCoverage(
  input: OrganisationCoverageOptions & { memo?: TeamCoverageMemo },
): TOrganisationCoverage {
  const roles = compileRoles(input.roles ?? ROLE_CATALOGUE);
  const teams = inTeamIdOrder(input.teams);
  const memo = input.memo;
  const coverages: TTeamCoverage[] = new Array(teams.length);
  const matrix: TMatrixRow[] = new Array(teams.length);
  const ranking: TRankingEntry[] = [];
  const overall = emptySummary();
  const areaTotals: TAreaTotals[] = new Array(AREA_COUNT);
  for (let a = 0; a < AREA_COUNT; a++) areaTotals[a] = emptyAreaTotals();
  const bySite: Record<string, TCoverageSummary> | undefined = input.groupBySite ? {} : undefined;

  for (let t = 0; t < teams.length; t++) {
    const team = teams[t] as TTeamInput;
    if (t > 0 && (teams[t - 1] as TTeamInput).teamId === team.teamId) {
      throw new DomainError('duplicate_team', `Team '${team.teamId}' appears twice`, { teamId: team.teamId });
    }
    let coverage: TTeamCoverage;
    let row: TMatrixRow;
    const part = memo?.get(team);
    if (part !== undefined) {
      coverage = part.coverage;
      row = part.row;
      for (let i = 0; i < part.ranking.length; i++) ranking.push(part.ranking[i] as TRankingEntry);
    } else if (memo !== undefined) {
      const computed = coverTeamPart(team, roles, ranking);
      memo.set(team, computed);
      coverage = computed.coverage;
      row = computed.row;
    } else {
      coverage = coverTeam(team, roles);
      appendRanking(coverage, ranking);
      row = matrixRow(coverage);
    }
    coverages[t] = coverage;
    addSummary(overall, coverage.summary);
    if (bySite !== undefined) {
      const key = coverage.siteId ?? NO_SITE_KEY;
      let site = bySite[key];
      if (site === undefined) {
        site = emptySummary();
        bySite[key] = site;
      }
      addSummary(site, coverage.summary);
    }
    const cells = row.cells;
    for (let a = 0; a < AREA_COUNT; a++) addCell(areaTotals[a] as TAreaTotals, cellAt(cells, a));
    matrix[t] = row;
  }

  sortRanking(ranking);
  const byArea = {} as Record<AreaId, TAreaTotals>;
  for (let a = 0; a < AREA_COUNT; a++) byArea[AREA_IDS[a] as AreaId] = areaTotals[a] as TAreaTotals;
  const result: TOrganisationCoverage = { teams: coverages, matrix, ranking, totals: { overall, byArea } };
  if (bySite !== undefined) result.totals.bySite = bySite;
  return result;
}
