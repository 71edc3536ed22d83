import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/spreadsheet.ts';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';
import { type TestDb, testDb } from '../helpers/people-fixtures.ts';

/**
 * Names are user input and end up in spreadsheets: whatever a team or site is called, a download
 * never carries a formula (CSV injection) or a control character.
 */
const HOSTILE = ['=HYPERLINK("http://evil.example","Klik")', '+31 6 1234', '-2+3', '@SUM(A1:A9)'];
/** Any control character (CSV line ends are removed before testing a whole file). */
const CONTROL = /\p{Cc}/u;

let t: TestApp;
let db: TestDb;
let siteName: string;
const teamNames: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  db = testDb(t);
  const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
  // Written past the API on purpose: the export must be safe whatever the database holds.
  siteName = `\tLocatie\u0007 met\r\nregels`;
  const site = await db.site.create({ data: { organisationId: organisation.id, name: siteName } });
  for (const [index, name] of HOSTILE.entries()) {
    const team = await db.team.create({
      data: { organisationId: organisation.id, siteId: site.id, name: index === 0 ? name : `${name}\u0001` },
    });
    teamNames.push(team.name);
  }
  await db.organisation.update({ where: { id: organisation.id }, data: { dataVersion: { increment: 1 } } });
});
afterAll(async () => {
  await db?.$disconnect();
  await t?.close();
});

const download = async (url: string) => {
  const token = await t.tokenFor(DEMO.hr);
  const response = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  expect(response.statusCode).toBe(200);
  return response.rawPayload;
};

describe('exports never carry a formula or a control character', () => {
  it('CSV: formula-like names start with an apostrophe; no control characters', async () => {
    const body = await download('/api/exports/organisation-coverage?format=csv');
    const text = body.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(CONTROL);
    const rows = parseCsv(text, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
    const teamColumn = rows.map((row) => row[1] ?? '');
    for (const name of HOSTILE) expect(teamColumn).toContain(`'${name}`);
    expect(rows.map((row) => row[0])).toContain(' Locatie met regels');
    for (const row of rows) {
      for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('XLSX: those names are text cells (text format), never formulas; no control characters', async () => {
    const body = await download('/api/exports/organisation-coverage?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const seen: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value !== 'string') return;
          expect(cell.value).not.toMatch(CONTROL);
          if (/^[=+\-@]/.test(cell.value)) {
            expect(cell.numFmt, cell.value).toBe('@');
            seen.push(cell.value);
          }
        });
      });
    }
    for (const name of HOSTILE) expect(seen).toContain(name);
  });

  it('the import template (it lists the team names) is protected the same way', async () => {
    const csv = (await download('/api/imports/template?format=csv')).toString('utf8');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(CONTROL);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('/api/imports/template?format=xlsx')) as unknown as ArrayBuffer);
    const help = workbook.getWorksheet('Toelichting');
    const cells: ExcelJS.Cell[] = [];
    help?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell);
      });
    });
    const hostile = cells.filter((cell) => typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value));
    expect(hostile.length).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(hostile.every((cell) => cell.numFmt === '@' && cell.type === ExcelJS.ValueType.String)).toBe(true);
    expect(cells.some((cell) => typeof cell.value === 'string' && CONTROL.test(cell.value))).toBe(false);
  });

  it('csvCell: one rule for every CSV cell', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('\t=1+1')).toBe("' =1+1");
    expect(csvCell('Team\u0000 Zon\u001b')).toBe('Team Zon');
    expect(csvCell('Noord')).toBe('Noord');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell(null)).toBeNull();
    expect(toCsv([['\r=cmd']]).toString('utf8')).toBe("\uFEFF' =cmd\r\n");
  });
});
