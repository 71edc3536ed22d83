import {
  AMBITION_DIRECTIONS,
  AREA_IDS,
  type AreaId,
  DEVELOPMENT_ACTION_TYPES,
  DEVELOPMENT_STATUSES,
  formatFte,
  type LevelId,
  label,
  type TClosableGap,
} from '@teamspiegel/domain';
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
  t,
} from './report-pdf-kit.ts';
import { term } from './terms.ts';

/**
 * The conversation sheet (gespreksblad) as an A4 portrait PDF: the facts a manager and an
 * employee talk through in a 1:1, and room for notes and agreements. Every figure comes in
 * computed (services/conversation-sheet.ts); this file only draws. WinAnsi fonts have no arrows:
 * "naar" says where a level goes.
 */
export type ConversationSheetInput = {
  organisationName: string;
  locale: Locale;
  at: Date;
  person: { fullName: string; jobTitle: string | null; fte: number; teams: string[] };
  levels: Array<{ area: string; level: LevelId; status: string; validatedLevel: LevelId | null }>;
  ambitions: Array<{
    direction: string;
    area: AreaId;
    targetLevel: LevelId;
    horizonDate: string | null;
    motivation: string | null;
  }>;
  actions: Array<{
    title: string;
    type: string;
    status: string;
    area: AreaId | null;
    targetLevel: LevelId | null;
    expectedEndDate: string | null;
  }>;
  gaps: Array<TClosableGap & { teamName: string }>;
};

const TEXT = '#0f172a';
const MUTED = '#475569';
const WIDTH = 595.28 - 2 * MARGIN;

const byId = <T extends { id: string; label: { nl: string; en: string } }>(items: readonly T[]) => {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id: string, locale: Locale) => {
    const item = map.get(id);
    return item ? label(item, locale) : id;
  };
};
const directionLabel = byId(AMBITION_DIRECTIONS);
const actionTypeLabel = byId(DEVELOPMENT_ACTION_TYPES);
const actionStatusLabel = byId(DEVELOPMENT_STATUSES);

function isoToDate(value: string | null, locale: Locale): string {
  return value ? reportDate(new Date(`${value}T12:00:00Z`), locale) : '';
}

function heading(doc: PdfDoc, title: string): void {
  doc.moveDown(0.8);
  doc.font(BOLD).fontSize(12).fillColor(TEXT).text(title, MARGIN);
  doc.moveDown(0.3);
}

function note(doc: PdfDoc, text: string): void {
  doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(text, MARGIN, doc.y, { width: WIDTH });
  doc.fillColor(TEXT);
}

function header(doc: PdfDoc, input: ConversationSheetInput, date: string): void {
  const { locale, person } = input;
  doc.font(REGULAR).fontSize(10).fillColor(MUTED).text(input.organisationName, MARGIN, MARGIN);
  doc
    .font(BOLD)
    .fontSize(18)
    .fillColor(TEXT)
    .text(`${t(locale, 'Gespreksblad', 'Conversation sheet')}: ${person.fullName}`);
  const facts = [
    person.jobTitle,
    formatFte(person.fte, locale),
    person.teams.length > 0 ? `${t(locale, 'Team', 'Team')}: ${person.teams.join(', ')}` : null,
    `${t(locale, 'Stand van', 'As of')} ${date}`,
  ].filter(Boolean);
  doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(facts.join(' · '), { width: WIDTH });
}

function levelsTable(doc: PdfDoc, input: ConversationSheetInput): void {
  const { locale } = input;
  heading(doc, t(locale, 'Niveaus per gebied', 'Levels per area'));
  const byArea = new Map(input.levels.map((entry) => [entry.area, entry]));
  const ambitionByArea = new Map(input.ambitions.map((ambition) => [ambition.area, ambition]));
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Gebied', 'Area'), width: 190 },
      { header: t(locale, 'Niveau', 'Level'), width: 80 },
      { header: t(locale, 'Validatie', 'Validation'), width: 153.28 },
      { header: t(locale, 'Ambitie', 'Ambition'), width: 100 },
    ],
    rows: AREA_IDS.map((area): PdfCell[] => {
      const entry = byArea.get(area);
      const ambition = ambitionByArea.get(area);
      let status = t(locale, 'geen niveau vastgelegd', 'no level recorded');
      if (entry?.status === 'validated') status = t(locale, 'gevalideerd', 'validated');
      else if (entry) {
        const counted = entry.validatedLevel
          ? levelLabel(entry.validatedLevel, locale)
          : t(locale, 'nog geen', 'none yet');
        status = `${t(locale, 'wacht op validatie; telt nu', 'awaiting validation; counts now')}: ${counted}`;
      }
      return [
        { text: areaLabel(area, locale) },
        { text: entry ? levelLabel(entry.level, locale) : '', bold: Boolean(entry) },
        { text: status },
        { text: ambition ? levelLabel(ambition.targetLevel, locale) : '' },
      ];
    }),
    fontSize: 9,
    bottomReserve: FOOTER,
  });
}

function ambitionsPart(doc: PdfDoc, input: ConversationSheetInput): void {
  const { locale } = input;
  heading(doc, t(locale, 'Ambities', 'Ambitions'));
  if (input.ambitions.length === 0) {
    note(doc, t(locale, 'Geen actieve ambities.', 'No active ambitions.'));
    return;
  }
  for (const ambition of input.ambitions) {
    const by = ambition.horizonDate
      ? ` (${t(locale, 'vóór', 'by')} ${isoToDate(ambition.horizonDate, locale)})`
      : '';
    doc
      .font(BOLD)
      .fontSize(9.5)
      .fillColor(TEXT)
      .text(
        `${directionLabel(ambition.direction, locale)}: ${areaLabel(ambition.area, locale)}, ${t(locale, 'naar', 'to')} ${levelLabel(ambition.targetLevel, locale)}${by}`,
        MARGIN,
        doc.y,
        { width: WIDTH },
      );
    if (ambition.motivation) note(doc, `“${ambition.motivation}”`);
  }
}

function actionsTable(doc: PdfDoc, input: ConversationSheetInput): void {
  const { locale } = input;
  heading(doc, t(locale, 'Ontwikkelacties', 'Development actions'));
  if (input.actions.length === 0) {
    note(doc, t(locale, 'Geen ontwikkelacties gepland.', 'No development actions planned.'));
    return;
  }
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Actie', 'Action'), width: 170 },
      { header: t(locale, 'Soort', 'Kind'), width: 85 },
      { header: t(locale, 'Doel', 'Aim'), width: 120 },
      { header: 'Status', width: 68.28 },
      { header: t(locale, 'Klaar vóór', 'Due'), width: 80 },
    ],
    rows: input.actions.map((action): PdfCell[] => [
      { text: action.title },
      { text: actionTypeLabel(action.type, locale) },
      {
        text: action.area
          ? `${areaLabel(action.area, locale)}${action.targetLevel ? `, ${t(locale, 'naar', 'to')} ${levelLabel(action.targetLevel, locale)}` : ''}`
          : '',
      },
      { text: actionStatusLabel(action.status, locale) },
      { text: isoToDate(action.expectedEndDate, locale) },
    ]),
    fontSize: 9,
    bottomReserve: FOOTER,
  });
}

function routeText(gap: TClosableGap, locale: Locale): string {
  switch (gap.reason) {
    case 'planned_action':
      return `${t(locale, 'geplande actie naar', 'planned action to')} ${levelLabel(gap.targetLevel, locale)}`;
    case 'ambition':
      return `${t(locale, 'haar ambitie', 'her ambition')}: ${levelLabel(gap.targetLevel, locale)}`;
    case 'one_level_below':
      return t(locale, 'één niveau eronder', 'one level below');
  }
}

function gapsTable(doc: PdfDoc, input: ConversationSheetInput): void {
  const { locale } = input;
  heading(doc, t(locale, 'Hiaten in het team die zij kan helpen dichten', 'Team gaps she could help close'));
  if (input.gaps.length === 0) {
    note(
      doc,
      t(
        locale,
        'Geen hiaten in haar teams die zij met één stap kan dichten.',
        'No gaps in her teams she could close in one step.',
      ),
    );
    return;
  }
  drawTable(doc, {
    columns: [
      { header: 'Team', width: 130 },
      { header: t(locale, 'Eis', 'Requirement'), width: 170 },
      { header: term('shortfall', locale), width: 50, align: 'right' },
      { header: t(locale, 'Nu', 'Now'), width: 63.28 },
      { header: t(locale, 'Route', 'Route'), width: 110 },
    ],
    rows: input.gaps.map((gap): PdfCell[] => [
      { text: gap.teamName, bold: true },
      {
        text: `${areaLabel(gap.area, locale)}, ${t(locale, 'minimaal', 'at least')} ${levelLabel(gap.minLevel, locale)}`,
      },
      { text: String(gap.gap), bold: true },
      {
        text: gap.currentLevel ? levelLabel(gap.currentLevel, locale) : t(locale, 'geen niveau', 'no level'),
      },
      { text: routeText(gap, locale) },
    ]),
    fontSize: 9,
    bottomReserve: FOOTER,
  });
}

/** Ruled lines to write on, moved to a new page when they would not fit. */
function writingSpace(doc: PdfDoc, title: string, lines: number): void {
  const needed = 40 + lines * 22;
  if (doc.y + needed > doc.page.height - MARGIN - FOOTER) doc.addPage();
  heading(doc, title);
  let y = doc.y + 14;
  for (let index = 0; index < lines; index += 1) {
    doc.save().lineWidth(0.5).dash(1.5, { space: 2 }).strokeColor('#94a3b8');
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + WIDTH, y)
      .stroke()
      .restore();
    y += 22;
  }
  doc.y = y;
}

/** Renders the conversation sheet; resolves with the PDF bytes. */
export async function renderConversationSheetPdf(input: ConversationSheetInput): Promise<Buffer> {
  const { locale } = input;
  const date = reportDate(input.at, locale);
  const title = `${t(locale, 'Gespreksblad', 'Conversation sheet')} ${input.person.fullName}`;
  const { doc, bytes } = await reportDocument(`${title} · ${input.organisationName}`, input.at, 'portrait');
  header(doc, input, date);
  levelsTable(doc, input);
  ambitionsPart(doc, input);
  actionsTable(doc, input);
  gapsTable(doc, input);
  writingSpace(doc, t(locale, 'Afspraken', 'Agreements'), 5);
  footers(doc, input, t(locale, 'Gespreksblad', 'Conversation sheet'), date);
  doc.end();
  return bytes;
}
