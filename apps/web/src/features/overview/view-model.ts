import type { TAreaCell, TAreaCellStatus, TCoverageSummary } from '@teamspiegel/domain';
import { AREA_IDS, AREAS, type AreaId, DOMAINS, type Locale, label } from '@teamspiegel/domain';
import type {
  TCoverageHeadlineView,
  TOrganisationCoverageView,
  TSiteCoverageView,
} from '@teamspiegel/domain/api/coverage';
import { areaLabel, circleLabel, competencyLabel, levelLabel } from '@/lib/vocabulary';

/**
 * View models of the organisation overview: pure functions from the API's DTOs to what the
 * heatmap, ranking and totals render. No React, no translations: callers pass the sentences.
 */

export type MatrixRow = TOrganisationCoverageView['matrix']['items'][number];
export type RankingEntry = TOrganisationCoverageView['ranking'][number];

export type HeatmapColumn = { area: AreaId; label: string; description: string };
export type CertificateColumn = TOrganisationCoverageView['certificateColumns'][number];
/** A certificate column after the areas (rule 10): the type's label in the user's language. */
export type HeatmapCertificateColumn = { certificateTypeId: string; label: string };

/** The column header rows: a spanning header over domain 1's five specialisations, then the 3 domains. */
export type HeatmapHeader = {
  groups: Array<
    | { kind: 'group'; label: string; description: string; span: number; columns: HeatmapColumn[] }
    | { kind: 'single'; column: HeatmapColumn }
  >;
  columns: HeatmapColumn[];
  /** The certificate columns, grouped under one "Certificaten" header; empty when there are none. */
  certificates: HeatmapCertificateColumn[];
};

export function heatmapHeader(locale: Locale, certificateColumns: CertificateColumn[] = []): HeatmapHeader {
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
  const certificates = certificateColumns.map((column) => ({
    certificateTypeId: column.certificateTypeId,
    label: column.label[locale] || column.label.nl,
  }));
  return { groups, columns, certificates };
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

/** A team × certificate type cell as the API computed it; status 'none' without a requirement. */
export type HeatmapCertificateCell = {
  certificateTypeId: string;
  status: TAreaCellStatus;
  supply: number;
  required: number;
  gap: number;
  projectedGap: number;
  href: string;
};

export type HeatmapRow = {
  teamId: string;
  teamName: string;
  /** Shown under the team name when the rows are not grouped by site. */
  siteName: string | null;
  href: string;
  cells: HeatmapCell[];
  /** One per certificate column, in the columns' order. */
  certificateCells: HeatmapCertificateCell[];
  summary: TCoverageSummary;
};

/** `bySite: false`: one group of all rows in the API's order (most severe first), without a site header. */
export type HeatmapSiteGroup = {
  siteId: string | null;
  siteName: string | null;
  rows: HeatmapRow[];
  bySite: boolean;
};

/** The heatmap's order: the most severe team first (the default) or by site, then team name. */
export type OverviewSort = 'severity' | 'site';

/** `?volgorde=locatie` sorts by site; anything else (or nothing) by severity. */
export function parseSort(value: string | string[] | undefined): OverviewSort {
  return value === 'locatie' ? 'site' : 'severity';
}

/** The query value of a sort (left out for the default). */
export function sortParam(sort: OverviewSort): string | undefined {
  return sort === 'site' ? 'locatie' : undefined;
}

/** A change as shown beside a figure: "+2", "−1" (a real minus sign) or "0". */
export function signedDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `\u2212${Math.abs(delta)}`;
  return '0';
}

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

/** The team page's certificate section (its heading's id). */
const CERTIFICATES_ANCHOR = 'certificaten-kop';

function certificateCellsOf(row: MatrixRow, columns: CertificateColumn[]): HeatmapCertificateCell[] {
  return columns.map((column) => {
    const cell = row.certificateCells[column.certificateTypeId];
    return {
      certificateTypeId: column.certificateTypeId,
      status: cell?.status ?? 'none',
      supply: cell?.supply ?? 0,
      required: cell?.required ?? 0,
      gap: cell?.gap ?? 0,
      projectedGap: cell?.projectedGap ?? 0,
      href: teamHref(row.teamId, CERTIFICATES_ANCHOR),
    };
  });
}

/** What the headline's biggest risk names and where it links: an area, or a certificate column. */
export function riskSubject(
  risk: NonNullable<TCoverageHeadlineView['biggestRisk']>,
  locale: Locale,
): { label: string; href: string } {
  if (risk.area) return { label: areaLabel(risk.area, locale), href: teamHref(risk.teamId, risk.area) };
  return {
    label: risk.certificateLabel?.[locale] || risk.certificateLabel?.nl || '',
    href: teamHref(risk.teamId, CERTIFICATES_ANCHOR),
  };
}

/**
 * Rows of the matrix page in the API's order: grouped by site (site, then team name), or with
 * `bySite: false` as one group (the API sorted them most severe first).
 */
export function heatmapGroups(
  rows: MatrixRow[],
  locale: Locale,
  bySite = true,
  certificateColumns: CertificateColumn[] = [],
): HeatmapSiteGroup[] {
  const groups: HeatmapSiteGroup[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (!group || (bySite && group.siteId !== row.siteId)) {
      group = bySite
        ? { siteId: row.siteId, siteName: row.siteName, rows: [], bySite }
        : { siteId: null, siteName: null, rows: [], bySite };
      groups.push(group);
    }
    group.rows.push({
      teamId: row.teamId,
      teamName: row.teamName,
      siteName: row.siteName,
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
      certificateCells: certificateCellsOf(row, certificateColumns),
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

/** The overview's section of site requirements (rule 18), where a site's ranking entry links. */
export const SITE_REQUIREMENTS_ANCHOR = 'locatie-eisen';

/** Where a ranked requirement links: the team page (at the area's section for area requirements), or a site's line. */
export function rankingHref(entry: RankingEntry): string {
  if (entry.teamId === null) return `#${SITE_REQUIREMENTS_ANCHOR}`;
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

export type SiteRequirementRow = {
  key: string;
  siteName: string;
  people: number;
  /** The catalogue's label in the locale; null when the type is gone from the catalogue. */
  certificate: string | null;
  headcount: number;
  count: number;
  status: TSiteCoverageView['requirements'][number]['status'];
  projectedStatus: TSiteCoverageView['requirements'][number]['status'];
  lapsing: number;
  /** The site's requirements it is exempt from (rule 17). */
  siteExempt: number;
  /** While the site is exempt: its last day (inclusive). */
  exemptUntil: string | null;
};

/** One row per site requirement, in the API's order (sites by name, requirements by id). */
export function siteRequirementRows(
  sites: readonly TSiteCoverageView[],
  locale: Locale,
): SiteRequirementRow[] {
  return sites.flatMap((site) =>
    site.requirements.map((requirement) => ({
      key: requirement.requirementId,
      siteName: site.siteName,
      people: site.people,
      certificate: requirement.certificateLabel?.[locale] ?? null,
      headcount: requirement.headcount,
      count: requirement.count,
      status: requirement.status,
      projectedStatus: requirement.projected.status,
      lapsing: requirement.lapsing,
      siteExempt: site.exempt,
      exemptUntil: requirement.exemption?.endsOn ?? null,
    })),
  );
}
