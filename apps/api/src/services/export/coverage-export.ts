import {
  AREA_IDS,
  AREAS,
  CIRCLES,
  COMPETENCIES,
  coverageStatusLabel,
  LEVELS,
  type TRequirement,
} from '@teamspiegel/domain';
import type { TOrganisationCoverageView, TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TExportFormat } from '@teamspiegel/domain/api/exports';
import { CONTENT_TYPES, loadExcelJs, protectWorkbook, toCsv } from '../../lib/spreadsheet.ts';
import { t, term } from './terms.ts';

/**
 * Turns the coverage views (computed by services/coverage-views.ts, never here) into tables,
 * and the tables into an XLSX workbook (one sheet per table) or a CSV (one table).
 */
export type Locale = 'nl' | 'en';
type Value = string | number | null;
export type Table = { sheet: string; headers: string[]; rows: Value[][] };

const areaLabel = (id: string, locale: Locale) => AREAS.find((a) => a.id === id)?.label[locale] ?? id;
const levelLabel = (id: string | undefined, locale: Locale) =>
  id ? (LEVELS.find((l) => l.id === id)?.label[locale] ?? id) : null;

/** The one label of a status (packages/domain, model/coverage-status.ts), as on every page. */
export function statusLabel(status: string, locale: Locale): string {
  return coverageStatusLabel(status, locale);
}

const STATUS_COUNT_HEADERS = (locale: Locale) => [
  t(locale, 'Gedekt', 'Covered'),
  coverageStatusLabel('no_margin', locale),
  coverageStatusLabel('single_point', locale),
  t(locale, 'Hiaten', 'Gaps'),
];

const KIND = {
  area: { nl: 'Gebied', en: 'Area' },
  role: { nl: 'Rol', en: 'Role' },
  competency: { nl: 'Competentie', en: 'Competency' },
  circle: { nl: 'Omgevingskring', en: 'Surroundings circle' },
  certificate: { nl: 'Certificaat', en: 'Certificate' },
} as const;

function subjectOf(
  entry: {
    kind: TRequirement['kind'];
    area?: string;
    competency?: string;
    circle?: string;
    roleLabel?: { nl: string; en: string } | null;
    certificateLabel?: { nl: string; en: string } | null;
  },
  locale: Locale,
): string {
  switch (entry.kind) {
    case 'area':
      return areaLabel(entry.area ?? '', locale);
    case 'role':
      return entry.roleLabel?.[locale] ?? '';
    case 'competency':
      return COMPETENCIES.find((c) => c.id === entry.competency)?.label[locale] ?? entry.competency ?? '';
    case 'circle':
      return CIRCLES.find((c) => c.id === entry.circle)?.label[locale] ?? entry.circle ?? '';
    case 'certificate':
      return entry.certificateLabel?.[locale] ?? '';
  }
}

function minimumOf(entry: { minLevel?: string; minScore?: number }, locale: Locale): Value {
  if (entry.minLevel) return levelLabel(entry.minLevel, locale);
  if (entry.minScore !== undefined)
    return t(locale, `score ≥ ${entry.minScore}`, `score ≥ ${entry.minScore}`);
  return null;
}

/**
 * Teams × areas: per area the status, the shown (failing) tier's level, required and present,
 * and the people missing (rule 2); per certificate column the same without a level (rule 10);
 * then the team's summary.
 */
export function matrixTable(view: TOrganisationCoverageView, locale: Locale): Table {
  const headers = [t(locale, 'Locatie', 'Site'), 'Team'];
  for (const area of AREA_IDS) {
    const label = areaLabel(area, locale);
    headers.push(
      `${label}: status`,
      `${label}: ${t(locale, 'niveau', 'level')}`,
      `${label}: ${t(locale, 'nodig', 'required')}`,
      `${label}: ${t(locale, 'aanwezig', 'supply')}`,
      `${label}: ${term('shortfall', locale).toLowerCase()}`,
    );
  }
  // The certificate columns (rule 10), after the areas as on the overview; no level.
  for (const column of view.certificateColumns) {
    const label = `${t(locale, 'Certificaat', 'Certificate')} ${column.label[locale]}`;
    headers.push(
      `${label}: status`,
      `${label}: ${t(locale, 'nodig', 'required')}`,
      `${label}: ${t(locale, 'aanwezig', 'supply')}`,
      `${label}: ${term('shortfall', locale).toLowerCase()}`,
    );
  }
  headers.push(
    t(locale, 'Eisen', 'Requirements'),
    ...STATUS_COUNT_HEADERS(locale),
    term('shortfall', locale),
    term('expectedShortfall', locale),
    'Team-id',
  );
  const rows = view.matrix.items.map((row) => {
    const values: Value[] = [row.siteName ?? '', row.teamName];
    for (const area of AREA_IDS) {
      const cell = row.cells[area];
      values.push(
        statusLabel(cell?.status ?? 'none', locale),
        levelLabel(cell?.minLevel ?? undefined, locale),
        cell?.required ?? 0,
        cell?.supply ?? 0,
        cell?.gap ?? 0,
      );
    }
    for (const column of view.certificateColumns) {
      const cell = row.certificateCells[column.certificateTypeId];
      // No requirement of this type in the team: an empty cell, as on the heatmap.
      if (cell === undefined) values.push(statusLabel('none', locale), null, null, null);
      else values.push(statusLabel(cell.status, locale), cell.required, cell.supply, cell.gap);
    }
    values.push(
      row.summary.requirements,
      row.summary.covered,
      row.summary.noMargin,
      row.summary.singlePoints,
      row.summary.gaps,
      row.summary.totalGap,
      row.summary.projectedTotalGap,
      row.teamId,
    );
    return values;
  });
  return { sheet: t(locale, 'Dekking', 'Coverage'), headers, rows };
}

/** The ranked uncovered requirements (gap, single point, no margin), most severe first. */
export function gapsTable(ranking: TOrganisationCoverageView['ranking'], locale: Locale): Table {
  const headers = [
    t(locale, 'Rang', 'Rank'),
    t(locale, 'Locatie', 'Site'),
    'Team',
    t(locale, 'Soort', 'Kind'),
    t(locale, 'Onderwerp', 'Subject'),
    t(locale, 'Minimaal', 'Minimum'),
    t(locale, 'Nodig', 'Required'),
    t(locale, 'Aanwezig', 'Supply'),
    term('shortfall', locale),
    term('expectedShortfall', locale),
    'Status',
    t(locale, 'Ernst', 'Severity'),
    'Team-id',
  ];
  const rows = ranking.map((entry, index) => [
    index + 1,
    entry.siteName ?? '',
    // A site requirement (rule 18) has no team: the whole site is meant.
    entry.teamId === null ? t(locale, '(hele locatie)', '(whole site)') : (entry.teamName ?? ''),
    KIND[entry.kind][locale],
    subjectOf(entry, locale),
    minimumOf(entry, locale),
    entry.count,
    entry.headcount,
    entry.gap,
    entry.projectedGap,
    statusLabel(entry.status, locale),
    Math.round(entry.severity * 100) / 100,
    // Empty for a site requirement (rule 18).
    entry.teamId,
  ]);
  return { sheet: t(locale, 'Hiaten', 'Gaps'), headers, rows };
}

/** Totals per area, then per site. */
export function totalsTable(view: TOrganisationCoverageView, locale: Locale): Table {
  const headers = [
    t(locale, 'Gebied / locatie', 'Area / site'),
    t(locale, 'Nodig', 'Required'),
    t(locale, 'Eisen', 'Requirements'),
    ...STATUS_COUNT_HEADERS(locale),
    term('shortfall', locale),
    t(locale, 'Teams met hiaat', 'Teams with a gap'),
  ];
  // Per area the status counts count cells (one per team), Nodig and Tekort count people (rule 2).
  const rows: Value[][] = AREA_IDS.map((area) => {
    const totals = view.totals.byArea[area];
    return [
      areaLabel(area, locale),
      totals?.required ?? 0,
      totals?.requirements ?? 0,
      totals?.covered ?? 0,
      totals?.noMargin ?? 0,
      totals?.singlePoints ?? 0,
      totals?.gaps ?? 0,
      totals?.totalGap ?? 0,
      totals?.teamsWithGap ?? 0,
    ];
  });
  // Sites and the organisation have no "required" or "teams with a gap" figure: left empty.
  const summaryRow = (name: string, totals: TOrganisationCoverageView['totals']['overall']): Value[] => [
    name,
    null,
    totals.requirements,
    totals.covered,
    totals.noMargin,
    totals.singlePoints,
    totals.gaps,
    totals.totalGap,
    null,
  ];
  for (const site of view.totals.bySite) rows.push(summaryRow(site.siteName, site.totals));
  rows.push(summaryRow(t(locale, 'Totaal', 'Total'), view.totals.overall));
  return { sheet: t(locale, 'Totalen', 'Totals'), headers, rows };
}

/** A team's requirements: supply, gap, status, projection and pipeline. */
export function teamTable(view: TTeamCoverageView, locale: Locale): Table {
  const headers = [
    t(locale, 'Soort', 'Kind'),
    t(locale, 'Onderwerp', 'Subject'),
    t(locale, 'Minimaal', 'Minimum'),
    t(locale, 'Nodig', 'Required'),
    t(locale, 'Aanwezig', 'Supply'),
    'FTE',
    term('shortfall', locale),
    'Status',
    t(locale, 'In ontwikkeling', 'Pipeline'),
    t(locale, 'Vacatures', 'Vacancies'),
    term('expectedShortfall', locale),
    t(locale, 'Verwachte status', 'Projected status'),
    t(locale, 'Aanwezig (namen)', 'Supply (names)'),
    t(locale, 'In ontwikkeling (namen)', 'Pipeline (names)'),
    t(locale, 'Kandidaten (geen rolhouder)', 'Candidates (not holding the role)'),
    t(locale, 'Rolhouders die niet voldoen', 'Holders not meeting the profile'),
    t(locale, 'Eis-id', 'Requirement id'),
  ];
  const names = (list: Array<{ name: string | null }>) =>
    list
      .map((entry) => entry.name)
      .filter(Boolean)
      .join(', ');
  const rows = view.requirements.map((coverage) => {
    const requirement = coverage.requirement;
    const entry = {
      ...requirement,
      roleLabel: coverage.roleLabel,
      certificateLabel: coverage.certificateLabel,
    };
    return [
      KIND[requirement.kind][locale],
      subjectOf(entry, locale),
      minimumOf(requirement as { minLevel?: string; minScore?: number }, locale),
      requirement.count,
      coverage.supply.headcount,
      Math.round(coverage.supply.fte * 100) / 100,
      coverage.gap,
      statusLabel(coverage.status, locale),
      coverage.pipeline.length,
      coverage.vacancies.length,
      coverage.projected.gap,
      statusLabel(coverage.projected.status, locale),
      names(coverage.suppliers),
      names(coverage.pipeline),
      names(coverage.candidates),
      names(coverage.unqualifiedHolders),
      requirement.id,
    ];
  });
  return { sheet: t(locale, 'Teameisen', 'Team requirements'), headers, rows };
}

export type ExportFile = { body: Buffer; contentType: string; extension: string };

export async function renderTables(tables: Table[], format: TExportFormat): Promise<ExportFile> {
  if (format === 'csv') {
    const table = tables[0];
    const rows = table ? [table.headers, ...table.rows] : [];
    return { body: toCsv(rows), contentType: CONTENT_TYPES.csv, extension: 'csv' };
  }
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Teamspiegel';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      column.width = Math.min(40, Math.max(10, (table.headers[index]?.length ?? 10) + 2));
    });
  }
  protectWorkbook(workbook);
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: CONTENT_TYPES.xlsx,
    extension: 'xlsx',
  };
}
