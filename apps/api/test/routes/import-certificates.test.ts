import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';
import { auth, csvFile, importAndWait, uploadFile, xlsxFile } from '../helpers/import-files.ts';

/**
 * Certificates in the import (issue 14 item 8): the sheet "Certificaten" (a second section in a
 * CSV) names the employee by e-mail, a code from the organisation's catalogue and the day
 * obtained. Validated like the people's rows, applied in the same transaction with audit rows and
 * change-log entries; importing again adds nothing; a certificate export imports again.
 */
let t: TestApp;
let hr: string;
let hrUserId: string;
let organisationId: string;

const PEOPLE = ['e-mail', 'voornaam', 'achternaam'];
const CERTIFICATES = [
  'e-mail',
  'certificaatcode',
  'behaald op',
  'geldig t/m',
  'certificaatnummer',
  'uitgever',
];
type Row = Record<string, string>;

/** A CSV with the people, a blank line and the certificates section. */
const csvOf = (people: Row[], certificates: Row[]) =>
  csvFile({ headers: PEOPLE, rows: people }, { headers: CERTIFICATES, rows: certificates });

const xlsxOf = (people: Row[], certificates: Row[]) =>
  xlsxFile([
    { name: 'Medewerkers', headers: PEOPLE, rows: people },
    { name: 'Certificaten', headers: CERTIFICATES, rows: certificates },
  ]);

const upload = (url: string, body: Buffer, fileName: string, token = hr) =>
  uploadFile(t, token, url, body, fileName);

const runImport = (body: Buffer, fileName: string) => importAndWait(t, hr, body, fileName);

async function counts() {
  const db = t.app.systemDb;
  const where = { organisationId };
  const [certificates, employees, audits, organisation] = await Promise.all([
    db.personCertificate.count({ where }),
    db.employee.count({ where }),
    db.auditEvent.count({ where }),
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { dataVersion: true } }),
  ]);
  return { certificates, employees, audits, dataVersion: organisation.dataVersion };
}

let existing: { id: string; email: string };

beforeAll(async () => {
  t = await buildTestApp();
  hr = await t.tokenFor(DEMO.hr);
  const db = t.app.systemDb;
  organisationId = (await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
  hrUserId = (await db.user.findUniqueOrThrow({ where: { email: DEMO.hr } })).id;
  const employee = await db.employee.findFirstOrThrow({
    where: { organisationId, erasedAt: null, email: { not: DEMO.hr } },
    orderBy: { email: 'asc' },
  });
  existing = { id: employee.id, email: employee.email };
});

afterAll(async () => {
  await t?.close();
});

describe('certificates in the import template', () => {
  it('the XLSX has a sheet Certificaten with the export-matching headers, examples and the catalogue explained', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/imports/template?format=xlsx',
      headers: auth(hr),
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Certificaten');
    expect(((sheet?.getRow(1).values ?? []) as unknown[]).slice(1)).toEqual(CERTIFICATES);
    expect(sheet?.actualRowCount).toBe(3);
    expect(sheet?.getRow(2).getCell(1).value).toBe('sanne.jansen@voorbeeld.nl');
    expect(sheet?.getRow(2).getCell(2).value).toBe('kinder-ehbo');
    const help = JSON.stringify(workbook.getWorksheet('Toelichting')?.getSheetValues());
    for (const word of ['certificaatcode', 'kinder-ehbo', 'bhv', '24 maanden geldig', 'verlenging']) {
      expect(help).toContain(word);
    }
  });
});

describe('certificates in the preview (nothing written)', () => {
  it('reports unknown codes (naming the known ones), bad dates, unknown people and an expiry before obtained', async () => {
    const before = await counts();
    const file = csvOf(
      [{ 'e-mail': 'nieuw.cert@import.example.nl', voornaam: 'Nieuw', achternaam: 'Cert' }],
      [
        { 'e-mail': existing.email, certificaatcode: 'EHBO-X', 'behaald op': '2025-01-06' },
        { 'e-mail': existing.email, certificaatcode: 'bhv', 'behaald op': '31-02-2025' },
        { 'e-mail': 'niemand@import.example.nl', certificaatcode: 'bhv', 'behaald op': '2025-01-06' },
        {
          'e-mail': 'nieuw.cert@import.example.nl',
          certificaatcode: 'bhv',
          'behaald op': '01-06-2025',
          'geldig t/m': '2025-05-31',
        },
        { 'e-mail': existing.email, certificaatcode: '', 'behaald op': '' },
        // Fine: a new person of this file, the code in capitals, a Dutch date.
        {
          'e-mail': 'nieuw.cert@import.example.nl',
          certificaatcode: 'KINDER-EHBO',
          'behaald op': '6-1-2025',
        },
      ],
    );
    const preview = await upload('/api/imports/preview', file, 'certificaten.csv');
    expect(preview.status).toBe(200);
    // The certificates section starts on line 4 (people header, one person, blank line).
    const errors = preview.body.errors as Array<Record<string, unknown>>;
    expect(errors.map(({ sheet, row, column, code }) => ({ sheet, row, column, code }))).toEqual([
      { sheet: 'certificates', row: 5, column: 'certificaatcode', code: 'certificate_unknown' },
      { sheet: 'certificates', row: 6, column: 'behaald op', code: 'date_invalid' },
      { sheet: 'certificates', row: 7, column: 'e-mail', code: 'employee_unknown' },
      { sheet: 'certificates', row: 8, column: 'geldig t/m', code: 'expiry_before_obtained' },
      { sheet: 'certificates', row: 9, column: 'certificaatcode', code: 'certificate_code_missing' },
      { sheet: 'certificates', row: 9, column: 'behaald op', code: 'obtained_on_missing' },
    ]);
    expect(errors[0]?.message_nl).toContain('Bekende codes: bevoegdheid, bhv,');
    expect(errors[0]?.message_en).toContain('kinder-ehbo');
    expect(preview.body).toMatchObject({ rows: 1, certificateRows: 6, errorCount: 6 });
    expect(preview.body.summary).toMatchObject({ newEmployees: 1, newCertificates: 1 });
    expect(await counts()).toEqual(before);

    // The job refuses the same file as a whole: nothing written.
    const job = await runImport(file, 'certificaten.csv');
    expect(job).toMatchObject({ status: 'failed', error: 'validation_failed', errorCount: 6 });
    expect(job.errors[0]).toMatchObject({ sheet: 'certificates', code: 'certificate_unknown' });
    expect(await counts()).toEqual(before);
  });

  it('a code or person of another organisation is unknown here', async () => {
    const db = t.app.systemDb;
    const zon = await db.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } });
    await db.certificateType.create({
      data: {
        organisationId: zon.id,
        code: 'alleen-bij-zon',
        labelNl: 'Zon',
        labelEn: 'Zon',
        validityMonths: 12,
      },
    });
    const zonEmployee = await db.employee.findFirstOrThrow({ where: { organisationId: zon.id } });
    const file = csvOf(
      [],
      [
        { 'e-mail': existing.email, certificaatcode: 'alleen-bij-zon', 'behaald op': '2025-01-06' },
        { 'e-mail': zonEmployee.email, certificaatcode: 'bhv', 'behaald op': '2025-01-06' },
      ],
    );
    const preview = await upload('/api/imports/preview', file, 'elders.csv');
    expect(preview.status).toBe(200);
    expect(preview.body.errors.map((error: { code: string }) => error.code)).toEqual([
      'certificate_unknown',
      'employee_unknown',
    ]);
    const known = String(preview.body.errors[0].message_nl).split('Bekende codes:')[1];
    expect(known).toContain('kinder-ehbo');
    expect(known).not.toContain('alleen-bij-zon');
  });
});

describe('importing certificates', () => {
  const person = 'cert.nieuw@import.example.nl';
  const people = [{ 'e-mail': person, voornaam: 'Cato', achternaam: 'Certificaat' }];
  // A function: `existing` is known once beforeAll ran.
  const certificates = (): Row[] => [
    // No expiry given: the type's validity (24 months) decides, as in the app.
    {
      'e-mail': person,
      certificaatcode: 'Kinder-EHBO',
      'behaald op': '06-01-2025',
      certificaatnummer: 'EHK-1',
    },
    {
      'e-mail': existing.email,
      certificaatcode: 'bhv',
      'behaald op': '2026-03-15',
      'geldig t/m': '2027-03-01',
      certificaatnummer: 'BHV-77',
      uitgever: 'NIBHV',
    },
  ];

  it('records validated certificates (also of a person the file creates) with audit rows and change-log entries', async () => {
    const before = await counts();
    const file = await xlsxOf(people, certificates());
    const preview = await upload('/api/imports/preview', file, 'certificaten.xlsx');
    expect(preview.body.errors).toEqual([]);
    expect(preview.body).toMatchObject({ rows: 1, certificateRows: 2 });
    expect(preview.body.summary).toMatchObject({ newEmployees: 1, newCertificates: 2 });

    const job = await runImport(file, 'certificaten.xlsx');
    expect(job.status).toBe('completed');
    expect(job.report).toMatchObject({ created: 1, certificates: 2 });
    expect(job).toMatchObject({ totalRows: 3, processedRows: 3 });

    const db = t.app.systemDb;
    const created = await db.employee.findFirstOrThrow({ where: { organisationId, email: person } });
    const rows = await db.personCertificate.findMany({
      where: {
        organisationId,
        employeeId: { in: [created.id, existing.id] },
        evidenceNumber: { in: ['EHK-1', 'BHV-77'] },
      },
      include: { certificateType: true },
      orderBy: { evidenceNumber: 'asc' },
    });
    expect(
      rows.map((row) => ({
        code: row.certificateType.code,
        employeeId: row.employeeId,
        obtainedOn: row.obtainedOn.toISOString().slice(0, 10),
        expiresOn: row.expiresOn?.toISOString().slice(0, 10),
        issuer: row.issuer,
        status: row.status,
        recordedByUserId: row.recordedByUserId,
        validatedByUserId: row.validatedByUserId,
        validated: row.validatedAt !== null,
      })),
    ).toEqual([
      {
        code: 'bhv',
        employeeId: existing.id,
        obtainedOn: '2026-03-15',
        expiresOn: '2027-03-01',
        issuer: 'NIBHV',
        status: 'validated',
        recordedByUserId: hrUserId,
        validatedByUserId: hrUserId,
        validated: true,
      },
      {
        code: 'kinder-ehbo',
        employeeId: created.id,
        obtainedOn: '2025-01-06',
        expiresOn: '2027-01-05',
        issuer: null,
        status: 'validated',
        recordedByUserId: hrUserId,
        validatedByUserId: hrUserId,
        validated: true,
      },
    ]);
    const audits = await db.auditEvent.findMany({
      where: { organisationId, entity: 'PersonCertificate', entityId: { in: rows.map((row) => row.id) } },
    });
    expect(audits.map((audit) => audit.action)).toEqual(['create', 'create']);
    expect(audits[0]?.after).toMatchObject({ source: 'import', status: 'validated' });
    const changes = await db.coverageChange.findMany({
      where: {
        organisationId,
        scope: 'employee',
        employeeId: existing.id,
        version: { gt: before.dataVersion },
      },
    });
    expect(changes.length).toBeGreaterThan(0);
    const after = await counts();
    expect(after.certificates).toBe(before.certificates + 2);
  });

  it('importing the same file again adds nothing; a later date is a renewal beside the old certificate', async () => {
    const file = csvOf(people, certificates());
    const before = await counts();
    const preview = await upload('/api/imports/preview', file, 'opnieuw.csv');
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary).toMatchObject({ newEmployees: 0, newCertificates: 0 });
    const job = await runImport(file, 'opnieuw.csv');
    expect(job.report).toMatchObject({ created: 0, certificates: 0 });
    expect(await counts()).toEqual(before);

    const renewal = csvOf(
      [],
      [
        {
          'e-mail': person,
          certificaatcode: 'kinder-ehbo',
          'behaald op': '2026-12-01',
          certificaatnummer: 'EHK-2',
        },
      ],
    );
    const renewed = await runImport(renewal, 'verlenging.csv');
    expect(renewed.report).toMatchObject({ certificates: 1 });
    const held = await t.app.systemDb.personCertificate.findMany({
      where: { organisationId, employee: { email: person }, certificateType: { code: 'kinder-ehbo' } },
      orderBy: { obtainedOn: 'asc' },
    });
    expect(held.map((row) => [row.evidenceNumber, row.expiresOn?.toISOString().slice(0, 10)])).toEqual([
      ['EHK-1', '2027-01-05'],
      ['EHK-2', '2028-11-30'],
    ]);
  });

  it('a certificate export imports again: unchanged, and a deleted certificate comes back as it was', async () => {
    const db = t.app.systemDb;
    const target = await db.personCertificate.findFirstOrThrow({
      where: { organisationId, evidenceNumber: 'BHV-77' },
    });
    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await t.app.inject({
        method: 'GET',
        url: `/api/exports/certificates?format=${format}`,
        headers: auth(hr),
      });
      expect(exported.statusCode).toBe(200);
      const preview = await upload('/api/imports/preview', exported.rawPayload, `certificaten.${format}`);
      expect(preview.body.errors).toEqual([]);
      expect(preview.body.rows).toBe(0);
      expect(preview.body.certificateRows).toBeGreaterThan(1);
      expect(preview.body.summary.newCertificates).toBe(0);
    }
    // The English export's headers are read too.
    const english = await t.app.inject({
      method: 'GET',
      url: '/api/exports/certificates?format=csv&locale=en',
      headers: auth(hr),
    });
    const header = (parseCsv(english.rawPayload, { bom: true, delimiter: ';' }) as string[][])[0];
    expect(header).toContain('Certificate code');
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/exports/certificates?format=csv',
      headers: auth(hr),
    });
    await db.personCertificate.delete({ where: { organisationId_id: { organisationId, id: target.id } } });
    for (const body of [english.rawPayload, exported.rawPayload]) {
      const preview = await upload('/api/imports/preview', body, 'certificaten.csv');
      expect(preview.body.errors).toEqual([]);
      expect(preview.body.summary.newCertificates).toBe(1);
    }
    const job = await runImport(exported.rawPayload, 'certificaten.csv');
    expect(job.report).toMatchObject({ certificates: 1, created: 0 });
    const back = await db.personCertificate.findFirstOrThrow({
      where: { organisationId, evidenceNumber: 'BHV-77' },
    });
    expect(back).toMatchObject({
      employeeId: target.employeeId,
      certificateTypeId: target.certificateTypeId,
      obtainedOn: target.obtainedOn,
      expiresOn: target.expiresOn,
      issuer: target.issuer,
      status: 'validated',
    });
  });
});

describe('certificate requirements in the coverage exports', () => {
  it('the team and organisation exports list a certificate requirement with its label', async () => {
    const db = t.app.systemDb;
    const team = await db.team.findFirstOrThrow({
      where: { organisationId, archivedAt: null },
      orderBy: { name: 'asc' },
    });
    const bhv = await db.certificateType.findFirstOrThrow({ where: { organisationId, code: 'bhv' } });
    const created = await t
      .request()
      .post('/api/team-requirements')
      .set(auth(hr))
      .send({ teamId: team.id, kind: 'certificate', certificateTypeId: bhv.id, count: 40 });
    expect(created.status).toBe(201);

    const teamCsv = await t.app.inject({
      method: 'GET',
      url: `/api/exports/teams/${team.id}/coverage?format=csv`,
      headers: auth(hr),
    });
    expect(teamCsv.statusCode).toBe(200);
    const teamRows = parseCsv(teamCsv.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    expect(teamRows.find((row) => row.includes(created.body.id))?.slice(0, 2)).toEqual([
      'Certificaat',
      bhv.labelNl,
    ]);

    const gaps = await t.app.inject({
      method: 'GET',
      url: '/api/exports/organisation-coverage?format=csv&part=gaps',
      headers: auth(hr),
    });
    expect(gaps.statusCode).toBe(200);
    const gapRows = parseCsv(gaps.rawPayload, { bom: true, delimiter: ';' }) as string[][];
    const line = gapRows.find((row) => row.includes(team.id) && row.includes('Certificaat'));
    expect(line).toContain(bhv.labelNl);
  });
});
