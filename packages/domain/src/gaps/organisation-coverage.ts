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
import { appendRanking, mergeSortedRankings, sortedRankingEntries, sortRanking } from './ranking.js';
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

/** The people a cell requires (TAreaTotals.required): the largest count among its tiers. */
function requiredOf(cell: TAreaCell): number {
  let needed = 0;
  const tiers = cell.tiers;
  for (let i = 0; i < tiers.length; i++) {
    const count = (tiers[i] as TAreaTier).count;
    if (count > needed) needed = count;
  }
  return needed;
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
  totals.required += requiredOf(cell);
  totals.totalGap += cell.gap;
  totals.projectedTotalGap += cell.projectedGap;
  if (cell.gap > 0) totals.teamsWithGap++;
}

/** `into` minus `from`; `exempt` is dropped again at zero, as a sum without those teams would lack it. */
function subtractSummary(into: TCoverageSummary, from: TCoverageSummary): void {
  into.requirements -= from.requirements;
  into.covered -= from.covered;
  into.noMargin -= from.noMargin;
  into.singlePoints -= from.singlePoints;
  into.gaps -= from.gaps;
  if (from.exempt !== undefined) {
    into.exempt = (into.exempt ?? 0) - from.exempt;
    if (into.exempt === 0) delete into.exempt;
  }
  into.totalGap -= from.totalGap;
  into.projectedTotalGap -= from.projectedTotalGap;
}

/** The inverse of addCell. */
function subtractCell(totals: TAreaTotals, cell: TAreaCell): void {
  if (cell.status === 'none') return;
  totals.teams--;
  totals.requirements -= cell.tiers.length;
  if (cell.status === 'gap') totals.gaps--;
  else if (cell.status === 'single_point') totals.singlePoints--;
  else if (cell.status === 'no_margin') totals.noMargin--;
  else if (cell.status === 'exempt') {
    totals.exempt = (totals.exempt ?? 0) - 1;
    if (totals.exempt === 0) delete totals.exempt;
  } else totals.covered--;
  totals.required -= requiredOf(cell);
  totals.totalGap -= cell.gap;
  totals.projectedTotalGap -= cell.projectedGap;
  if (cell.gap > 0) totals.teamsWithGap--;
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

/** A team's part from the memo, or computed and memoised; its ranking entries are appended to `ranking`. */
function memoisedPart(
  team: TTeamInput,
  roles: RoleIndex,
  memo: TeamCoverageMemo,
  ranking: TRankingEntry[],
): TeamCoveragePart {
  const kept = memo.get(team);
  if (kept === undefined) {
    const computed = coverTeamPart(team, roles, ranking);
    memo.set(team, computed);
    return computed;
  }
  for (let i = 0; i < kept.ranking.length; i++) ranking.push(kept.ranking[i] as TRankingEntry);
  return kept;
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
    if (memo !== undefined) {
      const part = memoisedPart(team, roles, memo, ranking);
      coverage = part.coverage;
      row = part.row;
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

/**
 * A computation to start the next one from: the teams it covered (in team id order), with which
 * memo, roles and grouping, and its result.
 */
export type OrganisationCoverageState = {
  readonly teams: readonly TTeamInput[];
  readonly memo: TeamCoverageMemo;
  readonly roles: readonly TRoleDefinition[] | undefined;
  readonly groupBySite: boolean;
  readonly result: TOrganisationCoverage;
};

/** More changed teams than this share of all: summing every team again costs less than adjusting. */
const MAX_CHANGED_SHARE = 0.25;

/**
 * The same result as `computeOrganisationCoverage` (equal, key order included), computed from the
 * previous one when only some teams changed: the same team ids in the same sites, some of them as new
 * input objects. The organisation figures are then the previous ones minus the changed teams' old
 * parts plus their new parts (counts: exact), and their ranking entries are taken out of the sorted
 * ranking and merged back in, instead of summing and sorting every team's. Otherwise (no previous,
 * teams added or removed, a team moved to another site, many changed, another memo or role set) it
 * computes afresh. Returns the state for the next call.
 */
export function computeOrganisationCoverageFrom(
  previous: OrganisationCoverageState | null,
  input: OrganisationCoverageOptions & { memo: TeamCoverageMemo },
): OrganisationCoverageState {
  const teams = inTeamIdOrder(input.teams);
  const groupBySite = input.groupBySite === true;
  const state = (result: TOrganisationCoverage): OrganisationCoverageState => ({
    teams,
    memo: input.memo,
    roles: input.roles,
    groupBySite,
    result,
  });
  const adjusted = previous ? adjustedCoverage(previous, teams, input) : null;
  return state(adjusted ?? computeOrganisationCoverage({ ...input, teams }));
}

/** The previous result adjusted for the changed teams; null when it cannot be (see above). */
function adjustedCoverage(
  previous: OrganisationCoverageState,
  teams: readonly TTeamInput[],
  input: OrganisationCoverageOptions & { memo: TeamCoverageMemo },
): TOrganisationCoverage | null {
  const memo = input.memo;
  if (
    previous.memo !== memo ||
    previous.roles !== input.roles ||
    previous.groupBySite !== (input.groupBySite === true) ||
    previous.teams.length !== teams.length
  ) {
    return null;
  }
  const before = previous.result;
  const changed: number[] = [];
  for (let t = 0; t < teams.length; t++) {
    const team = teams[t] as TTeamInput;
    const old = previous.teams[t] as TTeamInput;
    if (team === old) continue;
    if (team.teamId !== old.teamId) return null;
    changed.push(t);
  }
  if (changed.length > teams.length * MAX_CHANGED_SHARE) return null;

  const roles = compileRoles(input.roles ?? ROLE_CATALOGUE);
  const coverages = before.teams.slice();
  const matrix = before.matrix.slice();
  const overall = { ...before.totals.overall };
  const areaTotals: TAreaTotals[] = AREA_IDS.map((area) => ({ ...before.totals.byArea[area] }));
  let bySite: Record<string, TCoverageSummary> | undefined;
  if (before.totals.bySite !== undefined) {
    bySite = {};
    for (const [key, summary] of Object.entries(before.totals.bySite)) bySite[key] = { ...summary };
  }
  const changedTeamIds = new Set<string>();
  const added: TRankingEntry[] = [];
  for (const t of changed) {
    const oldPart = memo.get(previous.teams[t] as TTeamInput);
    if (oldPart === undefined) return null;
    const team = teams[t] as TTeamInput;
    const part = memoisedPart(team, roles, memo, added);
    // Another site would move the team between the per-site sums and could reorder their keys.
    if (part.coverage.siteId !== oldPart.coverage.siteId) return null;
    changedTeamIds.add(team.teamId);
    coverages[t] = part.coverage;
    matrix[t] = part.row;
    subtractSummary(overall, oldPart.coverage.summary);
    addSummary(overall, part.coverage.summary);
    if (bySite !== undefined) {
      const site = bySite[part.coverage.siteId ?? NO_SITE_KEY] as TCoverageSummary;
      subtractSummary(site, oldPart.coverage.summary);
      addSummary(site, part.coverage.summary);
    }
    for (let a = 0; a < AREA_COUNT; a++) {
      subtractCell(areaTotals[a] as TAreaTotals, cellAt(oldPart.row.cells, a));
      addCell(areaTotals[a] as TAreaTotals, cellAt(part.row.cells, a));
    }
  }

  const byArea = {} as Record<AreaId, TAreaTotals>;
  for (let a = 0; a < AREA_COUNT; a++) byArea[AREA_IDS[a] as AreaId] = areaTotals[a] as TAreaTotals;
  const ranking = mergeSortedRankings(
    before.ranking.filter((entry) => !changedTeamIds.has(entry.teamId)),
    sortedRankingEntries(added),
  );
  const result: TOrganisationCoverage = { teams: coverages, matrix, ranking, totals: { overall, byArea } };
  if (bySite !== undefined) result.totals.bySite = bySite;
  return result;
}
