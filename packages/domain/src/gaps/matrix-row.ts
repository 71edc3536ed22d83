import type {
  TAreaCell,
  TAreaTier,
  TMatrixRow,
  TRequirementCoverage,
  TTeamCoverage,
} from '../contracts/outputs.js';
import { AREA_COUNT, AREA_IDS, type AreaId } from '../model/areas.js';
import { statusRank } from '../model/coverage-status.js';
import { LEVEL_RANK } from '../model/levels.js';
import { certificateCellsOf } from './certificate-cells.js';
import { areaIndexOf } from './model-ids.js';
import { compareStrings } from './targets.js';

// The matrix row literal below lists the areas by index; fail fast if the model order moves.
if (
  AREA_IDS.join() !==
  'didactiek,pedagogiek,gezondheid,verzorging,psychologie_orthopedagogiek,onderzoek_innovatie,professionele_versterking,organisatie_samenwerking'
) {
  throw new Error('AREA_IDS order changed: update the matrix row literal in matrix-row.ts');
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

/** Tiers in a cell: lowest level first, then by requirement id. */
function byTier(a: TAreaTier, b: TAreaTier): number {
  return LEVEL_RANK[a.minLevel] - LEVEL_RANK[b.minLevel] || compareStrings(a.requirementId, b.requirementId);
}

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
  let shown = tiers[0] as TAreaTier;
  let gap = 0;
  let projectedGap = 0;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i] as TAreaTier;
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

function tierOf(rc: TRequirementCoverage & { requirement: { kind: 'area' } }): TAreaTier {
  const req = rc.requirement;
  return {
    requirementId: req.id,
    minLevel: req.minLevel,
    count: req.count,
    headcount: rc.supply.headcount,
    gap: rc.gap,
    projectedGap: rc.projected.gap,
    status: rc.status,
  };
}

/** A row's cell of area `a` (AREA_IDS order): named loads stay monomorphic where a keyed load by area would not. */
export function cellAt(cells: Readonly<Record<AreaId, TAreaCell>>, a: number): TAreaCell {
  switch (a) {
    case 0:
      return cells.didactiek;
    case 1:
      return cells.pedagogiek;
    case 2:
      return cells.gezondheid;
    case 3:
      return cells.verzorging;
    case 4:
      return cells.psychologie_orthopedagogiek;
    case 5:
      return cells.onderzoek_innovatie;
    case 6:
      return cells.professionele_versterking;
    default:
      return cells.organisatie_samenwerking;
  }
}

// Per-area scratch of matrixRow (reused: the engine is synchronous; the tier lists themselves are new).
const TIER_COUNTS = new Int32Array(AREA_COUNT);
const TIER_FILLED = new Int32Array(AREA_COUNT);
const SEVERITIES = new Float64Array(AREA_COUNT);
const TIER_LISTS: Array<TAreaTier[] | null> = new Array(AREA_COUNT).fill(null);

/** A team's row of the team × area matrix: per area its tiers (sorted by byTier) and the cell they make. */
export function matrixRow(coverage: TTeamCoverage): TMatrixRow {
  const results = coverage.requirements;
  const counts = TIER_COUNTS.fill(0);
  const filled = TIER_FILLED.fill(0);
  const severities = SEVERITIES.fill(0);
  const lists = TIER_LISTS;
  // Count first, so each tier list is allocated once at its exact size.
  for (let r = 0; r < results.length; r++) {
    const req = (results[r] as TRequirementCoverage).requirement;
    if (req.kind !== 'area') continue;
    const a = areaIndexOf(req.area);
    if (a >= 0) counts[a] = (counts[a] as number) + 1;
  }
  for (let a = 0; a < AREA_COUNT; a++) {
    const n = counts[a] as number;
    lists[a] = n === 0 ? null : new Array(n);
  }
  for (let r = 0; r < results.length; r++) {
    const rc = results[r] as TRequirementCoverage;
    if (rc.requirement.kind !== 'area') continue;
    const a = areaIndexOf(rc.requirement.area);
    if (a < 0) continue;
    const tier = tierOf(rc as TRequirementCoverage & { requirement: { kind: 'area' } });
    // Insertion into the sorted prefix: a cell holds a few tiers, and Array.prototype.sort allocates.
    const list = lists[a] as TAreaTier[];
    let j = filled[a] as number;
    while (j > 0 && byTier(list[j - 1] as TAreaTier, tier) > 0) {
      list[j] = list[j - 1] as TAreaTier;
      j--;
    }
    list[j] = tier;
    filled[a] = (filled[a] as number) + 1;
    severities[a] = (severities[a] as number) + rc.severity;
  }

  // A literal with every key gives all rows one hidden class (keyed stores would not).
  const cells: Record<AreaId, TAreaCell> = {
    didactiek: cellOf(lists[0] ?? null, severities[0] as number),
    pedagogiek: cellOf(lists[1] ?? null, severities[1] as number),
    gezondheid: cellOf(lists[2] ?? null, severities[2] as number),
    verzorging: cellOf(lists[3] ?? null, severities[3] as number),
    psychologie_orthopedagogiek: cellOf(lists[4] ?? null, severities[4] as number),
    onderzoek_innovatie: cellOf(lists[5] ?? null, severities[5] as number),
    professionele_versterking: cellOf(lists[6] ?? null, severities[6] as number),
    organisatie_samenwerking: cellOf(lists[7] ?? null, severities[7] as number),
  };
  const row: TMatrixRow = {
    teamId: coverage.teamId,
    siteId: coverage.siteId,
    cells,
    certificateCells: certificateCellsOf(coverage.requirements),
  };
  if (coverage.name !== undefined) row.name = coverage.name;
  return row;
}
