import type { TOrganisationCoverage, TTeamCoverage } from '../contracts/outputs.js';
import { AREA_IDS, type AreaId } from '../model/areas.js';
import { type CoverageStatus, statusRank } from '../model/coverage-status.js';
import { compareStrings } from './targets.js';

/** The heatmap cell that weighs most: the overview's "grootste risico". */
export type CoverageRisk = {
  teamId: string;
  area: AreaId;
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

/** Heaviest first: severity, then people missing, then status; ties by team id and area order. */
function isRiskier(a: CoverageRisk, b: CoverageRisk): boolean {
  const order =
    a.severity - b.severity ||
    a.gap - b.gap ||
    statusRank(a.status) - statusRank(b.status) ||
    compareStrings(b.teamId, a.teamId) ||
    AREA_IDS.indexOf(b.area) - AREA_IDS.indexOf(a.area);
  return order > 0;
}

/**
 * The headline of an organisation's coverage: the number of teams with a gap and the heatmap cell
 * (team × area) with the highest severity, which is the ranking's measure summed over the cell's tiers.
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
      if (!cell || cell.status === 'none' || cell.status === 'covered' || cell.severity <= 0) continue;
      const risk: CoverageRisk = {
        teamId: row.teamId,
        area,
        status: cell.status,
        gap: cell.gap,
        severity: cell.severity,
      };
      if (biggestRisk === null || isRiskier(risk, biggestRisk)) biggestRisk = risk;
    }
  }
  return { teams: coverage.teams.length, teamsWithGap, biggestRisk };
}
