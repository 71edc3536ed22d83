import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxSheets } from '../../src/services/import/xlsx.ts';

const readXlsxLines = async (buffer: Buffer, maxRows: number) =>
  (await readXlsxSheets(buffer, maxRows)).people ?? [];

/** The streaming workbook reader keeps what the importer relied on from the full loader. */
describe('readXlsxSheets', () => {
  const workbook = async (rows: number) => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Toelichting').addRow(['uitleg']);
    const sheet = book.addWorksheet('Medewerkers');
    sheet.addRow(['e-mail', 'startdatum']);
    const dated = sheet.addRow(['a@b.nl', new Date(Date.UTC(2025, 0, 6))]);
    dated.getCell(2).numFmt = 'yyyy-mm-dd';
    sheet.addRow([
      { text: 'c@d.nl', hyperlink: 'mailto:c@d.nl' },
      { formula: '1+1', result: 2 },
    ]);
    for (let i = 0; i < rows - 2; i += 1) sheet.addRow([`p${i}@b.nl`, null]);
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  it('reads the sheet "Medewerkers", with dates, hyperlink texts and formula results', async () => {
    const lines = await readXlsxLines(await workbook(2), 10);
    expect(lines.map((line) => line.values)).toEqual([
      ['e-mail', 'startdatum'],
      ['a@b.nl', new Date(Date.UTC(2025, 0, 6))],
      ['c@d.nl', 2],
    ]);
  });

  it('keeps the header and maxRows rows; one more is a 422 import_too_many_rows', async () => {
    expect(await readXlsxLines(await workbook(5), 5)).toHaveLength(6);
    await expect(readXlsxLines(await workbook(6), 5)).rejects.toMatchObject({
      status: 422,
      code: 'import_too_many_rows',
    });
  });

  it('reads the sheet "Certificaten" beside the people, within the same row limit', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Medewerkers').addRow(['e-mail']);
    const certificates = book.addWorksheet('Certificaten');
    certificates.addRow(['e-mail', 'certificaatcode', 'behaald op']);
    certificates.addRow(['a@b.nl', 'bhv', '2025-01-06']);
    const sheets = await readXlsxSheets(Buffer.from(await book.xlsx.writeBuffer()), 1);
    expect(sheets.people?.map((line) => line.values)).toEqual([['e-mail']]);
    expect(sheets.certificates?.map((line) => line.values)).toEqual([
      ['e-mail', 'certificaatcode', 'behaald op'],
      ['a@b.nl', 'bhv', '2025-01-06'],
    ]);
    certificates.addRow(['c@d.nl', 'bhv', '2025-01-07']);
    await expect(readXlsxSheets(Buffer.from(await book.xlsx.writeBuffer()), 1)).rejects.toMatchObject({
      code: 'import_too_many_rows',
    });
  });

  it('refuses what is not a workbook as 400 import_unreadable', async () => {
    await expect(readXlsxLines(Buffer.from('PK\u0003\u0004 niet echt'), 5)).rejects.toMatchObject({
      status: 400,
      code: 'import_unreadable',
    });
  });
});
