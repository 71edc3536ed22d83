import { AREAS } from '@teamspiegel/domain';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { TestApp } from './build.ts';

/**
 * What the import tests share: files as HR makes them (CSV as Excel saves it, XLSX with named
 * sheets), uploading one, and waiting for the import job to end.
 */

export type ImportRow = Record<string, string | number | null>;
export type ImportSection = { headers: string[]; rows: ImportRow[] };

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The column head of an area, as the template writes it (its Dutch label). */
export const areaHeader = (id: string) => AREAS.find((area) => area.id === id)?.label.nl ?? id;

/** A semicolon CSV with a BOM and CRLF, as Excel saves one; sections (people, certificates) apart by a blank line. */
export function csvFile(...sections: ImportSection[]): Buffer {
  const quote = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = sections.flatMap(({ headers, rows }, index) => [
    ...(index > 0 ? [''] : []),
    headers.join(';'),
    ...rows.map((row) => headers.map((h) => quote(row[h])).join(';')),
  ]);
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** An XLSX with one named sheet per section. */
export async function xlsxFile(sheets: Array<ImportSection & { name: string }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, headers, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(headers);
    for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function uploadFile(t: TestApp, token: string, url: string, body: Buffer, fileName: string) {
  return t.request().post(url).set(auth(token)).attach('file', body, fileName);
}

/** Polls an import job until it completes or fails; `seen` holds the processed rows of every poll. */
export async function waitForImport(t: TestApp, token: string, jobId: string, timeoutMs = 120_000) {
  const started = Date.now();
  const seen: number[] = [];
  for (;;) {
    const response = await t.request().get(`/api/imports/${jobId}`).set(auth(token));
    expect(response.status).toBe(200);
    seen.push(response.body.processedRows);
    if (response.body.status === 'completed' || response.body.status === 'failed') {
      return { job: response.body, seen };
    }
    if (Date.now() - started > timeoutMs) throw new Error(`import ${jobId} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts an import of the file and returns the finished job. */
export async function importAndWait(t: TestApp, token: string, body: Buffer, fileName: string) {
  const started = await uploadFile(t, token, '/api/imports', body, fileName);
  expect(started.status).toBe(202);
  return (await waitForImport(t, token, started.body.jobId)).job;
}

/** A preview's or job's row errors as [row, column, code], the order the API reports them in. */
export function rowErrors(body: { errors: Array<{ row: number; column: string; code: string }> }) {
  return body.errors.map((e) => [e.row, e.column, e.code]);
}
