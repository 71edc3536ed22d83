import type { TIkkCoachHours } from '@teamspiegel/domain/api/compliance';
import { drawTable, type PdfDoc } from './pdf-table.ts';
import { dayText, type Locale, t } from './report-pdf-kit.ts';

/** Hours and FTE with at most two decimals, the local way (1,5 in Dutch). */
const decimal = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value);

/**
 * The board report's Wet IKK section (rule 15): the organisation's required and assigned coach hours
 * and the shortfall, then the same per site, as GET /api/compliance/ikk-coach-hours computed them.
 */
export function ikkReportSection(
  doc: PdfDoc,
  ikk: TIkkCoachHours,
  locale: Locale,
  layout: { sectionTitle: (doc: PdfDoc, title: string) => void; bottomReserve: number },
): void {
  const n = (value: number) => decimal(value, locale);
  layout.sectionTitle(
    doc,
    t(locale, 'Uren pedagogisch beleidsmedewerker / coach (Wet IKK)', 'Coach hours (Wet IKK)'),
  );
  const { organisation } = ikk;
  const peildatum = dayText(ikk.peildatum);
  doc
    .fontSize(10)
    .text(
      t(
        locale,
        `Minimaal ${n(ikk.rule.hoursPerKindercentrum)} uur per kindercentrum + ${n(ikk.rule.hoursPerPmFte)} uur per fte pedagogisch medewerkers per jaar, peildatum ${peildatum}. ` +
          (organisation.covered
            ? `Voldoende: ${n(organisation.assignedHours)} van ${n(organisation.requiredHours)} uur toegewezen.`
            : `Tekort: ${n(organisation.shortfallHours)} uur (${n(organisation.assignedHours)} van ${n(organisation.requiredHours)} uur toegewezen).`),
        `At least ${n(ikk.rule.hoursPerKindercentrum)} hours per childcare centre + ${n(ikk.rule.hoursPerPmFte)} hours per practitioner FTE a year, counted on ${peildatum}. ` +
          (organisation.covered
            ? `Sufficient: ${n(organisation.assignedHours)} of ${n(organisation.requiredHours)} hours assigned.`
            : `Shortfall: ${n(organisation.shortfallHours)} hours (${n(organisation.assignedHours)} of ${n(organisation.requiredHours)} hours assigned).`),
      ),
    );
  doc.moveDown(0.6);
  const row = (name: string, figures: TIkkCoachHours['organisation'] | TIkkCoachHours['sites'][number]) => [
    { text: name },
    { text: String(figures.kindercentra) },
    { text: n(figures.pmFte) },
    { text: n(figures.requiredHours) },
    { text: n(figures.assignedHours) },
    { text: n(figures.shortfallHours) },
  ];
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Locatie', 'Site'), width: 230 },
      { header: t(locale, 'Kindercentra', 'Centres'), width: 80, align: 'right' },
      { header: t(locale, "Fte pm'ers", 'Practitioner FTE'), width: 90, align: 'right' },
      { header: t(locale, 'Nodig (uur)', 'Required (h)'), width: 80, align: 'right' },
      { header: t(locale, 'Toegewezen (uur)', 'Assigned (h)'), width: 90, align: 'right' },
      { header: t(locale, 'Tekort (uur)', 'Shortfall (h)'), width: 80, align: 'right' },
    ],
    rows: [
      ...ikk.sites
        .filter((site) => site.kindercentra > 0 || site.assignedHours > 0)
        .map((site) => row(site.name, site)),
      row(t(locale, 'Organisatie', 'Organisation'), organisation),
    ],
    fontSize: 9,
    bottomReserve: layout.bottomReserve,
  });
  source(doc, ikk, locale);
}

function source(doc: PdfDoc, ikk: TIkkCoachHours, locale: Locale) {
  doc.moveDown(0.4);
  doc.fontSize(8).text(`${t(locale, 'Bron', 'Source')}: ${ikk.rule.source.title}.`);
}
