import {
  AREA_IDS,
  CIRCLES,
  COMPETENCIES,
  coverageStatusItem,
  coverageStatusLabel,
} from '@teamspiegel/domain';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { summaryTable } from './board-report-pdf.ts';
import { BOLD, drawTable, type PdfCell, REGULAR } from './pdf-table.ts';
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
import { term } from './terms.ts';

/**
 * One team's report as an A4 PDF, drawn from GET /api/teams/:id/coverage's view (every figure
 * computed by services/coverage-views.ts). Counts only, never names: the same file for every
 * role that may open the team. Page 1: summary and the team's heatmap row; then the requirements.
 */
export type TeamReportInput = {
  organisationName: string;
  view: TTeamCoverageView;
  locale: Locale;
  at?: Date;
};

type RequirementView = TTeamCoverageView['requirements'][number];

function requirementText(rc: RequirementView, locale: Locale): string {
  const req = rc.requirement;
  const atLeast = t(locale, 'minimaal', 'at least');
  switch (req.kind) {
    case 'area':
      return `${areaLabel(req.area, locale)}, ${atLeast} ${levelLabel(req.minLevel, locale)}`;
    case 'role':
      return `${t(locale, 'Rol', 'Role')}: ${rc.roleLabel?.[locale] || rc.roleLabel?.nl || req.roleId}`;
    case 'competency': {
      const label = COMPETENCIES.find((c) => c.id === req.competency)?.label[locale] ?? req.competency;
      return `${t(locale, 'Competentie', 'Competency')} ${label}, score ${atLeast} ${req.minScore}`;
    }
    case 'circle': {
      const label = CIRCLES.find((c) => c.id === req.circle)?.label[locale] ?? req.circle;
      return `${t(locale, 'Contacten in de omgeving', 'Contacts in the surroundings')}: ${label}`;
    }
    case 'certificate':
      return `${t(locale, 'Certificaat', 'Certificate')}: ${rc.certificateLabel?.[locale] || rc.certificateLabel?.nl || req.certificateTypeId}`;
  }
}

/** Renders the team report; resolves with the PDF bytes. */
export async function renderTeamReportPdf(input: TeamReportInput): Promise<Buffer> {
  const { view, locale } = input;
  const at = input.at ?? new Date();
  const date = reportDate(at, locale);
  const title = `${t(locale, 'Teamrapport', 'Team report')} ${view.team.name}`;
  const { doc, bytes } = await reportDocument(`${title} · ${input.organisationName}`, at);

  doc.font(REGULAR).fontSize(11).fillColor('#475569').text(input.organisationName, MARGIN, MARGIN);
  doc.font(BOLD).fontSize(20).fillColor('#0f172a').text(title);
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor('#475569')
    .text([view.team.siteName, `${t(locale, 'Stand van', 'As of')} ${date}`].filter(Boolean).join(' · '));
  doc.moveDown(0.8);
  summaryTable(doc, view.summary, locale);
  doc.moveDown(0.6);
  doc
    .font(BOLD)
    .fontSize(13)
    .fillColor('#0f172a')
    .text(t(locale, 'Dekking per gebied', 'Coverage per area'));
  doc.moveDown(0.3);
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Gebied', 'Area'), width: 260 },
      { header: 'Status', width: 170 },
      { header: t(locale, 'Niveau', 'Level'), width: 100 },
      { header: t(locale, 'Aanwezig/nodig', 'Present/required'), width: 110, align: 'right' },
      { header: term('shortfall', locale), width: 70, align: 'right' },
    ],
    rows: AREA_IDS.map((area): PdfCell[] => {
      const cell = view.cells[area];
      const status = cell?.status ?? 'none';
      const colour = coverageStatusItem(status).colour;
      const has = cell && status !== 'none';
      return [
        { text: areaLabel(area, locale) },
        { text: coverageStatusLabel(status, locale), fill: colour.background, colour: colour.text },
        { text: has ? levelLabel(cell.minLevel, locale) : '' },
        { text: has ? `${cell.supply}/${cell.required}` : '' },
        { text: has ? String(cell.gap) : '' },
      ];
    }),
    fontSize: 9,
    bottomReserve: FOOTER,
  });

  doc.addPage();
  const requirements = t(locale, 'Eisen van het team', "The team's requirements");
  sectionTitle(doc, requirements);
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Eis', 'Requirement'), width: 330 },
      { header: t(locale, 'Aanwezig/nodig', 'Present/required'), width: 100, align: 'right' },
      { header: term('shortfall', locale), width: 70, align: 'right' },
      { header: term('expectedShortfall', locale), width: 90, align: 'right' },
      { header: 'Status', width: 179.89 },
    ],
    rows: view.requirements.map((rc): PdfCell[] => {
      const colour = coverageStatusItem(rc.status).colour;
      return [
        { text: requirementText(rc, locale) },
        { text: `${rc.supply.headcount}/${rc.requirement.count}` },
        { text: String(rc.gap), bold: rc.gap > 0 },
        { text: String(rc.projected.gap) },
        { text: coverageStatusLabel(rc.status, locale), fill: colour.background, colour: colour.text },
      ];
    }),
    fontSize: 9,
    bottomReserve: FOOTER,
    onNewPage: () => sectionTitle(doc, `${requirements} (${t(locale, 'vervolg', 'continued')})`),
  });
  footers(doc, input, title, date);
  doc.end();
  return bytes;
}
