import { AREAS } from '@teamspiegel/domain';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS } from '../../src/services/import/columns.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';
import {
  areaHeader,
  auth,
  csvFile,
  rowErrors,
  uploadFile,
  waitForImport,
  xlsxFile,
} from '../helpers/import-files.ts';

/**
 * HR import: template, preview, commit as a job (all-or-nothing), progress, tenant isolation
 * and roles — against the real PostgreSQL with the demo seed.
 */
let t: TestApp;
let hr: string;
let organisationId: string;
let team: { id: string; name: string; siteName: string };
let otherTeam: { id: string; name: string; siteName: string };
/** An area requirement of `team`: the import raises its supply. */
let requirement: { area: string; minLevel: string };
/** Another area every imported person gets a level in (never requirement.area or didactiek). */
let secondArea: string;

type Row = Record<string, string | number | null>;

const csvOf = (rows: Row[], headers: string[] = HEADERS) => csvFile({ headers, rows });

const xlsxOf = (rows: Row[], headers: string[] = HEADERS) =>
  xlsxFile([{ name: 'Medewerkers', headers, rows }]);

function person(i: number, prefix: string, extra: Row = {}): Row {
  return {
    'e-mail': `${prefix}.${i}@import.example.nl`,
    voornaam: `Voor${i}`,
    achternaam: `${prefix} ${i}`,
    functie: 'Pedagogisch medewerker',
    fte: '0,8',
    actief: 'ja',
    team: team.name,
    locatie: team.siteName,
    'startdatum in team': '2025-09-01',
    [areaHeader(requirement.area)]: 'Expert',
    [areaHeader(secondArea)]: 'starter',
    ...extra,
  };
}

const upload = (url: string, token: string, body: Buffer, fileName: string) =>
  uploadFile(t, token, url, body, fileName);

const waitForJob = (jobId: string, token = hr, timeoutMs = 120_000) =>
  waitForImport(t, token, jobId, timeoutMs);

async function counts() {
  const db = t.app.systemDb;
  const where = { organisationId };
  const [employees, memberships, levels, audits, organisation] = await Promise.all([
    db.employee.count({ where }),
    db.teamMembership.count({ where }),
    db.areaLevel.count({ where }),
    db.auditEvent.count({ where }),
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { dataVersion: true } }),
  ]);
  return { employees, memberships, levels, audits, dataVersion: organisation.dataVersion };
}

async function areaSupply(teamId: string, area: string): Promise<number> {
  const response = await t
    .request()
    .get('/api/organisation/coverage?pageSize=1000')
    .set(auth(await t.tokenFor(DEMO.board)));
  expect(response.status).toBe(200);
  const row = response.body.matrix.items.find((item: { teamId: string }) => item.teamId === teamId);
  return row.cells[area].supply as number;
}

beforeAll(async () => {
  t = await buildTestApp();
  hr = await t.tokenFor(DEMO.hr);
  const db = t.app.systemDb;
  const demo = await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
  organisationId = demo.id;
  // A team with an area requirement whose name is unique in the organisation.
  const teams = await db.team.findMany({
    where: { organisationId },
    include: { site: true, requirements: { where: { kind: 'area' }, orderBy: { id: 'asc' } } },
    orderBy: { name: 'asc' },
  });
  const withRequirement = teams.find((candidate) => candidate.requirements.length > 0);
  if (!withRequirement?.requirements[0]) throw new Error('demo seed has no team with an area requirement');
  team = { id: withRequirement.id, name: withRequirement.name, siteName: withRequirement.site.name };
  const req = withRequirement.requirements[0];
  requirement = { area: req.area ?? '', minLevel: req.minLevel ?? '' };
  secondArea = AREAS.map((area) => area.id).find((id) => id !== requirement.area && id !== 'didactiek') ?? '';
  const other = teams.find((candidate) => candidate.id !== team.id);
  if (!other) throw new Error('demo seed needs two teams');
  otherTeam = { id: other.id, name: other.name, siteName: other.site.name };
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/imports/template', () => {
  it('downloads an XLSX with the stable headers, two examples and the Toelichting sheet; it re-imports cleanly', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/imports/template?format=xlsx',
      headers: auth(hr),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="teamspiegel-importsjabloon-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Medewerkers');
    expect(sheet).toBeDefined();
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header).toEqual(HEADERS);
    expect(HEADERS.slice(0, 9)).toEqual([
      'e-mail',
      'voornaam',
      'achternaam',
      'functie',
      'fte',
      'actief',
      'team',
      'locatie',
      'startdatum in team',
    ]);
    // The structure columns came later: after the first nine, before the areas.
    expect(HEADERS.slice(9, 11)).toEqual(['fte in team', 'teamsoort']);
    expect(HEADERS.slice(11)).toEqual(AREAS.map((area) => area.label.nl));
    expect(sheet?.actualRowCount).toBe(3);
    const help = workbook.getWorksheet('Toelichting');
    const helpText = JSON.stringify(help?.getSheetValues());
    for (const word of [
      'expert',
      'Ervaren',
      'Experienced',
      'pedagogiek',
      'Pedagogy',
      'ja of nee',
      'peutergroep',
      'Peutergroep | BSO',
      'verandert niets',
    ]) {
      expect(helpText).toContain(word);
    }

    const preview = await upload('/api/imports/preview', hr, response.rawPayload, 'sjabloon.xlsx');
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body).toMatchObject({ format: 'xlsx', rows: 2, errorCount: 0 });
    expect(preview.body.summary).toMatchObject({ newEmployees: 2, newMemberships: 2, unknownTeams: 0 });
    expect(preview.body.summary.levelChanges).toBe(6);
    expect(preview.body).toMatchObject({ certificateRows: 2 });
    expect(preview.body.summary.newCertificates).toBe(2);
  });

  it('downloads a CSV template (semicolons, BOM) that previews without errors', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/imports/template?format=csv',
      headers: auth(hr),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="teamspiegel-importsjabloon-.*\.csv"/);
    const records = parseCsv(response.rawPayload, {
      bom: true,
      delimiter: ';',
      relax_column_count: true,
    }) as string[][];
    expect(records[0]).toEqual(HEADERS);
    // Two people, a blank line, then the certificates section with its own header and two rows.
    expect(records.slice(1, 3).every((record) => record.length === HEADERS.length)).toBe(true);
    expect(records[4]).toEqual([
      'e-mail',
      'certificaatcode',
      'behaald op',
      'geldig t/m',
      'certificaatnummer',
      'uitgever',
    ]);
    expect(records).toHaveLength(7);
    const preview = await upload('/api/imports/preview', hr, response.rawPayload, 'sjabloon.csv');
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary.newEmployees).toBe(2);
    expect(preview.body).toMatchObject({ certificateRows: 2 });
    expect(preview.body.summary.newCertificates).toBe(2);
  });
});

describe('POST /api/imports/preview', () => {
  it('reports every row and column problem without writing anything', async () => {
    const before = await counts();
    const file = csvOf([
      person(1, 'preview'),
      person(2, 'preview', { 'e-mail': 'geen-adres' }),
      person(3, 'preview', { 'e-mail': 'preview.1@import.example.nl' }),
      person(4, 'preview', { fte: '2,5' }),
      person(5, 'preview', { [areaHeader('didactiek')]: 'meester' }),
      person(6, 'preview', { team: 'Bestaat Niet', locatie: '' }),
      person(7, 'preview', { 'startdatum in team': '31-02-2026' }),
      person(8, 'preview', { 'e-mail': '' }),
      person(9, 'preview', { actief: 'misschien', voornaam: '' }),
    ]);
    const response = await upload('/api/imports/preview', hr, file, 'mensen.csv');
    expect(response.status).toBe(200);
    const errors = response.body.errors as Array<{
      row: number;
      column: string;
      code: string;
      message_nl: string;
      message_en: string;
    }>;
    const found = errors.map((error) => [error.row, error.column, error.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, 'e-mail', 'email_invalid'],
        [4, 'e-mail', 'email_duplicate'],
        [5, 'fte', 'fte_out_of_range'],
        [6, '(Vak)didactiek', 'level_unknown'],
        [7, 'team', 'team_unknown'],
        [8, 'startdatum in team', 'date_invalid'],
        [9, 'e-mail', 'email_missing'],
        [10, 'actief', 'active_invalid'],
        [10, 'voornaam', 'name_missing'],
      ]),
    );
    expect(response.body.errorCount).toBe(errors.length);
    expect(response.body.rows).toBe(9);
    expect(response.body.summary.unknownTeams).toBe(1);
    for (const error of errors) {
      expect(error.message_nl.length).toBeGreaterThan(5);
      expect(error.message_en.length).toBeGreaterThan(5);
    }
    expect(errors.find((e) => e.code === 'fte_out_of_range')?.message_nl).toContain('tussen 0 en 2');
    expect(await counts()).toEqual(before);
  });

  it('accepts level ids and labels in any case, and counts changes of existing people', async () => {
    const existing = await t.app.systemDb.employee.findFirstOrThrow({
      where: { organisationId, active: true, erasedAt: null },
      include: { areaLevels: { where: { isCurrent: true } } },
      orderBy: { id: 'asc' },
    });
    const file = csvOf([
      {
        'e-mail': existing.email.toUpperCase(),
        functie: 'Nieuwe functie',
        [areaHeader('didactiek')]: 'IN OPLEIDING (STAGIAIRE)',
        [areaHeader('pedagogiek')]: 'experienced',
        [areaHeader('verzorging')]: 'Expert',
      },
    ]);
    const response = await upload('/api/imports/preview', hr, file, 'een.csv');
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([]);
    expect(response.body.summary.newEmployees).toBe(0);
    expect(response.body.summary.updatedEmployees).toBe(1);
    const current = new Map(existing.areaLevels.map((row) => [row.area, row.level]));
    const wanted = { didactiek: 'in_opleiding', pedagogiek: 'ervaren', verzorging: 'expert' };
    const changes = Object.entries(wanted).filter(([area, level]) => current.get(area as never) !== level);
    expect(response.body.summary.levelChanges).toBe(changes.length);
  });

  it('a missing e-mail column is an error on row 1', async () => {
    const response = await upload(
      '/api/imports/preview',
      hr,
      csvOf([{ voornaam: 'A' }], ['voornaam', 'achternaam']),
      'x.csv',
    );
    expect(response.status).toBe(200);
    expect(response.body.errors[0]).toMatchObject({ row: 1, column: 'e-mail', code: 'column_missing' });
  });

  it('a malformed XLSX is a 400 problem import_unreadable, never a 500', async () => {
    for (const body of [
      Buffer.from('this is not a zip file at all'),
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
    ]) {
      const response = await upload('/api/imports/preview', hr, body, 'kapot.xlsx');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('import_unreadable');
      const commit = await upload('/api/imports', hr, body, 'kapot.xlsx');
      expect(commit.status).toBe(400);
      expect(commit.body.code).toBe('import_unreadable');
    }
  });

  it('refuses a request without a file (400) and a file over 5 MB (413)', async () => {
    const empty = await t.request().post('/api/imports/preview').set(auth(hr)).send({});
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('validation_failed');
    expect(empty.body.errors).toEqual([expect.objectContaining({ path: 'body.file' })]);
    const big = Buffer.concat([Buffer.from(`${HEADERS.join(';')}\n`), Buffer.alloc(5.5 * 1024 * 1024, 'a')]);
    const response = await upload('/api/imports/preview', hr, big, 'groot.csv');
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });
});

describe('POST /api/imports (the job)', () => {
  it('control characters in names, job titles or e-mail are row errors text_invalid, and nothing is written', async () => {
    const before = await counts();
    const rows = [
      person(1, 'ctl', { voornaam: 'Jan\u0001' }),
      person(2, 'ctl', { achternaam: 'de\u001b[31mVries' }),
      person(3, 'ctl', { functie: 'Leer\u0007kracht' }),
      person(4, 'ctl', { 'e-mail': 'ctl.\u007f@import.example.nl' }),
    ];
    // (A CSV with a NUL byte is refused whole as not a text file; an XLSX cell carries the rest.)
    const preview = await upload('/api/imports/preview', hr, csvOf(rows), 'stuurtekens.csv');
    expect(preview.status).toBe(200);
    expect(rowErrors(preview.body)).toEqual([
      [2, 'voornaam', 'text_invalid'],
      [3, 'achternaam', 'text_invalid'],
      [4, 'functie', 'text_invalid'],
      [5, 'e-mail', 'text_invalid'],
    ]);
    const started = await upload('/api/imports', hr, csvOf(rows), 'stuurtekens.csv');
    expect(started.status).toBe(202);
    const { job } = await waitForJob(started.body.jobId);
    expect(job.status).toBe('failed');
    expect(job.error).toBe('validation_failed');
    expect(await counts()).toEqual(before);
  });

  it('a file with one bad row changes NOTHING: the job fails with the errors', async () => {
    const before = await counts();
    const rows = Array.from({ length: 20 }, (_, i) => person(i, 'bad'));
    rows[13] = person(13, 'bad', { fte: 'veel' });
    const started = await upload('/api/imports', hr, csvOf(rows), 'met-fout.csv');
    expect(started.status).toBe(202);
    const { job } = await waitForJob(started.body.jobId);
    expect(job.status).toBe('failed');
    expect(job.error).toBe('validation_failed');
    expect(job.report).toBeNull();
    expect(job.errors).toEqual([expect.objectContaining({ row: 15, column: 'fte', code: 'fte_invalid' })]);
    expect(await counts()).toEqual(before);
  });

  it('imports 50 people from CSV: people, memberships and validated levels; coverage reflects them', async () => {
    const supplyBefore = await areaSupply(team.id, requirement.area);
    const before = await counts();
    const rows = Array.from({ length: 50 }, (_, i) => person(i, 'csv'));
    const started = await upload('/api/imports', hr, csvOf(rows), 'vijftig.csv');
    expect(started.status).toBe(202);
    const { job } = await waitForJob(started.body.jobId);
    expect(job.status).toBe('completed');
    expect(job).toMatchObject({ totalRows: 50, processedRows: 50, fileName: 'vijftig.csv', error: null });
    expect(job.report).toMatchObject({ created: 50, updated: 0, memberships: 50, levelChanges: 100 });
    expect(job.finishedAt).not.toBeNull();

    const db = t.app.systemDb;
    const people = await db.employee.findMany({
      where: { organisationId, email: { endsWith: '@import.example.nl', startsWith: 'csv.' } },
      include: { memberships: true, areaLevels: { where: { isCurrent: true } } },
    });
    expect(people).toHaveLength(50);
    for (const employee of people) {
      expect(employee.fte).toBe(0.8);
      expect(employee.active).toBe(true);
      expect(employee.memberships).toEqual([
        expect.objectContaining({ teamId: team.id, startDate: new Date('2025-09-01T00:00:00.000Z') }),
      ]);
      expect(employee.areaLevels).toHaveLength(2);
      for (const level of employee.areaLevels) {
        expect(level).toMatchObject({ status: 'validated', comment: 'import' });
      }
    }
    const after = await counts();
    expect(after.employees - before.employees).toBe(50);
    expect(after.memberships - before.memberships).toBe(50);
    expect(after.levels - before.levels).toBe(100);
    // One audit row per created employee and per membership, plus the Import summary.
    expect(after.audits - before.audits).toBe(101);
    const summary = await db.auditEvent.findFirstOrThrow({
      where: { organisationId, entity: 'Import', entityId: job.id },
    });
    expect(summary.after).toMatchObject({ created: 50, memberships: 50, levelChanges: 100 });
    expect(after.dataVersion).toBeGreaterThan(before.dataVersion);

    expect(await areaSupply(team.id, requirement.area)).toBe(supplyBefore + 50);
  });

  it('imports 50 rows from XLSX, updating existing people without duplicating history', async () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      i < 10
        ? // The first 10 are the CSV people again: new function, a changed level, the same other level.
          person(i, 'csv', {
            functie: 'Leerkracht',
            team: otherTeam.name,
            locatie: otherTeam.siteName,
            [areaHeader(requirement.area)]: 'starter',
          })
        : person(i, 'xlsx', { fte: 1, 'startdatum in team': null }),
    );
    const preview = await upload('/api/imports/preview', hr, await xlsxOf(rows), 'vijftig.xlsx');
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary).toEqual({
      newEmployees: 40,
      updatedEmployees: 10,
      newMemberships: 50,
      levelChanges: 10 + 80,
      unknownTeams: 0,
      newSites: 0,
      newTeams: 0,
      newCertificates: 0,
    });
    const started = await upload('/api/imports', hr, await xlsxOf(rows), 'vijftig.xlsx');
    expect(started.status).toBe(202);
    const { job } = await waitForJob(started.body.jobId);
    expect(job.status).toBe('completed');
    expect(job.report).toMatchObject({ created: 40, updated: 10, memberships: 50, levelChanges: 90 });

    const db = t.app.systemDb;
    const updated = await db.employee.findFirstOrThrow({
      where: { organisationId, email: 'csv.0@import.example.nl' },
      include: { areaLevels: { where: { area: requirement.area as never }, orderBy: { validFrom: 'asc' } } },
    });
    expect(updated.jobTitle).toBe('Leerkracht');
    // History kept: the import's expert row closed, the starter row open.
    expect(updated.areaLevels.map((row) => [row.level, row.isCurrent])).toEqual([
      ['expert', null],
      ['starter', true],
    ]);
    const xlsxPerson = await db.employee.findFirstOrThrow({
      where: { organisationId, email: 'xlsx.20@import.example.nl' },
      include: { memberships: true },
    });
    expect(xlsxPerson.fte).toBe(1);
    expect(xlsxPerson.memberships).toHaveLength(1);
  });

  it('imports a generated 5,000-row file completely; processedRows reaches totalRows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      person(i, 'groot', {
        [areaHeader(requirement.area === 'didactiek' ? 'verzorging' : 'didactiek')]:
          ['starter', 'Ervaren', 'expert', ''][i % 4] ?? '',
        team: i % 2 === 0 ? team.name : otherTeam.name,
        locatie: i % 2 === 0 ? team.siteName : otherTeam.siteName,
      }),
    );
    const before = await counts();
    const started = await upload('/api/imports', hr, await xlsxOf(rows), 'groot.xlsx');
    expect(started.status).toBe(202);
    // A second import while this one runs is refused.
    const second = await upload('/api/imports', hr, csvOf([person(1, 'tweede')]), 'tweede.csv');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('import_running');

    const { job, seen } = await waitForJob(started.body.jobId, hr, 240_000);
    expect(job.status).toBe('completed');
    expect(job.totalRows).toBe(5000);
    expect(job.processedRows).toBe(5000);
    expect(job.report).toMatchObject({ created: 5000, memberships: 5000, levelChanges: 5000 * 2 + 3750 });
    // Progress was visible before the end (reported every 250 rows, outside the transaction).
    expect(seen.some((value) => value > 0 && value < 5000)).toBe(true);
    const after = await counts();
    expect(after.employees - before.employees).toBe(5000);
    expect(after.levels - before.levels).toBe(13_750);
  }, 300_000);

  it('checks for a running import and inserts the job under one lock (no two imports start at once)', async () => {
    const db = t.app.systemDb;
    const owner = await db.organisationMember.findFirstOrThrow({ where: { organisationId, role: 'hr' } });
    let pending: ReturnType<typeof upload> | undefined;
    const rival = await db.$transaction(async (tx) => {
      // Another upload holds the organisation's import lock and has inserted its job, not yet committed.
      await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`import:${organisationId}`}, 0))`;
      const job = await tx.importJob.create({
        data: {
          organisationId,
          createdByUserId: owner.userId,
          status: 'queued',
          fileName: 'rival.csv',
          totalRows: 1,
        },
      });
      pending = upload('/api/imports', hr, csvOf([person(1, 'tegelijk')]), 'tegelijk.csv');
      // Without the lock the upload would not see the uncommitted job and would start a second one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return job;
    });
    const response = await pending;
    expect(response?.status).toBe(409);
    expect(response?.body.code).toBe('import_running');
    await db.importJob.deleteMany({ where: { id: rival.id } });
  });
});

describe('GET /api/imports and /api/imports/:id', () => {
  it('lists the jobs newest first, paginated', async () => {
    const response = await t.request().get('/api/imports?page=1&pageSize=2').set(auth(hr));
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(2);
    // The jobs the tests above started (the control-character one included).
    expect(response.body.total).toBe(5);
    const failed = await t.request().get('/api/imports?status=failed').set(auth(hr));
    expect(failed.body.items.every((job: { status: string }) => job.status === 'failed')).toBe(true);
  });

  it("another tenant's job is 404", async () => {
    const list = await t.request().get('/api/imports').set(auth(hr));
    const jobId = list.body.items[0].id;
    const zonHr = await t.tokenFor(ZON.hr);
    const response = await t.request().get(`/api/imports/${jobId}`).set(auth(zonHr));
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
    const zonList = await t.request().get('/api/imports').set(auth(zonHr));
    expect(zonList.body.items.map((job: { id: string }) => job.id)).not.toContain(jobId);
  });

  it('only hr may use the import (403 for the other roles)', async () => {
    const list = await t.request().get('/api/imports').set(auth(hr));
    const jobId = list.body.items[0].id;
    const file = csvOf([person(1, 'rol')]);
    for (const role of ['board', 'manager', 'trainer', 'employee'] as const) {
      const token = await t.tokenFor(DEMO[role]);
      expect((await t.request().get('/api/imports/template').set(auth(token))).status).toBe(403);
      expect((await upload('/api/imports/preview', token, file, 'r.csv')).status).toBe(403);
      expect((await upload('/api/imports', token, file, 'r.csv')).status).toBe(403);
      expect((await t.request().get('/api/imports').set(auth(token))).status).toBe(403);
      expect((await t.request().get(`/api/imports/${jobId}`).set(auth(token))).status).toBe(403);
    }
    expect((await t.request().get('/api/imports')).status).toBe(401);
  });
});
