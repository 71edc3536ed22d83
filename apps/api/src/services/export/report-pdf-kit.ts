import { AREAS, LEVELS } from '@teamspiegel/domain';
import type PDFDocument from 'pdfkit';
import { BOLD, type PdfDoc, REGULAR } from './pdf-table.ts';
import { t } from './terms.ts';

export { t };

/**
 * What every PDF report shares (board, team, conversation sheet): the document with its bytes,
 * labels in the report's language, the date line, section titles and the footer on every page.
 * Standard PDF fonts (Helvetica, WinAnsi): no font files.
 */
export type Locale = 'nl' | 'en';

export const MARGIN = 36;
export const FOOTER = 18;
const TEXT = '#0f172a';
const MUTED = '#475569';

/** A day (yyyy-mm-dd) as the reports write it: dd-mm-yyyy. */
export const dayText = (isoDay: string) => isoDay.split('-').reverse().join('-');
export const areaLabel = (id: string, locale: Locale) => AREAS.find((a) => a.id === id)?.label[locale] ?? id;
export const levelLabel = (id: string | null | undefined, locale: Locale) =>
  id ? (LEVELS.find((l) => l.id === id)?.label[locale] ?? id) : '';

/** "6 december 2026" / "6 December 2026", in the organisation's time zone. */
export function reportDate(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
}

export function sectionTitle(doc: PdfDoc, title: string): void {
  doc.font(BOLD).fontSize(15).fillColor(TEXT).text(title, MARGIN, MARGIN);
  doc.moveDown(0.4);
}

/** Footer on every page: organisation, report, date, page x of y. */
export function footers(
  doc: PdfDoc,
  input: { organisationName: string; locale: Locale },
  title: string,
  date: string,
): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const page = t(
      input.locale,
      `pagina ${index + 1} van ${range.count}`,
      `page ${index + 1} of ${range.count}`,
    );
    doc
      .font(REGULAR)
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(
        `${input.organisationName} · ${title} · ${date} · ${page}`,
        MARGIN,
        doc.page.height - MARGIN + 8,
        { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}

let pdfKit: Promise<typeof PDFDocument> | undefined;

/**
 * pdfkit, loaded with the first report the process renders: importing it costs ≈10 MB of resident
 * memory (its font metrics and codecs), which a process serving coverage never needs (issue 13).
 */
export function loadPdfKit(): Promise<typeof PDFDocument> {
  pdfKit ??= import('pdfkit').then((module) => module.default);
  return pdfKit;
}

/** A new A4 report (landscape unless asked) with buffered pages (for the footers) and its bytes as a promise. */
export async function reportDocument(
  title: string,
  at: Date,
  layout: 'landscape' | 'portrait' = 'landscape',
): Promise<{ doc: PdfDoc; bytes: Promise<Buffer> }> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margin: MARGIN,
    bufferPages: true,
    info: { Title: title, Author: 'Teamspiegel', CreationDate: at },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
