import type { TAreaRequirement, TRoleDefinition, TTeamInput } from '../contracts/inputs.js';
import type {
  TAreaCell,
  TAreaTier,
  TAreaTotals,
  TCoverageSummary,
  TMatrixRow,
  TOrganisationCoverage,
  TRankingEntry,
  TRequirementCoverage,
  TTeamCoverage,
} from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { AREA_COUNT, AREA_IDS, AREA_INDEX, type AreaId } from '../model/areas.js';
import { statusRank } from '../model/coverage-status.js';
import { LEVEL_RANK } from '../model/levels.js';
import { ROLE_CATALOGUE } from '../model/roles.js';
import { certificateCellsOf } from './certificate-cells.js';
import { compileRoles } from './compiled-roles.js';
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

function byTeamId(a: TTeamInput, b: TTeamInput): number {
  return compareStrings(a.teamId, b.teamId);
}

function byTier(a: TAreaTier, b: TAreaTier): number {
  return LEVEL_RANK[a.minLevel] - LEVEL_RANK[b.minLevel] || compareStrings(a.requirementId, b.requirementId);
}

/** Most severe first; ties broken by gap, status, team and requirement id so the order is total. */
function byRanking(a: TRankingEntry, b: TRankingEntry): number {
  return (
    b.severity - a.severity ||
    b.gap - a.gap ||
    statusRank(b.status) - statusRank(a.status) ||
    compareStrings(a.teamId, b.teamId) ||
    compareStrings(a.requirementId, b.requirementId)
  );
}

function rankingEntry(team: TTeamCoverage, rc: TRequirementCoverage): TRankingEntry {
  const req = rc.requirement;
  const entry: TRankingEntry = {
    teamId: team.teamId,
    siteId: team.siteId,
    requirementId: req.id,
    kind: req.kind,
    count: req.count,
    headcount: rc.supply.headcount,
    gap: rc.gap,
    projectedGap: rc.projected.gap,
    status: rc.status,
    severity: rc.severity,
  };
  if (team.name !== undefined) entry.teamName = team.name;
  switch (req.kind) {
    case 'area':
      entry.area = req.area;
      entry.minLevel = req.minLevel;
      break;
    case 'role':
      entry.roleId = req.roleId;
      break;
    case 'competency':
      entry.competency = req.competency;
      entry.minScore = req.minScore;
      break;
    case 'circle':
      entry.circle = req.circle;
      break;
    case 'certificate':
      entry.certificateTypeId = req.certificateTypeId;
      break;
  }
  return entry;
}

// The matrix row literal below lists the areas by index; fail fast if the model order moves.
if (
  AREA_IDS.join() !==
  'didactiek,pedagogiek,gezondheid,verzorging,psychologie_orthopedagogiek,onderzoek_innovatie,professionele_versterking,organisatie_samenwerking'
) {
  throw new Error('AREA_IDS order changed: update the matrix row literal in organisation-coverage.ts');
}

/** One frozen cell for every team × area without requirements (about half the matrix). */
const NONE_CELL: TAreaCell = Object.freeze({
  minLevel: null,
  required: 0,
  supply: 0,
  gap: 0,
  projectedGap: 0,
  status: 'none',
  severity: 0,
  tiers: Object.freeze([]) as unknown as TAreaTier[],
});

/** The tier a cell shows: worst status, then the largest gap, then the higher level. */
function isWorse(a: TAreaTier, b: TAreaTier): boolean {
  return (
    (statusRank(a.status) - statusRank(b.status) ||
      a.gap - b.gap ||
      LEVEL_RANK[a.minLevel] - LEVEL_RANK[b.minLevel]) > 0
  );
}

/**
 * Rule 2: a cell shows its failing tier ("Expert 5/6") and counts as people missing the number
 * to add so that every tier is met. People added at the top level count for every tier below,
 * so that is the largest tier gap.
 */
function cellOf(tiers: TAreaTier[] | null, severity: number): TAreaCell {
  if (tiers === null) return NONE_CELL;
  if (tiers.length > 1) tiers.sort(byTier);
  let shown = tiers[0] as TAreaTier;
  let gap = 0;
  let projectedGap = 0;
  for (const tier of tiers) {
    if (isWorse(tier, shown)) shown = tier;
    if (tier.gap > gap) gap = tier.gap;
    if (tier.projectedGap > projectedGap) projectedGap = tier.projectedGap;
  }
  return {
    minLevel: shown.minLevel,
    required: shown.count,
    supply: shown.headcount,
    gap,
    projectedGap,
    status: shown.status,
    severity,
    tiers,
  };
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
  for (const tier of cell.tiers) if (tier.count > needed) needed = tier.count;
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

const TIER_LISTS: Array<TAreaTier[] | null> = new Array(AREA_COUNT).fill(null);
const SEVERITIES = new Float64Array(AREA_COUNT);

function coverTeamPart(team: TTeamInput, roles: ReturnType<typeof compileRoles>): TeamCoveragePart {
  const coverage = coverTeam(team, roles);
  const ranking: TRankingEntry[] = [];
  // Per-area tier lists and severities of this team (scratch reused: the lists themselves are new).
  const tierLists = TIER_LISTS.fill(null);
  const severities = SEVERITIES.fill(0);
  for (const rc of coverage.requirements) {
    // Covered and exempt requirements (rule 17) are no risk: the ranking leaves them out.
    if (rc.status !== 'covered' && rc.status !== 'exempt') ranking.push(rankingEntry(coverage, rc));
    const req = rc.requirement;
    if (req.kind !== 'area') continue;
    const a = AREA_INDEX[req.area];
    const areaReq: TAreaRequirement = req;
    const tier: TAreaTier = {
      requirementId: areaReq.id,
      minLevel: areaReq.minLevel,
      count: areaReq.count,
      headcount: rc.supply.headcount,
      gap: rc.gap,
      projectedGap: rc.projected.gap,
      status: rc.status,
    };
    const list = tierLists[a];
    if (list === undefined || list === null) tierLists[a] = [tier];
    else list.push(tier);
    severities[a] = (severities[a] as number) + rc.severity;
  }

  // A literal with every key gives all rows one hidden class (keyed stores would not).
  const cells: Record<AreaId, TAreaCell> = {
    didactiek: cellOf(tierLists[0] ?? null, severities[0] as number),
    pedagogiek: cellOf(tierLists[1] ?? null, severities[1] as number),
    gezondheid: cellOf(tierLists[2] ?? null, severities[2] as number),
    verzorging: cellOf(tierLists[3] ?? null, severities[3] as number),
    psychologie_orthopedagogiek: cellOf(tierLists[4] ?? null, severities[4] as number),
    onderzoek_innovatie: cellOf(tierLists[5] ?? null, severities[5] as number),
    professionele_versterking: cellOf(tierLists[6] ?? null, severities[6] as number),
    organisatie_samenwerking: cellOf(tierLists[7] ?? null, severities[7] as number),
  };
  const row: TMatrixRow = {
    teamId: coverage.teamId,
    siteId: coverage.siteId,
    cells,
    certificateCells: certificateCellsOf(coverage.requirements),
  };
  if (coverage.name !== undefined) row.name = coverage.name;
  return { coverage, row, ranking };
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
  const teams = input.teams.slice().sort(byTeamId);
  const memo = input.memo;
  const coverages: TTeamCoverage[] = new Array(teams.length);
  const matrix: TMatrixRow[] = new Array(teams.length);
  const ranking: TRankingEntry[] = [];
  const overall = emptySummary();
  const byArea = {} as Record<AreaId, TAreaTotals>;
  for (const area of AREA_IDS) byArea[area] = emptyAreaTotals();
  const bySite: Record<string, TCoverageSummary> | undefined = input.groupBySite ? {} : undefined;

  for (let t = 0; t < teams.length; t++) {
    const team = teams[t] as TTeamInput;
    if (t > 0 && (teams[t - 1] as TTeamInput).teamId === team.teamId) {
      throw new DomainError('duplicate_team', `Team '${team.teamId}' appears twice`, { teamId: team.teamId });
    }
    let part = memo?.get(team);
    if (part === undefined) {
      part = coverTeamPart(team, roles);
      memo?.set(team, part);
    }
    const coverage = part.coverage;
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
    for (const entry of part.ranking) ranking.push(entry);
    const cells = part.row.cells;
    for (let a = 0; a < AREA_COUNT; a++) {
      const area = AREA_IDS[a] as AreaId;
      addCell(byArea[area], cells[area]);
    }
    matrix[t] = part.row;
  }

  ranking.sort(byRanking);
  const result: TOrganisationCoverage = { teams: coverages, matrix, ranking, totals: { overall, byArea } };
  if (bySite !== undefined) result.totals.bySite = bySite;
  return result;
}
