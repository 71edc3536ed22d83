import {
  AREA_IDS,
  type AreaId,
  CIRCLE_IDS,
  COMPETENCY_IDS,
  type LevelId,
  type Locale,
} from '@teamspiegel/domain';
import type { TRequirementCoverageView, TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { levelRankOf } from '@/lib/vocabulary';

/**
 * The team page's requirements table as view data: which rows go in which group and in what
 * order, and how a row is shaded. The figures themselves come from the API as they are.
 */

type Row = TRequirementCoverageView;
type Requirement = Row['requirement'];
type RequirementOf<K extends Requirement['kind']> = Extract<Requirement, { kind: K }>;
export type LevelCounts = TTeamCoverageView['profile']['areas'][number]['byLevel'];

export type RequirementGroups = {
  /** Every area of the model, each with its tiers from the lowest minimum level up. */
  areas: { area: AreaId; tiers: Row[] }[];
  roles: Row[];
  competencies: Row[];
  circles: Row[];
  certificates: Row[];
};

function ofKind<K extends Requirement['kind']>(
  rows: Row[],
  kind: K,
): (Row & { requirement: RequirementOf<K> })[] {
  return rows.filter((row): row is Row & { requirement: RequirementOf<K> } => row.requirement.kind === kind);
}

function byLabel(locale: Locale, labelOf: (row: Row) => { nl: string; en: string } | null | undefined) {
  return (a: Row, b: Row) => (labelOf(a)?.[locale] ?? '').localeCompare(labelOf(b)?.[locale] ?? '', locale);
}

/** Rows grouped as the table shows them: areas in model order, roles and certificates by label. */
export function groupRequirementRows(rows: Row[], locale: Locale): RequirementGroups {
  const areaRows = ofKind(rows, 'area');
  return {
    areas: AREA_IDS.map((area) => ({
      area,
      tiers: areaRows
        .filter((row) => row.requirement.area === area)
        .sort((a, b) => levelRankOf(a.requirement.minLevel) - levelRankOf(b.requirement.minLevel)),
    })),
    roles: ofKind(rows, 'role').sort(byLabel(locale, (row) => row.roleLabel)),
    competencies: ofKind(rows, 'competency').sort(
      (a, b) =>
        COMPETENCY_IDS.indexOf(a.requirement.competency) - COMPETENCY_IDS.indexOf(b.requirement.competency),
    ),
    circles: ofKind(rows, 'circle').sort(
      (a, b) => CIRCLE_IDS.indexOf(a.requirement.circle) - CIRCLE_IDS.indexOf(b.requirement.circle),
    ),
    certificates: ofKind(rows, 'certificate').sort(byLabel(locale, (row) => row.certificateLabel)),
  };
}

/** The row's shading: a gap in red, a single point or no margin in amber. */
export function rowTone(status: Row['status']): string {
  if (status === 'gap') return 'bg-gap-soft/40';
  if (status === 'single_point' || status === 'no_margin') return 'bg-spof-soft/50';
  return '';
}

/** Whether what is planned changes the row's status or gap (else the table says "unchanged"). */
export function projectionChanges(row: Row): boolean {
  return row.projected.status !== row.status || row.projected.gap !== row.gap;
}

/** How many team members have any level in the area. */
export function peopleWithLevel(byLevel: LevelCounts | undefined): number {
  return byLevel ? byLevel.in_opleiding + byLevel.starter + byLevel.ervaren + byLevel.expert : 0;
}

/** The levels present in the team, highest first, with how many people hold each. */
export function levelMix(byLevel: LevelCounts): { level: LevelId; count: number }[] {
  return (['expert', 'ervaren', 'starter', 'in_opleiding'] as const)
    .filter((level) => byLevel[level] > 0)
    .map((level) => ({ level, count: byLevel[level] }));
}
