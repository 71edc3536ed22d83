/** The few API response fields the tests read (see packages/domain/src/contracts/api). */

export type Status = 'covered' | 'no_margin' | 'single_point' | 'gap' | 'exempt' | 'none';

export type Cell = {
  status: Status;
  minLevel: string | null;
  supply: number;
  required: number;
  gap: number;
};

export type OrganisationCoverage = {
  /** The heatmap's certificate columns after the areas (rule 10). */
  certificateColumns: Array<{ certificateTypeId: string; code: string; label: { nl: string; en: string } }>;
  matrix: {
    items: Array<{
      teamId: string;
      teamName: string;
      cells: Record<string, Cell>;
      certificateCells: Record<string, Omit<Cell, 'minLevel'>>;
    }>;
    total: number;
  };
  totals: { overall: { requirements: number; covered: number; singlePoints: number; gaps: number } };
};

export type Requirement = {
  id: string;
  kind: 'area' | 'role' | 'competency' | 'circle';
  area?: string;
  minLevel?: string;
  count: number;
};

export type RequirementCoverage = {
  requirement: Requirement;
  status: Exclude<Status, 'none'>;
  gap: number;
  supply: { headcount: number; fte: number };
  suppliers: Array<{ employeeId: string; name: string | null }>;
};

export type TeamCoverage = {
  team: { id: string; name: string };
  requirements: RequirementCoverage[];
  summary: {
    requirements: number;
    covered: number;
    singlePoints: number;
    gaps: number;
    totalGap: number;
  };
  cells: Record<string, Cell>;
  members: Array<{ employeeId: string; name: string }>;
};

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

export const LEVEL_IDS = ['in_opleiding', 'starter', 'ervaren', 'expert'] as const;
export const levelRank = (level: string | undefined | null) =>
  level ? LEVEL_IDS.indexOf(level as (typeof LEVEL_IDS)[number]) + 1 : 0;
