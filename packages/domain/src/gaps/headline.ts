import type { TOrganisationCoverage, TTeamCoverage } from '../contracts/outputs.js';
import { AREA_IDS, type AreaId } from '../model/areas.js';
import { type CoverageStatus, statusRank } from '../model/coverage-status.js';
import { compareStrings } from './targets.js';

/**
 * The heatmap cell that weighs most: the overview's "grootste risico". An area cell names its
 * `area`; a certificate cell (rule 10) its `certificateTypeId` instead.
 */
export type CoverageRisk = {
  teamId: string;
  area?: AreaId;
  certificateTypeId?: string;
  status: CoverageStatus;
  /** People missing in the cell (rule 2). */
  gap: number;
  severity: number;
};

/** The overview's first sentence: how many teams fall short, and where the biggest risk is. */
export type CoverageHeadline = {
  teams: number;
  /** Teams with at least one requirement that has a gap (any kind: area, role, competency, circle). */
  teamsWithGap: number;
  /** Null when no heatmap cell has a gap, a single point or no margin. */
  biggestRisk: CoverageRisk | null;
};

/** How bad a team's coverage is as a whole: the sum of its requirements' severities (see severityOf). */
export function teamSeverity(team: Pick<TTeamCoverage, 'requirements'>): number {
  let sum = 0;
  for (const rc of team.requirements) sum += rc.severity;
  return sum;
}

/** The heatmap's column order: the areas in model order, then the certificate columns. */
function columnIndex(risk: CoverageRisk): number {
  return risk.area === undefined ? AREA_IDS.length : AREA_IDS.indexOf(risk.area);
}

/** Heaviest first: severity, then people missing, then status; ties by team id and column order. */
function isRiskier(a: CoverageRisk, b: CoverageRisk): boolean {
  const order =
    a.severity - b.severity ||
    a.gap - b.gap ||
    statusRank(a.status) - statusRank(b.status) ||
    compareStrings(b.teamId, a.teamId) ||
    columnIndex(b) - columnIndex(a) ||
    compareStrings(b.certificateTypeId ?? '', a.certificateTypeId ?? '');
  return order > 0;
}

/** A cell worth naming as a risk: something missing or hanging on too few people. */
function isAtRisk(cell: { status: string; severity: number } | undefined): boolean {
  return cell !== undefined && cell.status !== 'none' && cell.status !== 'covered' && cell.severity > 0;
}

/**
 * The headline of an organisation's coverage: the number of teams with a gap and the heatmap cell
 * (team × area, or team × certificate type) with the highest severity, which is the ranking's
 * measure summed over the cell's tiers (or over its certificate requirements).
 */
export function coverageHeadline(
  coverage: Pick<TOrganisationCoverage, 'teams' | 'matrix'>,
): CoverageHeadline {
  let teamsWithGap = 0;
  for (const team of coverage.teams) if (team.summary.gaps > 0) teamsWithGap++;
  let biggestRisk: CoverageRisk | null = null;
  for (const row of coverage.matrix) {
    for (const area of AREA_IDS) {
      const cell = row.cells[area];
      if (!cell || !isAtRisk(cell) || cell.status === 'none') continue;
      // Severity orders first: a lighter cell cannot be the riskiest (no object made for it).
      if (biggestRisk !== null && cell.severity < biggestRisk.severity) continue;
      const risk: CoverageRisk = {
        teamId: row.teamId,
        area,
        status: cell.status,
        gap: cell.gap,
        severity: cell.severity,
      };
      if (biggestRisk === null || isRiskier(risk, biggestRisk)) biggestRisk = risk;
    }
    biggestRisk = riskiestCertificateCell(row, biggestRisk);
  }
  return { teams: coverage.teams.length, teamsWithGap, biggestRisk };
}

/** The heavier of `current` and the row's certificate cells (rule 10: they weigh like legal requirements). */
function riskiestCertificateCell(
  row: TOrganisationCoverage['matrix'][number],
  current: CoverageRisk | null,
): CoverageRisk | null {
  let biggest = current;
  const cells = row.certificateCells;
  for (const certificateTypeId in cells) {
    const cell = cells[certificateTypeId];
    if (cell === undefined || !isAtRisk(cell)) continue;
    if (biggest !== null && cell.severity < biggest.severity) continue;
    const risk: CoverageRisk = {
      teamId: row.teamId,
      certificateTypeId,
      status: cell.status,
      gap: cell.gap,
      severity: cell.severity,
    };
    if (biggest === null || isRiskier(risk, biggest)) biggest = risk;
  }
  return biggest;
}
