import type { TCoverageSummary } from '@teamspiegel/domain';
import {
  AREA_IDS,
  CIRCLES,
  COMPETENCIES,
  COVERAGE_STATUSES,
  coverageStatusItem,
  coverageStatusLabel,
} from '@teamspiegel/domain';
import type { TIkkCoachHours } from '@teamspiegel/domain/api/compliance';
import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { ikkReportSection } from './ikk-report-section.ts';
import { BOLD, drawTable, type PdfCell, type PdfDoc, REGULAR } from './pdf-table.ts';
import {
  areaLabel,
  FOOTER,
  footers,
  type Locale,
  levelLabel,
  MARGIN,
  reportDate,
  reportDocument,
  sectionTitle,
  t,
} from './report-pdf-kit.ts';
import { siteRequirementsReportSection } from './site-requirements-export.ts';
import { term } from './terms.ts';

/**
 * The board report as an A4 PDF (landscape), drawn from the organisation coverage view that the
 * report page shows (services/coverage-views.ts computes every figure; nothing is derived here).
 * One section per page: summary, heatmap (paginated by whole rows, header repeated), totals per
 * area and site, the most severe gaps. Standard PDF fonts (Helvetica, WinAnsi): no font files.
 */
export type BoardReportInput = {
  organisationName: string;
  view: TOrganisationCoverageView;
  locale: Locale;
  at?: Date;
  /** Wet IKK coach hours (rule 15); the section is left out when absent. */
  ikk?: TIkkCoachHours;
};

const TEXT = '#0f172a';
const MUTED = '#475569';

const statusShort = (id: string, locale: Locale) => coverageStatusItem(id).short[locale];

/** The overview's first sentence, from the API's headline. */
export function headlineSentence(headline: TOrganisationCoverageView['headline'], locale: Locale): string {
  const { teams, teamsWithGap, biggestRisk } = headline;
  const count =
    locale === 'nl'
      ? teamsWithGap === 0
        ? `Geen van de ${teams} teams heeft een tekort`
        : `${teamsWithGap} van ${teams} teams ${teamsWithGap === 1 ? 'heeft' : 'hebben'} een tekort`
      : teamsWithGap === 0
        ? `None of the ${teams} teams has a gap`
        : `${teamsWithGap} of ${teams} teams ${teamsWithGap === 1 ? 'has' : 'have'} a gap`;
  if (!biggestRisk) return `${count}.`;
  const subject = biggestRisk.area
    ? areaLabel(biggestRisk.area, locale)
    : (biggestRisk.certificateLabel?.[locale] ?? '');
  return `${count}; ${t(locale, 'grootste risico', 'biggest risk')}: ${subject} ${t(locale, 'in', 'in')} ${biggestRisk.teamName}.`;
}

function requirementText(entry: TOrganisationCoverageView['ranking'][number], locale: Locale): string {
  switch (entry.kind) {
    case 'area':
      return `${areaLabel(entry.area ?? '', locale)}, ${t(locale, 'minimaal', 'at least')} ${levelLabel(entry.minLevel, locale)}`;
    case 'role':
      return `${t(locale, 'Rol', 'Role')}: ${entry.roleLabel?.[locale] ?? entry.roleLabel?.nl ?? ''}`;
    case 'competency': {
      const label = COMPETENCIES.find((c) => c.id === entry.competency)?.label[locale] ?? entry.competency;
      return `${t(locale, 'Competentie', 'Competency')} ${label}, score ${t(locale, 'minimaal', 'at least')} ${entry.minScore ?? 0}`;
    }
    case 'circle': {
      const label = CIRCLES.find((c) => c.id === entry.circle)?.label[locale] ?? entry.circle;
      return `${t(locale, 'Contacten in de omgeving', 'Contacts in the surroundings')}: ${label}`;
    }
    case 'certificate':
      return `${t(locale, 'Certificaat', 'Certificate')}: ${entry.certificateLabel?.[locale] ?? entry.certificateLabel?.nl ?? ''}`;
  }
}

function legend(doc: PdfDoc, locale: Locale): void {
  const y = doc.y;
  let x = MARGIN;
  doc.font(REGULAR).fontSize(7.5);
  for (const status of COVERAGE_STATUSES) {
    const label = status.label[locale];
    doc.save().rect(x, y, 10, 8).fill(status.colour.background).restore();
    doc.save().lineWidth(0.5).strokeColor(status.colour.border).rect(x, y, 10, 8).stroke().restore();
    doc.fillColor(TEXT).text(label, x + 13, y, { lineBreak: false });
    x += 13 + doc.widthOfString(label) + 12;
  }
  doc
    .fillColor(MUTED)
    .text(t(locale, 'Cel: aanwezig/nodig op het niveau.', 'Cell: present/required at the level.'), x, y, {
      lineBreak: false,
    });
  doc.x = MARGIN;
  doc.y = y + 14;
  doc.fillColor(TEXT);
}

/** The overall figures as a two-column table, each status in its colour. */
export function summaryTable(doc: PdfDoc, overall: TCoverageSummary, locale: Locale): void {
  const status = (id: string) => coverageStatusItem(id).colour;
  const rows: PdfCell[][] = [
    [{ text: t(locale, 'Eisen', 'Requirements') }, { text: String(overall.requirements) }],
    [
      { text: coverageStatusLabel('covered', locale), fill: status('covered').background },
      { text: String(overall.covered) },
    ],
    [
      { text: coverageStatusLabel('no_margin', locale), fill: status('no_margin').background },
      { text: String(overall.noMargin) },
    ],
    [
      { text: coverageStatusLabel('single_point', locale), fill: status('single_point').background },
      { text: String(overall.singlePoints) },
    ],
    [
      { text: t(locale, 'Hiaten', 'Gaps'), fill: status('gap').background },
      { text: String(overall.gaps), bold: true },
    ],
    [{ text: term('shortfall', locale) }, { text: String(overall.totalGap), bold: true }],
    [
      { text: term('expectedShortfallAfterDevelopment', locale) },
      { text: String(overall.projectedTotalGap) },
    ],
  ];
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Kerncijfer', 'Figure'), width: 240 },
      { header: t(locale, 'Aantal', 'Count'), width: 80, align: 'right' },
    ],
    rows,
    fontSize: 10,
    bottomReserve: FOOTER,
  });
}

function summaryPage(doc: PdfDoc, input: BoardReportInput, date: string): void {
  const { view, locale } = input;
  const overall = view.totals.overall;
  doc.font(REGULAR).fontSize(11).fillColor(MUTED).text(input.organisationName, MARGIN, MARGIN);
  doc
    .font(BOLD)
    .fontSize(20)
    .fillColor(TEXT)
    .text(t(locale, 'Bestuursrapportage teamdekking', 'Board report: team coverage'));
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${t(locale, 'Stand van', 'As of')} ${date}`);
  doc.moveDown(1);
  doc.font(BOLD).fontSize(13).fillColor(TEXT).text(headlineSentence(view.headline, locale));
  doc.moveDown(0.8);
  doc
    .font(BOLD)
    .fontSize(15)
    .text(t(locale, 'Samenvatting', 'Summary'));
  doc.moveDown(0.4);
  summaryTable(doc, overall, locale);
  const teams = view.matrix.total;
  const sites = view.sites.length;
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(TEXT)
    .text(
      locale === 'nl'
        ? `${teams} ${teams === 1 ? 'team' : 'teams'} op ${sites} ${sites === 1 ? 'locatie' : 'locaties'}.`
        : `${teams} ${teams === 1 ? 'team' : 'teams'} at ${sites} ${sites === 1 ? 'site' : 'sites'}.`,
    );
  if (view.pending.changes > 0) {
    doc.text(
      t(
        locale,
        `${view.pending.changes} wijziging(en) wachten op validatie: de cijfers tellen alleen gevalideerde niveaus.`,
        `${view.pending.changes} change(s) await validation: the figures count validated levels only.`,
      ),
    );
  }
}

/** One heatmap cell: status, people missing and "level present/required" (no level for a certificate). */
function heatmapCell(
  cell:
    | { status: string; gap: number; supply: number; required: number; minLevel?: string | null }
    | undefined,
  locale: Locale,
): PdfCell {
  const status = cell?.status ?? 'none';
  if (!cell || status === 'none') return { text: '', fill: coverageStatusItem('none').colour.background };
  const colour = coverageStatusItem(status).colour;
  const short = statusShort(status, locale);
  const gap = cell.gap > 0 ? ` (${cell.gap} ${term('short', locale)})` : '';
  return {
    text: `${short}${gap}`,
    note: `${levelLabel(cell.minLevel, locale)} ${cell.supply}/${cell.required}`.trim(),
    fill: colour.background,
    colour: colour.text,
    bold: status === 'gap',
  };
}

function heatmapSection(doc: PdfDoc, input: BoardReportInput): void {
  const { view, locale } = input;
  const title = t(locale, 'Dekking per team en gebied', 'Coverage per team and area');
  const continued = `${title} (${t(locale, 'vervolg', 'continued')})`;
  sectionTitle(doc, title);
  legend(doc, locale);
  const usable = doc.page.width - 2 * MARGIN;
  const teamWidth = 162;
  // The certificate columns (rule 10) follow the areas, as on the overview.
  const certificates = view.certificateColumns;
  const areaWidth = (usable - teamWidth) / (AREA_IDS.length + certificates.length);
  const rows: PdfCell[][] = view.matrix.items.map((row) => [
    { text: row.teamName, bold: true, ...(row.siteName ? { note: row.siteName } : {}) },
    ...AREA_IDS.map((area) => heatmapCell(row.cells[area], locale)),
    ...certificates.map((column) => heatmapCell(row.certificateCells[column.certificateTypeId], locale)),
  ]);
  drawTable(doc, {
    columns: [
      { header: 'Team', width: teamWidth },
      ...AREA_IDS.map((area) => ({
        header: areaLabel(area, locale),
        width: areaWidth,
        align: 'center' as const,
      })),
      ...certificates.map((column) => ({
        header: `${t(locale, 'Certificaat', 'Certificate')}: ${column.label[locale]}`,
        width: areaWidth,
        align: 'center' as const,
      })),
    ],
    rows,
    fontSize: 7.5,
    bottomReserve: FOOTER,
    onNewPage: () => {
      sectionTitle(doc, continued);
      legend(doc, locale);
    },
  });
}

function totalsSection(doc: PdfDoc, input: BoardReportInput): void {
  const { view, locale } = input;
  const title = t(locale, 'Totalen per gebied en locatie', 'Totals per area and site');
  const continued = `${title} (${t(locale, 'vervolg', 'continued')})`;
  sectionTitle(doc, title);
  const number = (value: number | undefined) => ({ text: String(value ?? 0) });
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Gebied', 'Area'), width: 230 },
      { header: t(locale, 'Nodig (mensen)', 'Required (people)'), width: 90, align: 'right' },
      { header: t(locale, 'Hiaten', 'Gaps'), width: 70, align: 'right' },
      { header: term('shortfall', locale), width: 90, align: 'right' },
      { header: t(locale, 'Teams met hiaat', 'Teams with a gap'), width: 90, align: 'right' },
    ],
    rows: AREA_IDS.map((area) => {
      const totals = view.totals.byArea[area];
      return [
        { text: areaLabel(area, locale) },
        number(totals?.required),
        number(totals?.gaps),
        number(totals?.totalGap),
        number(totals?.teamsWithGap),
      ];
    }),
    fontSize: 9,
    bottomReserve: FOOTER,
    onNewPage: () => sectionTitle(doc, continued),
  });
  if (view.totals.bySite.length === 0) return;
  doc.moveDown(0.6);
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Locatie', 'Site'), width: 230 },
      { header: t(locale, 'Eisen', 'Requirements'), width: 70, align: 'right' },
      { header: coverageStatusLabel('covered', locale), width: 70, align: 'right' },
      { header: coverageStatusLabel('no_margin', locale), width: 80, align: 'right' },
      { header: coverageStatusLabel('single_point', locale), width: 110, align: 'right' },
      { header: t(locale, 'Hiaten', 'Gaps'), width: 60, align: 'right' },
      { header: term('shortfall', locale), width: 90, align: 'right' },
    ],
    rows: view.totals.bySite.map((site) => [
      { text: site.siteName },
      number(site.totals.requirements),
      number(site.totals.covered),
      number(site.totals.noMargin),
      number(site.totals.singlePoints),
      number(site.totals.gaps),
      number(site.totals.totalGap),
    ]),
    fontSize: 9,
    bottomReserve: FOOTER,
    onNewPage: () => sectionTitle(doc, continued),
  });
}

function gapsSection(doc: PdfDoc, input: BoardReportInput): void {
  const { view, locale } = input;
  const title =
    locale === 'nl'
      ? `De ${view.ranking.length} grootste hiaten`
      : `The ${view.ranking.length} most severe gaps`;
  sectionTitle(doc, title);
  if (view.ranking.length === 0) {
    doc
      .font(REGULAR)
      .fontSize(10)
      .text(t(locale, 'Geen hiaten of kwetsbare plekken.', 'No gaps or weak spots.'));
    return;
  }
  drawTable(doc, {
    columns: [
      { header: '#', width: 24, align: 'right' },
      { header: 'Team', width: 170 },
      { header: t(locale, 'Eis', 'Requirement'), width: 250 },
      { header: t(locale, 'Aanwezig/nodig', 'Present/required'), width: 90, align: 'right' },
      { header: term('shortfall', locale), width: 60, align: 'right' },
      { header: term('expectedShortfall', locale), width: 76, align: 'right' },
      { header: 'Status', width: 100 },
    ],
    rows: view.ranking.map((entry, index) => {
      const colour = coverageStatusItem(entry.status).colour;
      return [
        { text: String(index + 1) },
        // A site requirement (rule 18) names the site itself.
        entry.teamId === null
          ? { text: entry.siteName ?? '', bold: true }
          : { text: entry.teamName ?? '', bold: true, ...(entry.siteName ? { note: entry.siteName } : {}) },
        { text: requirementText(entry, locale) },
        { text: `${entry.headcount}/${entry.count}` },
        { text: String(entry.gap), bold: entry.gap > 0 },
        { text: String(entry.projectedGap) },
        { text: coverageStatusLabel(entry.status, locale), fill: colour.background, colour: colour.text },
      ];
    }),
    fontSize: 9,
    bottomReserve: FOOTER,
    onNewPage: () => sectionTitle(doc, `${title} (${t(locale, 'vervolg', 'continued')})`),
  });
}

/** Renders the board report; resolves with the PDF bytes. */
export async function renderBoardReportPdf(input: BoardReportInput): Promise<Buffer> {
  const at = input.at ?? new Date();
  const date = reportDate(at, input.locale);
  const title = t(input.locale, 'Bestuursrapportage teamdekking', 'Board report: team coverage');
  const { doc, bytes } = await reportDocument(`${title} · ${input.organisationName}`, at);
  summaryPage(doc, input, date);
  doc.addPage();
  heatmapSection(doc, input);
  doc.addPage();
  totalsSection(doc, input);
  doc.addPage();
  gapsSection(doc, input);
  if (input.view.siteRequirements.length > 0) {
    doc.addPage();
    siteRequirementsReportSection(doc, input.view.siteRequirements, input.locale, {
      sectionTitle,
      bottomReserve: FOOTER,
    });
  }
  if (input.ikk) {
    doc.addPage();
    ikkReportSection(doc, input.ikk, input.locale, { sectionTitle, bottomReserve: FOOTER });
  }
  footers(doc, input, title, date);
  doc.end();
  return bytes;
}
