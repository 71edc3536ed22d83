import { Readable } from 'node:stream';
import unzipper from 'unzipper';
import { ProblemError } from '../../lib/problem.ts';
import { loadExcelJs } from '../../lib/spreadsheet.ts';
import { isCertificateSheetName } from './certificate-columns.ts';

/**
 * Reading an uploaded workbook without trusting it. An .xlsx is a zip: 300 KB can unpack to
 * gigabytes of XML (a "zip bomb"), and loading a whole workbook costs far more memory than its
 * XML. So the workbook is (1) unpacked once, counting the bytes it really inflates to (the sizes a
 * zip declares can lie), refusing it past MAX_XLSX_UNCOMPRESSED_BYTES, and (2) read as a stream
 * (ExcelJS WorkbookReader), keeping at most the header and `maxRows` rows of the chosen sheet.
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 32 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 1000;

export type XlsxCell = string | number | boolean | Date | null;
export type XlsxLine = { row: number; values: XlsxCell[] };

export const importUnreadable = (detail: string) =>
  new ProblemError(400, 'import_unreadable', 'Bad request', detail);

export const tooManyRows = (maxRows: number) =>
  new ProblemError(
    422,
    'import_too_many_rows',
    'Unprocessable content',
    `The file has more than ${maxRows} rows; split it up.`,
  );

const tooLarge = () =>
  new ProblemError(
    422,
    'import_too_large',
    'Unprocessable content',
    `The workbook unpacks to more than ${MAX_XLSX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; save only the sheet with the employees, or use CSV.`,
  );

/** Inflates every entry once, counting; stops at the first byte over the cap. */
async function assertUnpackedSizeWithinCap(buffer: Buffer) {
  let directory: Awaited<ReturnType<typeof unzipper.Open.buffer>>;
  try {
    directory = await unzipper.Open.buffer(buffer);
  } catch {
    throw importUnreadable('The file is not a readable Excel workbook (.xlsx).');
  }
  const files = directory.files.filter((file) => file.type === 'File');
  if (files.length > MAX_ZIP_ENTRIES) throw tooLarge();
  const declared = files.reduce((sum, file) => sum + file.uncompressedSize, 0);
  if (declared > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooLarge();
  let total = 0;
  for (const file of files) {
    await new Promise<void>((resolve, reject) => {
      const stream = file.stream();
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > MAX_XLSX_UNCOMPRESSED_BYTES) {
          stream.destroy();
          reject(tooLarge());
        }
      });
      stream.on('end', resolve);
      stream.on('error', () => reject(importUnreadable('The workbook is damaged.')));
    });
  }
}

/** A cell value as the importer wants it: text of rich text and hyperlinks, formula results. */
export function excelValue(value: unknown): XlsxCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return (object.richText as Array<{ text?: unknown }>).map((part) => String(part.text ?? '')).join('');
    }
    // Hyperlinks (Excel turns typed e-mail addresses into mailto links) carry their text.
    if ('text' in object) return excelValue(object.text);
    if ('result' in object) return excelValue(object.result);
    if ('error' in object) return null;
  }
  return null;
}

const isBlank = (values: XlsxCell[]) =>
  values.every((value) => value === null || String(value).trim() === '');

/** The people's sheet and the certificates sheet of a workbook, as lines; null when absent. */
export type XlsxSheets = { people: XlsxLine[] | null; certificates: XlsxLine[] | null };

/**
 * The people's sheet ("Medewerkers", else the first sheet that is not the certificates sheet) and
 * the sheet "Certificaten" (or "Certificates"), each at most the header and `maxRows` further
 * non-blank lines; one more is a 422 `import_too_many_rows`. Every sheet is read to its end (the
 * reader cleans up its temporary files only then), but only those two are kept.
 */
export async function readXlsxSheets(buffer: Buffer, maxRows: number): Promise<XlsxSheets> {
  await assertUnpackedSizeWithinCap(buffer);
  const ExcelJS = await loadExcelJs();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Needed to tell date cells from numbers (the cap above bounds styles.xml too).
    styles: 'cache',
    entries: 'ignore',
  });
  let people: { named: boolean; lines: XlsxLine[]; over: boolean } | null = null;
  let certificates: { lines: XlsxLine[]; over: boolean } | null = null;
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets += 1;
      const name = String((sheet as unknown as { name?: unknown }).name ?? '');
      const forCertificates = certificates === null && isCertificateSheetName(name);
      const named = name.trim().toLowerCase() === 'medewerkers';
      const forPeople = !forCertificates && (people === null || (named && !people.named));
      const lines: XlsxLine[] = [];
      let nonBlank = 0;
      let over = false;
      for await (const row of sheet) {
        if (!(forCertificates || forPeople) || over) continue;
        const values: XlsxCell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
          values[columnNumber - 1] = excelValue(cell.value);
        });
        if (isBlank(values)) continue;
        nonBlank += 1;
        // The header and maxRows rows are kept; one more means the file is too long.
        if (nonBlank > maxRows + 1) over = true;
        else lines.push({ row: row.number, values });
      }
      if (forCertificates) certificates = { lines, over };
      else if (forPeople) people = { named, lines, over };
    }
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw importUnreadable('The worksheet could not be read.');
  }
  if (sheets === 0) throw importUnreadable('The workbook has no sheet.');
  if (people?.over || certificates?.over) throw tooManyRows(maxRows);
  return { people: people?.lines ?? null, certificates: certificates?.lines ?? null };
}
