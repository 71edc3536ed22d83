import {
  AREA_IDS,
  type AreaId,
  DEVELOPMENT_ACTION_TYPE_IDS,
  LEVEL_RANK,
  type LevelId,
  type Locale,
  type TDemandKind,
} from '@teamspiegel/domain';
import type { TDevelopmentDemandView } from '@teamspiegel/domain/api/coverage';
import { first } from '@/lib/params';
import { areaLabel, levelLabel } from '@/lib/vocabulary';

/** A row's kind: the domain's kinds, or 'combined' for small groups taken together (rule 14). */
export type DemandColumn = TDemandKind | 'combined';

/** Ambition first, then the action types in model order, then actions without a type, then combined groups. */
export const DEMAND_KINDS: readonly DemandColumn[] = [
  'ambition',
  ...DEVELOPMENT_ACTION_TYPE_IDS,
  'other_action',
  'combined',
];
export const ACTION_KINDS: readonly DemandColumn[] = DEMAND_KINDS.filter(
  (k) => k !== 'ambition' && k !== 'combined',
);

/** Distinct, colour-blind-friendly-ish hues (Okabe–Ito based), dark enough for white text in tooltips. */
export const KIND_COLOURS: Record<DemandColumn, string> = {
  ambition: '#1f6f68',
  training: '#0072b2',
  coaching: '#cc79a7',
  omscholing: '#d55e00',
  intervisie: '#e69f00',
  werving: '#56b4e9',
  other_action: '#6b7280',
  combined: '#334155',
};

export type DemandRow = TDevelopmentDemandView['rows'][number];

/** One bar per area (all 8, in column order): people per kind, summed over the target levels. */
export type ChartDatum = { area: AreaId; label: string; total: number } & Partial<
  Record<DemandColumn, number>
>;

export function chartData(rows: DemandRow[], locale: Locale): ChartDatum[] {
  return AREA_IDS.map((area) => {
    const datum: ChartDatum = { area, label: areaLabel(area, locale), total: 0 };
    for (const row of rows) {
      if (row.area !== area) continue;
      datum[row.kind] = (datum[row.kind] ?? 0) + row.people;
      datum.total += row.people;
    }
    return datum;
  });
}

/** Kinds that occur at all (empty series are left out of the chart and the tables). */
export function kindsPresent(rows: DemandRow[]): DemandColumn[] {
  const present = new Set(rows.map((r) => r.kind));
  return DEMAND_KINDS.filter((k) => present.has(k));
}

export type TableGroup = {
  area: AreaId;
  label: string;
  levels: Array<{
    level: LevelId | null;
    label: string;
    people: Partial<Record<DemandColumn, number>>;
    /** Small groups this line's combined column holds (0 when none). */
    combined: number;
  }>;
};

const levelOrder = (level: LevelId | null) => (level === null ? Number.MAX_SAFE_INTEGER : LEVEL_RANK[level]);

/**
 * The table: per area the target levels that occur (ascending), with people per kind; an area's
 * small groups combined over its levels (level null) come last, labelled `levelsCombined`.
 */
export function tableGroups(rows: DemandRow[], locale: Locale, levelsCombined: string): TableGroup[] {
  const groups: TableGroup[] = [];
  for (const area of AREA_IDS) {
    const inArea = rows.filter((r) => r.area === area);
    if (inArea.length === 0) continue;
    const levels = [...new Set(inArea.map((r) => r.level))].sort((a, b) => levelOrder(a) - levelOrder(b));
    groups.push({
      area,
      label: areaLabel(area, locale),
      levels: levels.map((level) => {
        const people: Partial<Record<DemandColumn, number>> = {};
        let combined = 0;
        for (const row of inArea) {
          if (row.level !== level) continue;
          people[row.kind] = (people[row.kind] ?? 0) + row.people;
          combined += row.combined;
        }
        return {
          level,
          label: level === null ? levelsCombined : levelLabel(level, locale),
          people,
          combined,
        };
      }),
    });
  }
  return groups;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A query-string value as an ISO date (YYYY-MM-DD) that exists; anything else is ignored. */
export function parseIsoDate(value: string | string[] | undefined): string | undefined {
  const v = first(value);
  if (!v || !ISO_DATE.test(v)) return undefined;
  const date = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v ? undefined : v;
}
