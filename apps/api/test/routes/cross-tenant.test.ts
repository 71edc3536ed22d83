import { createHash } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';
import { collectRoutes, fillPath } from '../helpers/route-inventory.ts';

/**
 * Tenant isolation for EVERY route with an `:id` (collected from the app, so a new one is covered
 * or fails here): the demo tenant's hr (board where only board may) sends an id of the other
 * tenant (kinderopvang-zon) and must get 404 problem+json — never 403, never 2xx — and no row of
 * the zon tenant may change, whatever the method.
 */

type ZonRows = Record<ZonRow, string>;
type ZonRow =
  | 'site'
  | 'team'
  | 'employee'
  | 'membership'
  | 'areaLevel'
  | 'competencyRating'
  | 'surroundingsContact'
  | 'ambition'
  | 'roleDefinition'
  | 'roleAssignment'
  | 'teamRequirement'
  | 'siteRequirement'
  | 'developmentAction'
  | 'member'
  | 'invitation'
  | 'importJob'
  | 'exportJob'
  | 'certificateType'
  | 'personCertificate'
  | 'exemption'
  | 'notification'
  | 'developmentRequest';

/** Which zon row each `:id` path takes. A new `:id` route without a row here fails the test. */
const ZON_ROW_FOR_PATH: Record<string, ZonRow> = {
  '/api/sites/:id': 'site',
  '/api/sites/:id/archive': 'site',
  '/api/sites/:id/unarchive': 'site',
  '/api/teams/:id': 'team',
  '/api/teams/:id/archive': 'team',
  '/api/teams/:id/unarchive': 'team',
  '/api/teams/:id/coverage': 'team',
  '/api/teams/:id/requirements': 'team',
  '/api/teams/:id/simulate': 'team',
  '/api/teams/:id/matrix': 'team',
  '/api/employees/:id': 'employee',
  '/api/employees/:id/area-levels/history': 'employee',
  '/api/memberships/:id': 'membership',
  '/api/memberships/:id/move': 'membership',
  '/api/employees/:id/deactivate': 'employee',
  '/api/area-levels/:id/validate': 'areaLevel',
  '/api/competency-ratings/:id': 'competencyRating',
  '/api/surroundings-contacts/:id': 'surroundingsContact',
  '/api/ambitions/:id': 'ambition',
  '/api/role-definitions/:id': 'roleDefinition',
  '/api/role-definitions/:id/qualified-employees': 'roleDefinition',
  '/api/role-assignments/:id': 'roleAssignment',
  '/api/team-requirements/:id': 'teamRequirement',
  '/api/site-requirements/:id': 'siteRequirement',
  '/api/development-actions/:id': 'developmentAction',
  '/api/development-actions/:id/history': 'developmentAction',
  '/api/members/:id': 'member',
  '/api/invitations/:id': 'invitation',
  '/api/invitations/:id/resend': 'invitation',
  '/api/imports/:id': 'importJob',
  '/api/exports/:id': 'exportJob',
  '/api/exports/:id/file': 'exportJob',
  '/api/exports/teams/:id/coverage': 'team',
  '/api/teams/:id/report.pdf': 'team',
  '/api/employees/:id/conversation-sheet.pdf': 'employee',
  '/api/employees/:id/data-export': 'employee',
  '/api/employees/:id/erase': 'employee',
  '/api/certificate-types/:id': 'certificateType',
  '/api/person-certificates/:id': 'personCertificate',
  '/api/person-certificates/:id/validate': 'personCertificate',
  '/api/exemptions/:id': 'exemption',
  '/api/exemptions/:id/end': 'exemption',
  '/api/me/notifications/:id/read': 'notification',
  '/api/development-requests/:id/decline': 'developmentRequest',
};

/**
 * Plausible, valid bodies for the writes (so validation passes and the handler runs). Ids in
 * bodies point at the zon tenant too, where the body takes one.
 */
const BODY: Record<string, (zon: ZonRows) => unknown> = {
  'PATCH /api/sites/:id': () => ({ name: 'Overgenomen', city: 'Elders' }),
  'PATCH /api/teams/:id': () => ({ name: 'Overgenomen', description: 'cross-tenant write' }),
  'PUT /api/teams/:id/requirements': () => ({ requirements: [] }),
  'POST /api/sites/:id/archive': () => ({}),
  'POST /api/sites/:id/unarchive': () => ({}),
  'POST /api/teams/:id/archive': () => ({}),
  'POST /api/teams/:id/unarchive': () => ({}),
  'POST /api/teams/:id/simulate': (zon) => ({
    changes: [{ type: 'member_leaves', employeeId: zon.employee }],
  }),
  'PATCH /api/employees/:id': () => ({ jobTitle: 'Overgenomen', active: false }),
  'PATCH /api/memberships/:id': () => ({ endDate: '2024-01-31', roleInTeam: 'Overgenomen' }),
  'POST /api/area-levels/:id/validate': () => ({
    decision: 'adjust',
    level: 'expert',
    comment: 'cross-tenant',
  }),
  'PATCH /api/surroundings-contacts/:id': () => ({ partnerName: 'Overgenomen', description: 'cross-tenant' }),
  'PATCH /api/ambitions/:id': () => ({ status: 'withdrawn', motivation: 'cross-tenant' }),
  'PATCH /api/role-definitions/:id': () => ({ labelNl: 'Overgenomen', labelEn: 'Taken over' }),
  'PATCH /api/role-assignments/:id': () => ({ endDate: '2024-01-31' }),
  'PATCH /api/team-requirements/:id': () => ({ kind: 'circle', circle: 'wetenschap', count: 9 }),
  'PATCH /api/site-requirements/:id': () => ({ count: 9, note: 'cross-tenant' }),
  'PATCH /api/development-actions/:id': () => ({ title: 'Overgenomen', status: 'cancelled' }),
  'PATCH /api/members/:id': (zon) => ({ role: 'hr', employeeId: zon.employee }),
  'POST /api/employees/:id/erase': () => ({ confirm: 'Fleur Postma' }),
  'POST /api/invitations/:id/resend': () => ({}),
  'POST /api/employees/:id/deactivate': () => ({ date: '2030-01-01' }),
  'POST /api/memberships/:id/move': (zon) => ({ toTeamId: zon.team, date: '2030-01-01' }),
  'PATCH /api/certificate-types/:id': () => ({ labelNl: 'Overgenomen', validityMonths: 1 }),
  'POST /api/person-certificates/:id/validate': () => ({}),
  'POST /api/exemptions/:id/end': () => ({}),
  'POST /api/me/notifications/:id/read': () => ({}),
  'POST /api/development-requests/:id/decline': () => ({ answer: 'cross-tenant' }),
};

/** Routes only board may call (none today): the caller for them. Every other route: hr. */
const BOARD_ONLY = new Set<string>();
/** Own-record routes (`/api/me/…`) are called by the demo employee, who has a record of her own. */
const callerFor = (key: string) =>
  BOARD_ONLY.has(key) ? DEMO.board : key.includes(' /api/me/') ? DEMO.employee : DEMO.hr;

let t: TestApp;
let zonId: string;
let zon: ZonRows;

async function inject(email: string, method: string, url: string, payload?: unknown) {
  const response = await t.app.inject({
    method: method as InjectOptions['method'],
    url,
    headers: { authorization: `Bearer ${await t.tokenFor(email)}` },
    ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
  });
  let body: unknown = null;
  try {
    body = response.body ? JSON.parse(response.body) : null;
  } catch {
    body = response.body;
  }
  return { status: response.statusCode, body, contentType: String(response.headers['content-type'] ?? '') };
}

/** Row count and a hash of every row of the zon tenant, per table (plus its users and itself). */
async function snapshotZon(): Promise<Record<string, { count: number; hash: string }>> {
  const tables = await t.app.systemDb.$queryRawUnsafe<Array<{ table_name: string }>>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'organisationId'
     ORDER BY table_name`,
  );
  expect(tables.length).toBeGreaterThan(10);
  const queries: Array<[string, string]> = tables.map(({ table_name }) => [
    table_name,
    `SELECT t::text AS row FROM "${table_name}" t WHERE t."organisationId" = $1::uuid`,
  ]);
  queries.push(['Organisation', `SELECT t::text AS row FROM "Organisation" t WHERE t.id = $1::uuid`]);
  queries.push([
    'User(zon members)',
    `SELECT t::text AS row FROM "User" t
     WHERE t.id IN (SELECT "userId" FROM "OrganisationMember" WHERE "organisationId" = $1::uuid)`,
  ]);
  const result: Record<string, { count: number; hash: string }> = {};
  for (const [name, sql] of queries) {
    const rows = await t.app.systemDb.$queryRawUnsafe<Array<{ row: string }>>(sql, zonId);
    const sorted = rows.map((r) => r.row).sort();
    result[name] = {
      count: sorted.length,
      hash: createHash('sha256').update(sorted.join('\n')).digest('hex'),
    };
  }
  return result;
}

/** A zon row of each kind: the seeded one, or one created by zon's hr before any snapshot. */
async function zonRows(): Promise<ZonRows> {
  const db = t.app.systemDb;
  const where = { organisationId: zonId };
  const byId = { id: 'asc' as const };
  const hr = async (method: string, url: string, payload: unknown) => {
    const response = await inject(ZON.hr, method, url, payload);
    if (response.status >= 300)
      throw new Error(`zon setup ${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return (response.body as { id: string }).id;
  };
  const site = (await db.site.findFirstOrThrow({ where, orderBy: byId })).id;
  // A team with members, so coverage, simulate and requirements have something to reach.
  const membership = await db.teamMembership.findFirstOrThrow({ where, orderBy: byId });
  const team = membership.teamId;
  const employee = membership.employeeId;
  const selfAssessed = await db.areaLevel.findFirst({
    where: { ...where, isCurrent: true, status: 'self_assessed' },
    orderBy: byId,
  });
  const areaLevel = (selfAssessed ?? (await db.areaLevel.findFirstOrThrow({ where, orderBy: byId }))).id;
  const competencyRating =
    (await db.competencyRating.findFirst({ where, orderBy: byId }))?.id ??
    (await hr('POST', '/api/competency-ratings', {
      employeeId: employee,
      competency: 'creativiteit',
      score: 3,
    }));
  const surroundingsContact =
    (await db.surroundingsContact.findFirst({ where, orderBy: byId }))?.id ??
    (await hr('POST', '/api/surroundings-contacts', {
      employeeId: employee,
      circle: 'buurt',
      partnerName: 'Zon',
    }));
  const ambition =
    (await db.ambition.findFirst({ where, orderBy: byId }))?.id ??
    (await hr('POST', '/api/ambitions', {
      employeeId: employee,
      direction: 'verbreden',
      area: 'gezondheid',
      targetLevel: 'starter',
    }));
  const roleDefinition = (await db.roleDefinition.findFirstOrThrow({ where, orderBy: byId })).id;
  const roleAssignment =
    (await db.roleAssignment.findFirst({ where, orderBy: byId }))?.id ??
    (await hr('POST', '/api/role-assignments', { employeeId: employee, roleDefinitionId: roleDefinition }));
  const teamRequirement =
    (await db.teamRequirement.findFirst({ where, orderBy: byId }))?.id ??
    (await hr('POST', '/api/team-requirements', { teamId: team, kind: 'circle', circle: 'buurt', count: 1 }));
  const developmentAction =
    (await db.developmentAction.findFirst({ where, orderBy: byId }))?.id ??
    (await hr('POST', '/api/development-actions', {
      type: 'coaching',
      title: 'Zon coaching',
      employeeId: employee,
    }));
  const zonHrUser = await db.user.findUniqueOrThrow({ where: { email: ZON.hr } });
  // Not the zon hr themselves: a route that wrongly acted would meet fewer guards on someone else.
  const member = (
    await db.organisationMember.findFirstOrThrow({
      where: { ...where, userId: { not: zonHrUser.id } },
      orderBy: byId,
    })
  ).id;
  const invitation = await hr('POST', '/api/invitations', {
    email: 'cross-tenant-invitee@example.org',
    name: 'Zon Invitee',
    role: 'employee',
  });
  // An import job of zon's, written directly (the import itself is tested elsewhere).
  const importJob = (
    await db.importJob.create({
      data: {
        organisationId: zonId,
        status: 'completed',
        fileName: 'zon.csv',
        totalRows: 0,
        processedRows: 0,
      },
      select: { id: true },
    })
  ).id;
  // A finished export of zon's, made (as far as the row says) by the demo hr who will ask for it:
  // only the organisation scoping stands between them.
  const demoHr = await db.user.findUniqueOrThrow({ where: { email: DEMO.hr } });
  const exportJob = (
    await db.exportJob.create({
      data: {
        organisationId: zonId,
        createdByUserId: demoHr.id,
        kind: 'organisation_coverage',
        format: 'csv',
        input: {},
        status: 'completed',
        progress: 100,
        fileName: 'zon.csv',
        contentType: 'text/csv',
        byteSize: 3,
        file: new Uint8Array([122, 111, 110]),
        expiresAt: new Date(Date.now() + 60 * 60_000),
      },
      select: { id: true },
    })
  ).id;
  // The catalogue is seeded for every organisation; a submitted (pending) certificate of zon's.
  const certificateType = (await db.certificateType.findFirstOrThrow({ where, orderBy: byId })).id;
  const personCertificate = (
    await db.personCertificate.create({
      data: {
        organisationId: zonId,
        employeeId: employee,
        certificateTypeId: certificateType,
        obtainedOn: new Date('2026-01-10'),
        status: 'pending',
      },
      select: { id: true },
    })
  ).id;
  // A certificate requirement of zon's site (rule 18), written directly.
  const siteRequirement = (
    await db.siteRequirement.create({
      data: { organisationId: zonId, siteId: site, certificateTypeId: certificateType, count: 1 },
      select: { id: true },
    })
  ).id;
  // An exemption of zon's team from its requirement (rule 17), written directly.
  const exemption = (
    await db.requirementExemption.create({
      data: {
        organisationId: zonId,
        teamId: (await db.teamRequirement.findFirstOrThrow({ where: { id: teamRequirement } })).teamId,
        requirementId: teamRequirement,
        reason: 'Zon exemption',
        startsOn: new Date('2026-01-01'),
        endsOn: new Date('2099-12-31'),
      },
      select: { id: true },
    })
  ).id;
  // Her own things: a notification (written as the database would) and a request for training.
  const notification = (
    await db.notification.create({
      data: {
        organisationId: zonId,
        employeeId: employee,
        kind: 'level_validated',
        area: 'gezondheid',
        level: 'starter',
      },
      select: { id: true },
    })
  ).id;
  const developmentRequest = (
    await db.developmentRequest.create({
      data: {
        organisationId: zonId,
        employeeId: employee,
        type: 'training',
        area: 'gezondheid',
        targetLevel: 'ervaren',
      },
      select: { id: true },
    })
  ).id;
  return {
    importJob,
    exportJob,
    certificateType,
    personCertificate,
    siteRequirement,
    exemption,
    notification,
    developmentRequest,
    site,
    team,
    employee,
    membership: membership.id,
    areaLevel,
    competencyRating,
    surroundingsContact,
    ambition,
    roleDefinition,
    roleAssignment,
    teamRequirement,
    developmentAction,
    member,
    invitation,
  };
}

const routes = (await collectRoutes()).filter((route) => route.url.includes(':id'));

describe('cross-tenant ids', () => {
  beforeAll(async () => {
    t = await buildTestApp();
    zonId = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } })).id;
    zon = await zonRows();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('covers every :id route (none under /api/admin, each mapped to a zon row)', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => route.url.startsWith('/api/admin')).map((r) => r.key)).toEqual([]);
    expect(
      routes.filter((route) => !ZON_ROW_FOR_PATH[route.url]).map((r) => r.key),
      ':id routes without a zon row in ZON_ROW_FOR_PATH',
    ).toEqual([]);
    const writes = routes.filter((route) => ['PATCH', 'PUT', 'POST'].includes(route.method));
    expect(
      writes.filter((route) => !BODY[route.key]).map((r) => r.key),
      'writes without a plausible body in BODY',
    ).toEqual([]);
  });

  it.each(routes.map((route) => [route.key, route] as const))(
    '%s with a zon id → 404, zon unchanged',
    async (_key, route) => {
      const row = ZON_ROW_FOR_PATH[route.url];
      if (!row) throw new Error(`no zon row for ${route.url}`);
      const url = fillPath(route.url, { id: zon[row] });
      const email = callerFor(route.key);
      const body = BODY[route.key]?.(zon);

      const before = await snapshotZon();
      const response = await inject(email, route.method, url, body);
      const after = await snapshotZon();

      const shown = `${route.method} ${url} → ${response.status} ${JSON.stringify(response.body)}`.slice(
        0,
        600,
      );
      expect(response.status, shown).toBe(404);
      expect(response.contentType, shown).toMatch(/^application\/problem\+json/);
      expect(response.body, shown).toMatchObject({ status: 404, code: 'not_found' });
      expect(after, `zon rows changed by ${shown}`).toEqual(before);
    },
  );

  // Rule 18: the site requirement target of an exemption is a body id; a zon site exemption an :id.
  it('a zon site requirement as exemption target, and a zon site exemption by id → 404, zon unchanged', async () => {
    const siteRequirement = await t.app.systemDb.siteRequirement.findUniqueOrThrow({
      where: { organisationId_id: { organisationId: zonId, id: zon.siteRequirement } },
    });
    const siteExemption = await t.app.systemDb.requirementExemption.create({
      data: {
        organisationId: zonId,
        siteId: siteRequirement.siteId,
        siteRequirementId: siteRequirement.id,
        reason: 'Zon site exemption',
        startsOn: new Date('2026-01-01'),
        endsOn: new Date('2099-12-31'),
      },
      select: { id: true },
    });
    const before = await snapshotZon();
    const calls: Array<[string, string, unknown]> = [
      [
        'POST',
        '/api/exemptions',
        { siteRequirementId: zon.siteRequirement, reason: 'Vreemd', endsOn: '2099-12-31' },
      ],
      ['GET', `/api/exemptions/${siteExemption.id}`, undefined],
      ['POST', `/api/exemptions/${siteExemption.id}/end`, {}],
    ];
    for (const [method, url, body] of calls) {
      const response = await inject(DEMO.hr, method, url, body);
      const shown = `${method} ${url} → ${response.status} ${JSON.stringify(response.body)}`;
      expect(response.status, shown).toBe(404);
      expect(response.contentType, shown).toMatch(/^application\/problem\+json/);
    }
    const listed = await inject(DEMO.hr, 'GET', `/api/exemptions?siteId=${siteRequirement.siteId}`);
    expect(listed.body).toMatchObject({ total: 0, items: [] });
    expect(await snapshotZon()).toEqual(before);
  });

  // Last, as it changes zon: proves the snapshot sees a write (else every check above is vacuous).
  it('control: the snapshot notices a change made by zon itself', async () => {
    const before = await snapshotZon();
    const response = await inject(ZON.hr, 'PATCH', `/api/sites/${zon.site}`, { city: 'Zonnestad-Noord' });
    expect(response.status).toBe(200);
    const after = await snapshotZon();
    expect(after.Site).not.toEqual(before.Site);
    expect(after.AuditEvent?.count).toBe((before.AuditEvent?.count ?? 0) + 1);
  });
});
