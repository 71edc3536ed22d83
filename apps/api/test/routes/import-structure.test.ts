import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp } from '../helpers/build.ts';
import { areaHeader, auth, csvFile, importAndWait, rowErrors, uploadFile } from '../helpers/import-files.ts';

/**
 * The import builds structure: sites, teams (with their kind) and memberships in several teams
 * with an FTE share, besides people and levels. Importing the same file again changes nothing;
 * a bad row anywhere means nothing at all is written.
 */
let t: TestApp;
let hr: string;
let organisationId: string;

type Row = Record<string, string>;

const HEADERS = [
  'e-mail',
  'voornaam',
  'achternaam',
  'fte',
  'locatie',
  'team',
  'fte in team',
  'teamsoort',
  'startdatum in team',
  areaHeader('pedagogiek'),
  areaHeader('didactiek'),
];

const csvOf = (rows: Row[]) => csvFile({ headers: HEADERS, rows });

/** Ten people for a new site with two new teams; every third person works in both. */
function structureFile(site: string, prefix: string, extra: (i: number) => Row = () => ({})): Buffer {
  return csvOf(
    Array.from({ length: 10 }, (_, i) => {
      const both = i % 3 === 0;
      return {
        'e-mail': `${prefix}.${i}@structuur.example.nl`,
        voornaam: `Voor${i}`,
        achternaam: `${prefix} ${i}`,
        fte: '0,8',
        locatie: site,
        team: both ? 'Peutergroep Zon | BSO Zon' : i % 2 === 0 ? 'Peutergroep Zon' : 'BSO Zon',
        'fte in team': both ? '0,5 | 0,3' : '0,8',
        teamsoort: both ? 'peutergroep | BSO' : i % 2 === 0 ? 'Peutergroep' : 'bso',
        // Some memberships start in the future: a re-import must not add them again either.
        'startdatum in team': i < 5 ? '2025-09-01' : '2099-01-01',
        [areaHeader('pedagogiek')]: ['starter', 'ervaren', 'expert'][i % 3] ?? '',
        [areaHeader('didactiek')]: i % 2 === 0 ? 'Experienced' : '',
        ...extra(i),
      };
    }),
  );
}

const upload = (url: string, body: Buffer, fileName = 'structuur.csv') =>
  uploadFile(t, hr, url, body, fileName);

const runImport = (body: Buffer) => importAndWait(t, hr, body, 'structuur.csv');

async function counts() {
  const db = t.app.systemDb;
  const where = { organisationId };
  const [sites, teams, employees, memberships, levels, audits, organisation] = await Promise.all([
    db.site.count({ where }),
    db.team.count({ where }),
    db.employee.count({ where }),
    db.teamMembership.count({ where }),
    db.areaLevel.count({ where }),
    db.auditEvent.count({ where }),
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { dataVersion: true } }),
  ]);
  return { sites, teams, employees, memberships, levels, audits, dataVersion: organisation.dataVersion };
}

beforeAll(async () => {
  t = await buildTestApp();
  hr = await t.tokenFor(DEMO.hr);
  organisationId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
});

afterAll(async () => {
  await t?.close();
});

describe('an import that builds structure', () => {
  it('creates a site with two teams and ten people in them, with FTE shares, kinds and audit rows', async () => {
    const before = await counts();
    const file = structureFile('IKC De Linde', 'linde');
    const preview = await upload('/api/imports/preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary).toEqual({
      newEmployees: 10,
      updatedEmployees: 0,
      newMemberships: 14,
      levelChanges: 15,
      unknownTeams: 0,
      newSites: 1,
      newTeams: 2,
      newCertificates: 0,
    });
    expect(await counts()).toEqual(before);

    const job = await runImport(file);
    expect(job.status).toBe('completed');
    expect(job.report).toMatchObject({
      created: 10,
      updated: 0,
      memberships: 14,
      levelChanges: 15,
      sites: 1,
      teams: 2,
    });

    const db = t.app.systemDb;
    const site = await db.site.findFirstOrThrow({
      where: { organisationId, name: 'IKC De Linde' },
      include: { teams: { orderBy: { name: 'asc' } } },
    });
    expect(site.teams.map((team) => [team.name, team.kind])).toEqual([
      ['BSO Zon', 'bso'],
      ['Peutergroep Zon', 'peuter'],
    ]);
    const [bso, peuters] = site.teams;
    const both = await db.employee.findFirstOrThrow({
      where: { organisationId, email: 'linde.0@structuur.example.nl' },
      include: { memberships: { orderBy: { fte: 'desc' } } },
    });
    expect(both.memberships.map((m) => [m.teamId, m.fte, m.startDate.toISOString().slice(0, 10)])).toEqual([
      [peuters?.id, 0.5, '2025-09-01'],
      [bso?.id, 0.3, '2025-09-01'],
    ]);
    const later = await db.employee.findFirstOrThrow({
      where: { organisationId, email: 'linde.7@structuur.example.nl' },
      include: { memberships: true },
    });
    expect(later.memberships).toEqual([
      expect.objectContaining({
        teamId: bso?.id,
        fte: 0.8,
        startDate: new Date('2099-01-01T00:00:00.000Z'),
      }),
    ]);

    const after = await counts();
    expect(after.sites - before.sites).toBe(1);
    expect(after.teams - before.teams).toBe(2);
    expect(after.employees - before.employees).toBe(10);
    expect(after.memberships - before.memberships).toBe(14);
    expect(after.levels - before.levels).toBe(15);
    // A site, two teams, ten people, fourteen memberships, and the Import summary.
    expect(after.audits - before.audits).toBe(1 + 2 + 10 + 14 + 1);
    const created = await db.auditEvent.findMany({
      where: {
        organisationId,
        entity: { in: ['Site', 'Team'] },
        entityId: { in: [site.id, ...site.teams.map((x) => x.id)] },
      },
    });
    expect(created.map((event) => event.action).sort()).toEqual(['create', 'create', 'create']);

    // The new teams are real teams: the teams list shows them with their members.
    const list = await t.request().get('/api/teams?pageSize=200').set(auth(hr));
    expect(list.status).toBe(200);
    const listed = list.body.items.filter((team: { site: { id: string } }) => team.site.id === site.id);
    expect(listed.map((team: { name: string }) => team.name).sort()).toEqual(['BSO Zon', 'Peutergroep Zon']);
  });

  it('importing the same file again changes nothing: no rows, no audit events, no new version', async () => {
    const file = structureFile('IKC De Linde', 'linde');
    const before = await counts();
    const preview = await upload('/api/imports/preview', file);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary).toEqual({
      newEmployees: 0,
      updatedEmployees: 0,
      newMemberships: 0,
      levelChanges: 0,
      unknownTeams: 0,
      newSites: 0,
      newTeams: 0,
      newCertificates: 0,
    });
    // Names written differently (case, spacing) still match the site and teams.
    const respelled = structureFile('ikc  de linde', 'linde', (i) => ({
      team: i % 3 === 0 ? 'peutergroep zon | bso zon' : i % 2 === 0 ? 'PEUTERGROEP ZON' : 'bso zon',
    }));
    for (const body of [file, respelled]) {
      const job = await runImport(body);
      expect(job.status).toBe('completed');
      expect(job.report).toMatchObject({
        created: 0,
        updated: 0,
        memberships: 0,
        levelChanges: 0,
        sites: 0,
        teams: 0,
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('a bad row anywhere rolls everything back: no site, no team, no person', async () => {
    const before = await counts();
    const file = structureFile(
      'IKC De Eik',
      'eik',
      (i): Row => (i === 8 ? { teamsoort: 'kleutergroep' } : {}),
    );
    const preview = await upload('/api/imports/preview', file);
    expect(preview.body.errors).toEqual([
      expect.objectContaining({ row: 10, column: 'teamsoort', code: 'team_kind_unknown' }),
    ]);
    const job = await runImport(file);
    expect(job.status).toBe('failed');
    expect(job.error).toBe('validation_failed');
    expect(job.errors).toEqual([expect.objectContaining({ row: 10, code: 'team_kind_unknown' })]);
    expect(await counts()).toEqual(before);
    expect(await t.app.systemDb.site.count({ where: { organisationId, name: 'IKC De Eik' } })).toBe(0);
  });

  it('a failure while writing rolls back the sites, teams and people written before it', async () => {
    const before = await counts();
    const db = t.app.systemDb;
    // The database refuses one membership share (a constraint validation does not know): the apply
    // fails after the site, the teams and the people of its chunk were inserted.
    await db.$executeRawUnsafe(
      `ALTER TABLE "TeamMembership" ADD CONSTRAINT "test_refuse_share" CHECK ("fte" IS DISTINCT FROM 0.3) NOT VALID`,
    );
    try {
      const job = await runImport(structureFile('IKC De Wilg', 'wilg'));
      expect(job.status).toBe('failed');
      expect(job.error).toBe('apply_failed');
      expect(job.processedRows).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "TeamMembership" DROP CONSTRAINT "test_refuse_share"`);
    }
    expect(await counts()).toEqual(before);
    expect(await db.site.count({ where: { organisationId, name: 'IKC De Wilg' } })).toBe(0);
    expect(await db.employee.count({ where: { organisationId, email: { startsWith: 'wilg.' } } })).toBe(0);
  });

  it('names the problems of structure columns per row and column', async () => {
    const file = csvOf([
      { 'e-mail': 'x.1@structuur.example.nl', voornaam: 'A', achternaam: 'B', team: 'Bestaat Nergens' },
      {
        'e-mail': 'x.2@structuur.example.nl',
        voornaam: 'A',
        achternaam: 'B',
        locatie: 'IKC Nieuw',
        team: 'Een | Twee',
        'fte in team': '0,5 | 0,2 | 0,1',
      },
      {
        'e-mail': 'x.3@structuur.example.nl',
        voornaam: 'A',
        achternaam: 'B',
        locatie: 'IKC Nieuw',
        team: 'Een',
        'fte in team': '3',
      },
    ]);
    const preview = await upload('/api/imports/preview', file);
    expect(preview.status).toBe(200);
    expect(rowErrors(preview.body)).toEqual([
      [2, 'team', 'team_unknown'],
      [3, 'fte in team', 'team_fte_mismatch'],
      [4, 'fte in team', 'fte_out_of_range'],
    ]);
    const mismatch = preview.body.errors.find((e: { code: string }) => e.code === 'team_fte_mismatch');
    expect(mismatch.message_nl).toContain('3 waarden voor 2 teams');
    expect(mismatch.message_en).toContain('3 values for 2 teams');
  });

  it('never matches an archived site or team: the row names it (site_archived, team_archived), nothing is written', async () => {
    const db = t.app.systemDb;
    const site = await db.site.create({ data: { organisationId, name: 'IKC Gearchiveerd' } });
    const open = await db.site.create({ data: { organisationId, name: 'IKC Open' } });
    await db.team.create({ data: { organisationId, siteId: site.id, name: 'Oude Groep' } });
    await db.team.create({
      data: { organisationId, siteId: open.id, name: 'Opgeheven Groep', archivedAt: new Date() },
    });
    await db.team.create({
      data: { organisationId, siteId: open.id, name: 'Enige Groep Ergens', archivedAt: new Date() },
    });
    await db.site.updateMany({ where: { id: site.id }, data: { archivedAt: new Date() } });
    const before = await counts();
    const person = (n: number, row: Row) => ({
      'e-mail': `archief.${n}@structuur.example.nl`,
      voornaam: 'A',
      achternaam: `Archief ${n}`,
      ...row,
    });
    const file = csvOf([
      person(1, { locatie: 'ikc gearchiveerd', team: 'Oude Groep' }),
      person(2, { locatie: 'IKC Open', team: 'Opgeheven Groep' }),
      person(3, { team: 'Enige Groep Ergens' }),
      person(4, { locatie: 'IKC Open', team: 'Nieuwe Groep' }),
    ]);
    const preview = await upload('/api/imports/preview', file);
    expect(preview.status).toBe(200);
    expect(rowErrors(preview.body)).toEqual([
      [2, 'locatie', 'site_archived'],
      [3, 'team', 'team_archived'],
      [4, 'team', 'team_archived'],
    ]);
    expect(preview.body.errors[0].message_nl).toContain('IKC Gearchiveerd');
    expect(preview.body.errors[1].message_en).toContain('"Opgeheven Groep" is archived');

    const job = await runImport(file);
    expect(job.status).toBe('failed');
    expect(await counts()).toEqual(before);

    // The current team of the open site is found again once the archived rows are gone.
    const fine = await runImport(csvOf([person(4, { locatie: 'IKC Open', team: 'Nieuwe Groep' })]));
    expect(fine.status, JSON.stringify(fine)).toBe('completed');
    expect(await db.team.count({ where: { organisationId, siteId: open.id, archivedAt: null } })).toBe(1);
  });
});
