import { coverageStatusItem, coverageStatusLabel } from '@teamspiegel/domain';
import type { TSiteCoverageView, TSiteRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import type { Table } from './coverage-export.ts';
import { drawTable, type PdfDoc } from './pdf-table.ts';
import { dayText, type Locale, t } from './report-pdf-kit.ts';
import { term } from './terms.ts';

/**
 * Rule 18 in the exports: each site's certificate requirements as the organisation coverage view
 * computed them (services/coverage-site-views.ts; nothing is derived here), as an XLSX sheet and
 * as a section of the board report. Counts only, no names, as on the overview.
 */

type Line = { site: TSiteCoverageView; requirement: TSiteRequirementCoverageView };

const linesOf = (sites: readonly TSiteCoverageView[]): Line[] =>
  sites.flatMap((site) => site.requirements.map((requirement) => ({ site, requirement })));

const certificateOf = (requirement: TSiteRequirementCoverageView, locale: Locale) =>
  requirement.certificateLabel?.[locale] ?? t(locale, 'Onbekend certificaat', 'Unknown certificate');

/** "Vrijgesteld t/m 31-01-2027 (zonder vrijstelling: Hiaat, 1 te kort)" for a site exempt today. */
function exemptionText(requirement: TSiteRequirementCoverageView, locale: Locale): string {
  const { exemption } = requirement;
  if (!exemption) return '';
  const until = dayText(exemption.endsOn);
  const without = `${coverageStatusLabel(exemption.status, locale)}, ${exemption.gap} ${term('short', locale)}`;
  return t(
    locale,
    `Vrijgesteld t/m ${until} (zonder vrijstelling: ${without})`,
    `Exempt through ${until} (without the exemption: ${without})`,
  );
}

/** The XLSX sheet "Locatie-eisen": one row per site requirement. */
export function siteRequirementsTable(sites: readonly TSiteCoverageView[], locale: Locale): Table {
  const headers = [
    t(locale, 'Locatie', 'Site'),
    t(locale, 'Mensen op de locatie', 'People at the site'),
    t(locale, 'Certificaat', 'Certificate'),
    t(locale, 'Nodig', 'Required'),
    t(locale, 'Aanwezig', 'Supply'),
    term('shortfall', locale),
    'Status',
    t(locale, 'Verwacht aanwezig', 'Expected supply'),
    term('expectedShortfall', locale),
    t(locale, 'Verwachte status', 'Expected status'),
    t(locale, 'Verloopt voor de horizon', 'Lapsing before the horizon'),
    t(locale, 'In ontwikkeling', 'Pipeline'),
    t(locale, 'Vrijgestelde personen', 'Exempt people'),
    t(locale, 'Vrijstelling locatie', 'Site exemption'),
    t(locale, 'Locatie-id', 'Site id'),
  ];
  const rows = linesOf(sites).map(({ site, requirement }) => [
    site.siteName,
    site.people,
    certificateOf(requirement, locale),
    requirement.count,
    requirement.headcount,
    requirement.gap,
    coverageStatusLabel(requirement.status, locale),
    requirement.projected.headcount,
    requirement.projected.gap,
    coverageStatusLabel(requirement.projected.status, locale),
    requirement.lapsing,
    requirement.pipeline,
    requirement.exemptHolders,
    exemptionText(requirement, locale),
    site.siteId,
  ]);
  return { sheet: t(locale, 'Locatie-eisen', 'Site requirements'), headers, rows };
}

/** The board report's section on site requirements (rule 18); left out when no site has one. */
export function siteRequirementsReportSection(
  doc: PdfDoc,
  sites: readonly TSiteCoverageView[],
  locale: Locale,
  layout: { sectionTitle: (doc: PdfDoc, title: string) => void; bottomReserve: number },
): void {
  const title = t(locale, 'Certificaateisen per locatie', 'Certificate requirements per site');
  layout.sectionTitle(doc, title);
  doc
    .fontSize(10)
    .text(
      t(
        locale,
        'Geteld over iedereen die op de locatie werkt (de teams van de locatie, ieder één keer). Verwacht: op de horizon van de verwachting, met certificaten die verlopen en geplande cursussen.',
        'Counted over everyone working at the site (its teams, each person once). Expected: at the horizon of the projection, with certificates that lapse and planned courses.',
      ),
    );
  doc.moveDown(0.6);
  drawTable(doc, {
    columns: [
      { header: t(locale, 'Locatie', 'Site'), width: 160 },
      { header: t(locale, 'Certificaat', 'Certificate'), width: 130 },
      { header: t(locale, 'Aanwezig/nodig', 'Supply/required'), width: 80, align: 'right' },
      { header: 'Status', width: 170 },
      { header: t(locale, 'Verwacht', 'Expected'), width: 90 },
      { header: t(locale, 'Verloopt', 'Lapsing'), width: 60, align: 'right' },
      { header: t(locale, 'In ontwikkeling', 'Pipeline'), width: 70, align: 'right' },
    ],
    rows: linesOf(sites).map(({ site, requirement }) => {
      const colour = coverageStatusItem(requirement.status).colour;
      const exemption = exemptionText(requirement, locale);
      return [
        {
          text: site.siteName,
          bold: true,
          note: t(locale, `${site.people} mensen`, `${site.people} people`),
        },
        { text: certificateOf(requirement, locale) },
        { text: `${requirement.headcount}/${requirement.count}` },
        {
          text: coverageStatusLabel(requirement.status, locale),
          fill: colour.background,
          colour: colour.text,
          ...(exemption ? { note: exemption } : {}),
        },
        { text: coverageStatusLabel(requirement.projected.status, locale) },
        { text: String(requirement.lapsing) },
        { text: String(requirement.pipeline) },
      ];
    }),
    fontSize: 9,
    bottomReserve: layout.bottomReserve,
    onNewPage: () => layout.sectionTitle(doc, `${title} (${t(locale, 'vervolg', 'continued')})`),
  });
}
