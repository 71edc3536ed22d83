import type { TImportFormat } from '@teamspiegel/domain/api/imports';
import { parse as parseCsv } from 'csv-parse/sync';
import { badRequest, ProblemError } from '../../lib/problem.ts';
import { type ColumnKey, columnForHeader } from './columns.ts';
import { readXlsxLines, tooManyRows } from './xlsx.ts';

/** Most employee rows one file may hold; the readers stop keeping rows past it (422). */
export const MAX_ROWS = 20_000;

/** A cell as read from the file, before any column-specific parsing. */
export type Cell = string | number | boolean | Date | null;

export type RawRow = { row: number; cells: Map<ColumnKey, Cell> };

export type ParsedFile = {
  format: TImportFormat;
  /** The recognised columns, in file order. */
  columns: ColumnKey[];
  rows: RawRow[];
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

/** Reads the first sheet (or the sheet "Medewerkers") of an XLSX, or a CSV; 400 when unreadable. */
export async function readImportFile(fileName: string, buffer: Buffer): Promise<ParsedFile> {
  if (buffer.length === 0) throw unreadable('The file is empty.');
  const format = detectFormat(fileName, buffer);
  const table = format === 'xlsx' ? await readXlsxLines(buffer, MAX_ROWS) : readCsv(buffer);
  return { format, ...toRows(table) };
}

type Table = Array<{ row: number; values: Cell[] }>;

function toRows(table: Table): { columns: ColumnKey[]; rows: RawRow[] } {
  const headerIndex = table.findIndex((line) => line.values.some((value) => cellText(value) !== ''));
  const header = table[headerIndex];
  if (!header) return { columns: [], rows: [] };
  const positions: Array<{ index: number; key: ColumnKey }> = [];
  header.values.forEach((value, index) => {
    const column = columnForHeader(cellText(value));
    if (column && !positions.some((position) => position.key === column.key)) {
      positions.push({ index, key: column.key });
    }
  });
  const rows: RawRow[] = [];
  for (const line of table.slice(headerIndex + 1)) {
    if (!line.values.some((value) => cellText(value) !== '')) continue;
    const cells = new Map<ColumnKey, Cell>();
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
    const table = records.map(({ record, info }) => ({ row: info.lines, values: record as Cell[] }));
    // The same limit as for workbooks (the header and MAX_ROWS rows); the upload limit bounds the parse.
    const nonBlank = table.filter((line) => line.values.some((value) => cellText(value) !== '')).length;
    if (nonBlank > MAX_ROWS + 1) throw tooManyRows(MAX_ROWS);
    return table;
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw unreadable('The CSV file could not be read.');
  }
}
