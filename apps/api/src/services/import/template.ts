import { AREAS, LEVELS } from '@teamspiegel/domain';
import type { TImportFormat } from '@teamspiegel/domain/api/imports';
import { CONTENT_TYPES, loadExcelJs, protectWorkbook, toCsv } from '../../lib/spreadsheet.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import {
  CERTIFICATE_COLUMNS,
  CERTIFICATE_HEADERS,
  CERTIFICATE_SHEET,
  type CertificateColumnKey,
} from './certificate-columns.ts';
import { COLUMNS, type ColumnKey, HEADERS, TEAM_KIND_NAMES } from './columns.ts';

type ExampleValue = string | number | Date | null;

/** Two example people that import cleanly into the organisation (its first teams, if any). */
async function exampleRows(db: Db, organisationId: string): Promise<Array<Record<ColumnKey, ExampleValue>>> {
  const teams = await db.team.findMany({
    where: { organisationId },
    select: { name: true, site: { select: { name: true } } },
    orderBy: [{ site: { name: 'asc' } }, { name: 'asc' }],
    take: 2,
  });
  const first = teams[0];
  const second = teams[1] ?? first;
  const empty = Object.fromEntries(COLUMNS.map((column) => [column.key, null])) as Record<
    ColumnKey,
    ExampleValue
  >;
  return [
    {
      ...empty,
      email: 'sanne.jansen@voorbeeld.nl',
      firstName: 'Sanne',
      lastName: 'Jansen',
      jobTitle: 'Leerkracht',
      fte: 0.8,
      active: 'ja',
      team: first?.name ?? null,
      site: first?.site.name ?? null,
      fteShare: 0.8,
      startDate: new Date(Date.UTC(2026, 7, 1)),
      'area:didactiek': 'Ervaren',
      'area:pedagogiek': 'Starter',
      'area:onderzoek_innovatie': 'in_opleiding',
    },
    {
      ...empty,
      email: 'mo.bakker@voorbeeld.nl',
      firstName: 'Mo',
      lastName: 'de Bakker',
      jobTitle: 'Pedagogisch medewerker',
      fte: 1,
      active: 'ja',
      team: second?.name ?? null,
      site: second?.site.name ?? null,
      fteShare: 1,
      startDate: new Date(Date.UTC(2025, 0, 6)),
      'area:pedagogiek': 'expert',
      'area:verzorging': 'Experienced',
      'area:gezondheid': 'Starter',
    },
  ];
}

type CatalogueEntry = { code: string; labelNl: string; labelEn: string; validityMonths: number | null };

async function catalogueOf(db: Db, organisationId: string): Promise<CatalogueEntry[]> {
  return db.certificateType.findMany({
    where: { organisationId },
    select: { code: true, labelNl: true, labelEn: true, validityMonths: true },
    orderBy: [{ code: 'asc' }],
  });
}

/** Certificates for the two example people, from the organisation's own catalogue (none when it is empty). */
function exampleCertificates(catalogue: CatalogueEntry[]): Array<Record<CertificateColumnKey, ExampleValue>> {
  const first = catalogue.find((entry) => entry.code === 'kinder-ehbo') ?? catalogue[0];
  const second = catalogue.find((entry) => entry.code === 'bhv') ?? catalogue[1] ?? first;
  if (!first || !second) return [];
  return [
    {
      email: 'sanne.jansen@voorbeeld.nl',
      certificateCode: first.code,
      obtainedOn: new Date(Date.UTC(2025, 0, 6)),
      expiresOn: null,
      evidenceNumber: 'EHK-2025-0042',
      issuer: 'Het Oranje Kruis',
    },
    {
      email: 'mo.bakker@voorbeeld.nl',
      certificateCode: second.code,
      obtainedOn: new Date(Date.UTC(2026, 2, 15)),
      expiresOn: new Date(Date.UTC(2027, 2, 14)),
      evidenceNumber: null,
      issuer: null,
    },
  ];
}

export type Download = { body: Buffer; contentType: string; extension: string };

export async function importTemplate(
  db: Db,
  organisationId: string,
  format: TImportFormat,
): Promise<Download> {
  const examples = await exampleRows(db, organisationId);
  const catalogue = await catalogueOf(db, organisationId);
  const certificates = exampleCertificates(catalogue);
  if (format === 'csv') {
    const text = (value: ExampleValue) =>
      value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === 'number'
          ? String(value).replace('.', ',')
          : value;
    // The certificates follow the people as a second table: a blank line, their own header row.
    const rows = [
      HEADERS,
      ...examples.map((row) => COLUMNS.map((column) => text(row[column.key]))),
      [],
      CERTIFICATE_HEADERS,
      ...certificates.map((row) => CERTIFICATE_COLUMNS.map((column) => text(row[column.key]))),
    ];
    return { body: toCsv(rows), contentType: CONTENT_TYPES.csv, extension: 'csv' };
  }

  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Teamspiegel';
  const sheet = workbook.addWorksheet('Medewerkers', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.max(12, column.header.length + 2),
    style: column.key === 'startDate' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of examples) sheet.addRow(row);

  const certificateSheet = workbook.addWorksheet(CERTIFICATE_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  certificateSheet.columns = CERTIFICATE_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.max(14, column.header.length + 2),
    style: column.key === 'obtainedOn' || column.key === 'expiresOn' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  certificateSheet.getRow(1).font = { bold: true };
  for (const row of certificates) certificateSheet.addRow(row);

  const help = workbook.addWorksheet('Toelichting');
  help.columns = [{ width: 34 }, { width: 80 }, { width: 80 }];
  const heading = (values: string[]) => {
    const row = help.addRow(values);
    row.font = { bold: true };
  };
  heading(['Kolom / Column', 'Uitleg', 'Explanation']);
  for (const column of COLUMNS) {
    help.addRow([column.header, column.explanation.nl, column.explanation.en]);
  }
  help.addRow([]);
  heading([`Blad ${CERTIFICATE_SHEET} / Sheet ${CERTIFICATE_SHEET}`, 'Uitleg', 'Explanation']);
  for (const column of CERTIFICATE_COLUMNS) {
    help.addRow([column.header, column.explanation.nl, column.explanation.en]);
  }
  help.addRow([
    'Opnieuw importeren / Importing again',
    'Een certificaat met dezelfde medewerker, code en datum behaald bestaat al: het wordt overgeslagen. Een latere datum is een verlenging: een nieuw certificaat naast het oude. Geïmporteerde certificaten zijn gevalideerd. Een certificatenexport kan zo weer worden geïmporteerd.',
    'A certificate with the same employee, code and date obtained exists already: it is skipped. A later date is a renewal: a new certificate beside the old one. Imported certificates are validated. A certificate export imports again as it is.',
  ]);
  help.addRow([]);
  heading(['Certificaatcodes (waarde) / Certificate codes (value)', 'Nederlands', 'English']);
  for (const entry of catalogue) {
    const validity = entry.validityMonths;
    help.addRow([
      entry.code,
      `${entry.labelNl}${validity === null ? ' (verloopt niet)' : ` (${validity} maanden geldig)`}`,
      `${entry.labelEn}${validity === null ? ' (does not expire)' : ` (valid ${validity} months)`}`,
    ]);
  }
  help.addRow([]);
  heading(['Gebieden (kolomkop) / Areas', 'Nederlands', 'English']);
  for (const area of AREAS) help.addRow([area.id, area.label.nl, area.label.en]);
  help.addRow([]);
  heading(['Niveaus (waarde) / Levels (value)', 'Nederlands', 'English']);
  for (const level of LEVELS) help.addRow([level.id, level.label.nl, level.label.en]);
  help.addRow([]);
  heading(['Actief / Active', 'ja of nee', 'ja (yes) or nee (no)']);
  help.addRow([]);
  heading(['Teamsoort (waarde) / Team kind (value)', 'Nederlands', 'English']);
  for (const name of TEAM_KIND_NAMES) help.addRow([name.kind, name.nl, name.en]);
  help.addRow([]);
  heading(['Structuur opbouwen / Building structure', 'Voorbeeld', 'Example']);
  help.addRow([
    'locatie + team',
    'IKC De Linde; Peutergroep | BSO: maakt de locatie en beide teams aan als ze nog niet bestaan.',
    'IKC De Linde; Peutergroep | BSO: creates the site and both teams unless they exist.',
  ]);
  help.addRow([
    'fte in team',
    '0,6 | 0,2: het deel van de fte in elk team, in dezelfde volgorde.',
    '0,6 | 0,2: the FTE share in each team, in the same order.',
  ]);
  help.addRow([
    'Opnieuw importeren / Importing again',
    'Hetzelfde bestand nog eens importeren verandert niets: niets dubbel, geen nieuwe logregels.',
    'Importing the same file again changes nothing: no duplicates, no new audit rows.',
  ]);
  help.addRow([]);
  const teams = await db.team.findMany({
    where: { organisationId },
    select: { name: true, site: { select: { name: true } } },
    orderBy: [{ site: { name: 'asc' } }, { name: 'asc' }],
  });
  heading(['Teams (team)', 'Locatie (locatie)', '']);
  for (const team of teams) help.addRow([team.name, team.site.name]);
  help.addRow([]);
  help.addRow([
    'Let op / Note',
    'De importregels worden pas opgeslagen als het hele bestand foutloos is: één fout, en er verandert niets.',
    'Rows are saved only when the whole file is free of errors: one error, and nothing changes.',
  ]);

  protectWorkbook(workbook);
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, contentType: CONTENT_TYPES.xlsx, extension: 'xlsx' };
}
