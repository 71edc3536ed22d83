import type { TAreaCell, TAreaCellStatus, TCoverageSummary } from '@teamspiegel/domain';
import { AREA_IDS, AREAS, type AreaId, DOMAINS, type Locale, label } from '@teamspiegel/domain';
import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { areaLabel, circleLabel, competencyLabel, levelLabel } from '@/lib/vocabulary';

/**
 * View models of the organisation overview: pure functions from the API's DTOs to what the
 * heatmap, ranking and totals render. No React, no translations: callers pass the sentences.
 */

export type MatrixRow = TOrganisationCoverageView['matrix']['items'][number];
export type RankingEntry = TOrganisationCoverageView['ranking'][number];

export type HeatmapColumn = { area: AreaId; label: string; description: string };

/** The column header rows: a spanning header over domain 1's five specialisations, then the 3 domains. */
export type HeatmapHeader = {
  groups: Array<
    | { kind: 'group'; label: string; description: string; span: number; columns: HeatmapColumn[] }
    | { kind: 'single'; column: HeatmapColumn }
  >;
  columns: HeatmapColumn[];
};

export function heatmapHeader(locale: Locale): HeatmapHeader {
  const columns: HeatmapColumn[] = AREA_IDS.map((area) => {
    const item = AREAS.find((a) => a.id === area);
    return {
      area,
      label: areaLabel(area, locale),
      description: item ? item.description[locale] || item.description.nl : '',
    };
  });
  const groups: HeatmapHeader['groups'] = [];
  for (const column of columns) {
    const area = AREAS.find((a) => a.id === column.area);
    if (area?.kind === 'specialisation') {
      const last = groups.at(-1);
      if (last?.kind === 'group') {
        last.columns.push(column);
        last.span += 1;
      } else {
        const domain = DOMAINS.find((d) => d.id === area.domainId);
        groups.push({
          kind: 'group',
          label: domain ? label(domain, locale) : area.domainId,
          description: domain ? domain.description[locale] || domain.description.nl : '',
          span: 1,
          columns: [column],
        });
      }
    } else {
      groups.push({ kind: 'single', column });
    }
  }
  return { groups, columns };
}

export type HeatmapCell = {
  area: AreaId;
  status: TAreaCellStatus;
  /** The level of the tier the cell shows (the failing one), e.g. "Expert" in "Expert 5/6". */
  level: string | null;
  supply: number;
  required: number;
  gap: number;
  projectedGap: number;
  href: string;
  /** People missing so that every tier is met (the largest tier gap). Per tier: label and numbers. */
  tiers: Array<{ level: string; headcount: number; count: number; gap: number }>;
};

export type HeatmapRow = {
  teamId: string;
  teamName: string;
  href: string;
  cells: HeatmapCell[];
  summary: TCoverageSummary;
};

export type HeatmapSiteGroup = { siteId: string | null; siteName: string | null; rows: HeatmapRow[] };

const EMPTY_CELL: TAreaCell = {
  minLevel: null,
  required: 0,
  supply: 0,
  gap: 0,
  projectedGap: 0,
  status: 'none',
  severity: 0,
  tiers: [],
};

export function teamHref(teamId: string, area?: string): string {
  const base = `/teams/${encodeURIComponent(teamId)}`;
  return area ? `${base}#${area}` : base;
}

/** Rows of the matrix page grouped by site, keeping the API's order (site, then team name). */
export function heatmapGroups(rows: MatrixRow[], locale: Locale): HeatmapSiteGroup[] {
  const groups: HeatmapSiteGroup[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (!group || group.siteId !== row.siteId) {
      group = { siteId: row.siteId, siteName: row.siteName, rows: [] };
      groups.push(group);
    }
    group.rows.push({
      teamId: row.teamId,
      teamName: row.teamName,
      href: teamHref(row.teamId),
      summary: row.summary,
      cells: AREA_IDS.map((area) => {
        const cell = row.cells[area] ?? EMPTY_CELL;
        return {
          area,
          status: cell.status,
          level: cell.minLevel ? levelLabel(cell.minLevel, locale) : null,
          supply: cell.supply,
          required: cell.required,
          gap: cell.gap,
          projectedGap: cell.projectedGap,
          href: teamHref(row.teamId, area),
          tiers: cell.tiers.map((tier) => ({
            level: levelLabel(tier.minLevel, locale),
            headcount: tier.headcount,
            count: tier.count,
            gap: tier.gap,
          })),
        };
      }),
    });
  }
  return groups;
}

/** The accessible name of a heatmap cell, e.g. "Bovenbouw · Didactiek: Hiaat, Expert 5 van 6". */
export function cellAccessibleName(
  teamName: string,
  areaLabel: string,
  cell: Pick<HeatmapCell, 'status' | 'supply' | 'required' | 'level'>,
  words: {
    status: (status: TAreaCellStatus) => string;
    ofRequired: (supply: number, required: number) => string;
  },
): string {
  const head = `${teamName} · ${areaLabel}: ${words.status(cell.status)}`;
  if (cell.status === 'none') return head;
  const numbers = words.ofRequired(cell.supply, cell.required);
  return `${head}, ${cell.level ? `${cell.level} ${numbers}` : numbers}`;
}

/** What a ranked requirement asks, in words of the model. */
export type RequirementWords =
  | { kind: 'area'; area: string; level: string }
  | { kind: 'role'; role: string }
  | { kind: 'competency'; competency: string; score: number }
  | { kind: 'circle'; circle: string }
  | { kind: 'certificate'; certificate: string };

export function describeRequirement(entry: RankingEntry, locale: Locale): RequirementWords {
  switch (entry.kind) {
    case 'area': {
      return {
        kind: 'area',
        area: areaLabel(entry.area, locale),
        level: entry.minLevel ? levelLabel(entry.minLevel, locale) : '',
      };
    }
    case 'role':
      return { kind: 'role', role: entry.roleLabel ? entry.roleLabel[locale] || entry.roleLabel.nl : '' };
    case 'competency':
      return {
        kind: 'competency',
        competency: competencyLabel(entry.competency, locale),
        score: entry.minScore ?? 0,
      };
    case 'circle':
      return { kind: 'circle', circle: circleLabel(entry.circle, locale) };
    case 'certificate':
      return { kind: 'certificate', certificate: entry.certificateLabel?.[locale] ?? '' };
  }
}

/** Where a ranked requirement links: the team page, at the area's section for area requirements. */
export function rankingHref(entry: RankingEntry): string {
  return teamHref(entry.teamId, entry.kind === 'area' ? entry.area : undefined);
}

/** The projected gap is worth showing only when the pipeline changes it. */
export function projectedGapShown(entry: Pick<RankingEntry, 'gap' | 'projectedGap'>): number | null {
  return entry.projectedGap < entry.gap ? entry.projectedGap : null;
}

export type AreaTotalRow = {
  area: AreaId;
  label: string;
  requirements: number;
  covered: number;
  noMargin: number;
  singlePoints: number;
  gaps: number;
  /** People needed (largest tier per team) and missing (rule 2 of docs/coverage-rules.md). */
  required: number;
  totalGap: number;
  teamsWithGap: number;
  /** 0..1 of the largest teamsWithGap, for the bar. */
  share: number;
};

export function areaTotals(totals: TOrganisationCoverageView['totals'], locale: Locale): AreaTotalRow[] {
  const rows = AREA_IDS.map((area) => {
    const t = totals.byArea[area];
    return {
      area,
      label: areaLabel(area, locale),
      requirements: t?.requirements ?? 0,
      covered: t?.covered ?? 0,
      noMargin: t?.noMargin ?? 0,
      singlePoints: t?.singlePoints ?? 0,
      gaps: t?.gaps ?? 0,
      required: t?.required ?? 0,
      totalGap: t?.totalGap ?? 0,
      teamsWithGap: t?.teamsWithGap ?? 0,
      share: 0,
    };
  });
  const max = Math.max(0, ...rows.map((r) => r.teamsWithGap));
  for (const row of rows) row.share = max > 0 ? row.teamsWithGap / max : 0;
  return rows;
}

/** Page count for a page of `total` items; at least 1. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

export { parsePage, parseSiteId } from '@/lib/params';
