import type { TImportFormat } from '@teamspiegel/domain/api/imports';
import { parse as parseCsv } from 'csv-parse/sync';
import { badRequest, ProblemError } from '../../lib/problem.ts';
import {
  type CertificateColumnKey,
  certificateColumnForHeader,
  isCertificateHeader,
} from './certificate-columns.ts';
import { type ColumnKey, columnForHeader } from './columns.ts';
import { readXlsxSheets, tooManyRows } from './xlsx.ts';

/** Most rows one sheet (people, certificates) may hold; the readers stop keeping rows past it (422). */
export const MAX_ROWS = 20_000;

/** A cell as read from the file, before any column-specific parsing. */
export type Cell = string | number | boolean | Date | null;

export type RawRow = { row: number; cells: Map<ColumnKey, Cell> };
export type RawCertificateRow = { row: number; cells: Map<CertificateColumnKey, Cell> };

export type ParsedFile = {
  format: TImportFormat;
  /** The recognised people's columns, in file order (none when the file holds only certificates). */
  columns: ColumnKey[];
  rows: RawRow[];
  /** The sheet (or CSV section) "Certificaten"; no columns and rows when the file has none. */
  certificates: { columns: CertificateColumnKey[]; rows: RawCertificateRow[] };
};

const unreadable = (detail: string) => badRequest('import_unreadable', detail);

/** .xlsx or .csv by name; a zip signature means XLSX whatever the name says. */
export function detectFormat(fileName: string, buffer: Buffer): TImportFormat {
  const name = fileName.toLowerCase();
  const isZip = buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b;
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return isZip ? 'xlsx' : 'csv';
  if (isZip) return 'xlsx';
  throw badRequest(
    'import_unsupported_format',
    'Upload an Excel workbook (.xlsx) or a CSV file (.csv); the old .xls format is not supported.',
  );
}

/**
 * Reads an XLSX (the people's sheet and the sheet "Certificaten") or a CSV (the people, then
 * optionally a second header row that opens the certificates section); 400 when unreadable.
 * A table whose header names a certificate code holds certificates wherever it stands, so a
 * certificate export imports as it is.
 */
export async function readImportFile(fileName: string, buffer: Buffer): Promise<ParsedFile> {
  if (buffer.length === 0) throw unreadable('The file is empty.');
  const format = detectFormat(fileName, buffer);
  let { people, certificates } =
    format === 'xlsx' ? await readXlsxSheets(buffer, MAX_ROWS) : csvSections(readCsv(buffer));
  if (!certificates && people && opensCertificates(people[firstNonBlank(people)])) {
    certificates = people;
    people = null;
  }
  const peopleRows = toRows(people ?? [], columnForHeader);
  const certificateRows = toRows(certificates ?? [], certificateColumnForHeader);
  return { format, ...peopleRows, certificates: certificateRows };
}

type Table = Array<{ row: number; values: Cell[] }>;

const isNonBlank = (line: { values: Cell[] }) => line.values.some((value) => cellText(value) !== '');
const firstNonBlank = (table: Table) => table.findIndex(isNonBlank);

/** A header row of the certificates table: it names the employee, a certificate code and a date. */
function opensCertificates(line: { values: Cell[] } | undefined): boolean {
  if (!line) return false;
  const keys = new Set(line.values.map((value) => certificateColumnForHeader(cellText(value))?.key));
  return isCertificateHeader(line.values.map(cellText)) && keys.has('email') && keys.has('obtainedOn');
}

/** A CSV's people (from its first header) and certificates (from a certificate header on), each within MAX_ROWS. */
function csvSections(table: Table): { people: Table | null; certificates: Table | null } {
  const first = firstNonBlank(table);
  if (first < 0) return { people: table, certificates: null };
  const opening = table.findIndex((line, index) => index >= first && opensCertificates(line));
  const people = opening < 0 ? table : opening === first ? null : table.slice(0, opening);
  const certificates = opening < 0 ? null : table.slice(opening);
  for (const section of [people, certificates]) {
    // The same limit as for workbooks (the header and MAX_ROWS rows); the upload limit bounds the parse.
    if (section && section.filter(isNonBlank).length > MAX_ROWS + 1) throw tooManyRows(MAX_ROWS);
  }
  return { people, certificates };
}

function toRows<Key extends string>(
  table: Table,
  columnFor: (header: string) => { key: Key } | undefined,
): { columns: Key[]; rows: Array<{ row: number; cells: Map<Key, Cell> }> } {
  const headerIndex = firstNonBlank(table);
  const header = table[headerIndex];
  if (!header) return { columns: [], rows: [] };
  const positions: Array<{ index: number; key: Key }> = [];
  header.values.forEach((value, index) => {
    const column = columnFor(cellText(value));
    if (column && !positions.some((position) => position.key === column.key)) {
      positions.push({ index, key: column.key });
    }
  });
  const rows: Array<{ row: number; cells: Map<Key, Cell> }> = [];
  for (const line of table.slice(headerIndex + 1)) {
    if (!isNonBlank(line)) continue;
    const cells = new Map<Key, Cell>();
    for (const { index, key } of positions) cells.set(key, line.values[index] ?? null);
    rows.push({ row: line.row, cells });
  }
  return { columns: positions.map((position) => position.key), rows };
}

/** The cell as trimmed text (dates as yyyy-mm-dd). */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

function decode(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Older Excel versions save CSV as Windows-1252.
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length - 1;
  const candidates = [';', ',', '\t'].map((char) => ({ char, n: count(char) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0] && candidates[0].n > 0 ? candidates[0].char : ';';
}

function readCsv(buffer: Buffer): Table {
  const text = decode(buffer);
  if (text.includes('\u0000')) throw unreadable('The file is not a text (CSV) file.');
  try {
    const records = parseCsv(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return records.map(({ record, info }) => ({ row: info.lines, values: record as Cell[] }));
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw unreadable('The CSV file could not be read.');
  }
}
