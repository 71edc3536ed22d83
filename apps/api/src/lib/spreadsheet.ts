import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';

/**
 * Everything the API writes into a spreadsheet (CSV or XLSX) passes here. Names and other texts
 * come from users: a team called `=HYPERLINK("http://evil","Klik")` must stay text when HR opens
 * the file (CSV/formula injection, OWASP), and control characters never reach a file.
 */
export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * ExcelJS, loaded on the first spreadsheet the process reads or writes: importing it costs ≈30 MB
 * of resident memory and over a second of start-up, which a process serving only coverage never needs.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** What spreadsheet programs read as the start of a formula (some skip leading white space first). */
const FORMULA_START = /^[\s\u00a0]*[=+\-@\t\r]/;
/** Line breaks and tabs become spaces; other control and bidi-override characters are dropped. */
const BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
const CONTROLS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function withoutControlCharacters(value: string): string {
  return value.replace(BREAKS, ' ').replace(CONTROLS, '');
}

/** True when a program would evaluate this text as a formula. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

type CsvValue = string | number | null | undefined;

/** A CSV cell: clean text, with a leading apostrophe when it would otherwise be a formula. */
export function csvCell(value: CsvValue): string | number | null {
  if (typeof value !== 'string') return value ?? null;
  const text = withoutControlCharacters(value);
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** CSV the way Dutch Excel opens it: semicolons, UTF-8 with BOM; every cell through `csvCell`. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): Buffer {
  const safe = rows.map((row) => row.map(csvCell));
  return Buffer.from(stringify(safe, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}

/**
 * Makes a finished workbook safe to hand out: every text cell cleaned of control characters, and
 * formula-like texts kept as text (a string cell with the text number format '@', which Excel
 * keeps as text even when the cell is edited). Call it right before writing the workbook.
 */
export function protectWorkbook(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value !== 'string') return;
        const text = withoutControlCharacters(cell.value);
        if (text !== cell.value) cell.value = text;
        if (looksLikeFormula(text)) cell.numFmt = '@';
      });
    });
  }
}
