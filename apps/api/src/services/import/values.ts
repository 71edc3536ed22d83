import { type Cell, cellText } from './parse.ts';

/** Names compare trimmed, case-insensitive, with runs of white space as one space. */
export const norm = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  if (year < 1900 || year > 2200) return null;
  return date;
}

/** yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, an Excel date cell or an Excel serial number. */
export function parseImportDate(value: Cell): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 120_000) return null;
    // Excel's day 1 is 1900-01-01, counting the non-existent 1900-02-29.
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const text = cellText(value);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return utcDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return utcDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

export function parseActive(text: string): boolean | undefined {
  const value = norm(text);
  if (['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'actief'].includes(value)) return true;
  if (['nee', 'n', 'no', 'false', 'onwaar', '0', 'inactief'].includes(value)) return false;
  return undefined;
}

export function parseFte(value: Cell): number | undefined {
  if (typeof value === 'number') return value;
  const text = cellText(value).replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

export function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
