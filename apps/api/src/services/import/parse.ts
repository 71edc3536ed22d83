import type { TImportFormat } from '@teamspiegel/domain/api/imports';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badRequest } from '../../lib/problem.ts';
import { type ColumnKey, columnForHeader } from './columns.ts';

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
  const table = format === 'xlsx' ? await readXlsx(buffer) : readCsv(buffer);
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

async function readXlsx(buffer: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unreadable('The file is not a readable Excel workbook (.xlsx).');
  }
  const sheet =
    workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === 'medewerkers') ??
    workbook.worksheets[0];
  if (!sheet) throw unreadable('The workbook has no sheet.');
  const table: Table = [];
  try {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        values[columnNumber - 1] = excelValue(cell.value);
      });
      table.push({ row: rowNumber, values });
    });
  } catch {
    throw unreadable('The worksheet could not be read.');
  }
  return table;
}

function excelValue(value: unknown): Cell {
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
    return records.map(({ record, info }) => ({ row: info.lines, values: record }));
  } catch {
    throw unreadable('The CSV file could not be read.');
  }
}
