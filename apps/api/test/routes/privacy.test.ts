import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO, errorPaths, type TestDb, testDb, ZON } from '../helpers/people-fixtures.ts';
import { type Profile, unchanged } from '../helpers/profile.ts';

const FIRST = 'Ysolde';
const LAST = 'Wintermanszoon';
const EMAIL = 'ysolde.wintermanszoon@voorbeeld-leaver.nl';
const PASSWORD = 'Ysolde-wachtwoord-2026!';

type Hit = { table: string; column: string; count: number };

/** Every text, varchar, json and jsonb column of the public schema, searched for a string. */
async function scanDatabase(db: TestDb, needle: string): Promise<Hit[]> {
  const columns = await db.$queryRaw<Array<{ table_name: string; column_name: string }>>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb')`;
  expect(columns.length).toBeGreaterThan(20);
  const hits: Hit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`,
      `%${needle}%`,
    );
    const count = rows[0]?.n ?? 0;
    if (count > 0) hits.push({ table, column, count });
  }
  return hits;
}

/** Row counts of every tenant-owned table for one organisation, and a hash of its audit rows. */
async function tenantFingerprint(db: TestDb, organisationId: string) {
  const tables = await db.$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'organisationId' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const rows = await db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "organisationId" = $1::uuid`,
      organisationId,
    );
    counts[table] = rows[0]?.n ?? 0;
  }
  const audit = await db.$queryRaw<Array<{ line: string }>>`
    SELECT concat_ws('|', id, entity, "entityId", action, "actorUserId", before::text, after::text, "createdAt") AS line
    FROM "AuditEvent" WHERE "organisationId" = ${organisationId}::uuid ORDER BY id`;
  const auditHash = createHash('sha256')
    .update(audit.map((row) => row.line).join('\n'))
    .digest('hex');
  return { counts, auditHash };
}

describe('privacy (AVG): data export and erasure', () => {
  let t: TestApp;
  let db: TestDb;
  let call: Call;
  let demoId: string;
  let zonId: string;
  let leaverId: string;
  let membershipId: string;
  let leaverToken: string;

  beforeAll(async () => {
    t = await buildTestApp();
    db = testDb(t);
    call = caller(t);
    demoId = (await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
    zonId = (await db.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } })).id;
    const team = await db.team.findFirstOrThrow({
      where: { organisationId: demoId },
      orderBy: { name: 'asc' },
    });
    const role = await db.roleDefinition.findFirstOrThrow({
      where: { organisationId: demoId },
      orderBy: { key: 'asc' },
    });

    // A person with a history, all of it made through the API (so the audit trail holds it too).
    const ok = (response: { status: number; body: unknown }, status = 201) => {
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      return response.body as { id: string; version?: number };
    };
    const employee = ok(
      await call(DEMO.hr, 'POST', '/api/employees', {
        firstName: FIRST,
        lastName: LAST,
        email: EMAIL,
        jobTitle: 'Pedagogisch coach',
        startDate: '2022-08-01',
      }),
    );
    leaverId = employee.id;
    membershipId = ok(
      await call(DEMO.hr, 'POST', '/api/memberships', {
        teamId: team.id,
        employeeId: leaverId,
        startDate: '2022-08-01',
        roleInTeam: 'Coach',
      }),
    ).id;
    ok(
      await call(DEMO.hr, 'POST', '/api/area-levels', {
        employeeId: leaverId,
        area: 'pedagogiek',
        level: 'starter',
      }),
    );
    ok(
      await call(DEMO.hr, 'POST', '/api/area-levels', {
        employeeId: leaverId,
        area: 'pedagogiek',
        level: 'ervaren',
        comment: `Goed gesprek met ${FIRST} over haar coaching`,
      }),
    );
    ok(
      await call(DEMO.hr, 'POST', '/api/competency-ratings', {
        employeeId: leaverId,
        competency: 'creativiteit',
        score: 4,
      }),
    );
    ok(
      await call(DEMO.hr, 'POST', '/api/surroundings-contacts', {
        employeeId: leaverId,
        circle: 'buurt',
        partnerName: `Buurtvereniging ${LAST}hof`,
        description: `${FIRST} kent de voorzitter`,
      }),
    );
    ok(
      await call(DEMO.hr, 'POST', '/api/ambitions', {
        employeeId: leaverId,
        direction: 'verdiepen',
        area: 'pedagogiek',
        targetLevel: 'expert',
      }),
    );
    ok(
      await call(DEMO.hr, 'POST', '/api/role-assignments', {
        employeeId: leaverId,
        roleDefinitionId: role.id,
        teamId: team.id,
      }),
    );
    ok(
      await call(DEMO.hr, 'POST', '/api/development-actions', {
        type: 'training',
        title: `Cursus hechting voor ${FIRST} ${LAST}`,
        employeeId: leaverId,
        teamId: team.id,
        area: 'pedagogiek',
        targetLevel: 'expert',
        notes: `${FIRST} vroeg hier zelf om`,
      }),
    );
    // An older level, from before the person left (history rows are only ever written by closing).
    await db.areaLevel.create({
      data: {
        organisationId: demoId,
        employeeId: leaverId,
        area: 'verzorging',
        level: 'expert',
        status: 'validated',
        validFrom: new Date('2024-01-01T00:00:00Z'),
        validTo: new Date('2025-06-01T00:00:00Z'),
        isCurrent: null,
        comment: `Vastgesteld met ${FIRST}`,
      },
    });
    const current = await call(DEMO.hr, 'GET', `/api/employees/${leaverId}`);
    ok(
      await call(DEMO.hr, 'PATCH', `/api/employees/${leaverId}`, {
        jobTitle: 'Senior pedagogisch coach',
        version: current.body.version,
      }),
      200,
    );

    // A login through an invitation.
    ok(
      await call(DEMO.hr, 'POST', '/api/invitations', {
        email: EMAIL,
        name: `${FIRST} ${LAST}`,
        role: 'employee',
        employeeId: leaverId,
      }),
    );
    const mail = [...t.mails].reverse().find((m) => m.to === EMAIL);
    const token = decodeURIComponent(mail?.link?.split('/uitnodiging/')[1] ?? '');
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: PASSWORD, session: 'token' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    leaverToken = (accepted.json() as { accessToken: string }).accessToken;

    // The motivation is the person's own: written through their profile (hr may not write it).
    const auth = { authorization: `Bearer ${leaverToken}` };
    const read = await t.app.inject({ method: 'GET', url: '/api/me/profile', headers: auth });
    const body = unchanged(read.json() as Profile);
    for (const ambition of body.ambitions) {
      Object.assign(ambition, {
        motivation: `Ik, ${FIRST}, wil mij verdiepen in hechting bij peuters.`,
        visibility: 'hr',
      });
    }
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { ...auth, 'if-match': String(read.headers.etag) },
      payload: body,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => {
    await db.$disconnect();
    await t.close();
  });

  describe('data export', () => {
    it('gives hr every category of the person as a JSON download, without any password hash', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/employees/${leaverId}/data-export`,
        headers: { authorization: `Bearer ${await t.tokenFor(DEMO.hr)}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="teamspiegel-gegevens-.+\.json"$/,
      );
      const body = response.json();
      expect(body.format).toBe('teamspiegel.data-export.v1');
      expect(body.employee).toMatchObject({ id: leaverId, firstName: FIRST, lastName: LAST, email: EMAIL });
      expect(body.memberships).toHaveLength(1);
      expect(body.areaLevels).toHaveLength(3);
      expect(body.areaLevels.filter((row: { current: boolean }) => row.current)).toHaveLength(1);
      expect(body.competencyRatings).toHaveLength(1);
      expect(body.surroundingsContacts).toHaveLength(1);
      expect(body.ambitions[0].motivation).toContain('hechting');
      expect(body.roleAssignments).toHaveLength(1);
      expect(body.developmentActions).toHaveLength(1);
      expect(body.login).toMatchObject({ email: EMAIL, roles: ['employee'] });
      expect(body.invitations).toHaveLength(1);
      const auditEntities = new Set(body.auditEvents.map((row: { entity: string }) => row.entity));
      for (const entity of [
        'Employee',
        'TeamMembership',
        'AreaLevel',
        'Ambition',
        'SurroundingsContact',
        'DevelopmentAction',
      ]) {
        expect(auditEntities.has(entity), entity).toBe(true);
      }
      expect(response.body).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    });

    it('lets a person download their own data via /api/me/data-export', async () => {
      const own = await t.app.inject({
        method: 'GET',
        url: '/api/me/data-export',
        headers: { authorization: `Bearer ${leaverToken}` },
      });
      expect(own.statusCode).toBe(200);
      expect(own.json().employee.id).toBe(leaverId);
      expect(own.headers['content-disposition']).toContain('attachment');
      const marjo = await call(DEMO.employee, 'GET', '/api/me/data-export');
      expect(marjo.status).toBe(200);
      expect(marjo.body.employee.id).not.toBe(leaverId);
    });

    it('is hr only (403 for other roles); another tenant’s id is 404', async () => {
      for (const email of [DEMO.board, DEMO.manager, DEMO.trainer, DEMO.employee]) {
        expect((await call(email, 'GET', `/api/employees/${leaverId}/data-export`)).status).toBe(403);
      }
      expect((await call(ZON.hr, 'GET', `/api/employees/${leaverId}/data-export`)).status).toBe(404);
      const zonEmployee = await db.employee.findFirstOrThrow({ where: { organisationId: zonId } });
      expect((await call(DEMO.hr, 'GET', `/api/employees/${zonEmployee.id}/data-export`)).status).toBe(404);
      expect((await call(DEMO.hr, 'GET', '/api/employees/not-a-uuid/data-export')).status).toBe(400);
    });
  });

  describe('erasure', () => {
    it('refuses an active employee (409), other roles (403), another tenant (404) and a bad body (400)', async () => {
      const active = await call(DEMO.hr, 'POST', `/api/employees/${leaverId}/erase`, {
        confirm: `${FIRST} ${LAST}`,
      });
      expect(active.status).toBe(409);
      expect(active.body.code).toBe('employee_still_active');
      for (const email of [DEMO.board, DEMO.manager, DEMO.trainer, DEMO.employee]) {
        expect(
          (await call(email, 'POST', `/api/employees/${leaverId}/erase`, { confirm: `${FIRST} ${LAST}` }))
            .status,
        ).toBe(403);
      }
      const otherTenant = await call(ZON.hr, 'POST', `/api/employees/${leaverId}/erase`, {
        confirm: `${FIRST} ${LAST}`,
      });
      expect(otherTenant.status).toBe(404);
      const invalid = await call(DEMO.hr, 'POST', `/api/employees/${leaverId}/erase`, {});
      expect(invalid.status).toBe(400);
      expect(errorPaths(invalid.body)).toContain('body.confirm');
      const unchanged = await db.employee.findFirstOrThrow({ where: { id: leaverId } });
      expect(unchanged).toMatchObject({ firstName: FIRST, erasedAt: null });
    });

    it('erases a leaver everywhere, keeps the anonymous aggregates and touches no other tenant', async () => {
      // The person leaves: membership ended, employee deactivated.
      const membership = await call(DEMO.hr, 'GET', `/api/memberships/${membershipId}`);
      const ended = await call(DEMO.hr, 'PATCH', `/api/memberships/${membershipId}`, {
        endDate: '2026-01-31',
        version: membership.body.version,
      });
      expect(ended.status, JSON.stringify(ended.body)).toBe(200);
      const employee = await call(DEMO.hr, 'GET', `/api/employees/${leaverId}`);
      const deactivated = await call(DEMO.hr, 'PATCH', `/api/employees/${leaverId}`, {
        active: false,
        version: employee.body.version,
      });
      expect(deactivated.status).toBe(200);

      const wrong = await call(DEMO.hr, 'POST', `/api/employees/${leaverId}/erase`, {
        confirm: `${FIRST} ${LAST}x`,
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('confirmation_mismatch');

      const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL } });
      for (const needle of [FIRST, LAST, EMAIL])
        expect((await scanDatabase(db, needle)).length).toBeGreaterThan(3);
      const zonBefore = await tenantFingerprint(db, zonId);
      const coverageBefore = await call(DEMO.board, 'GET', '/api/organisation/coverage');
      const trendBefore = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=36');
      expect(trendBefore.status).toBe(200);
      const levelIds = (
        await db.areaLevel.findMany({ where: { employeeId: leaverId }, select: { id: true } })
      )
        .map((r) => r.id)
        .sort();
      const auditIds = (
        await db.auditEvent.findMany({ where: { organisationId: demoId }, select: { id: true } })
      ).map((r) => r.id);

      const erased = await call(DEMO.hr, 'POST', `/api/employees/${leaverId}/erase`, {
        confirm: `  ysolde   WINTERMANSZOON `,
      });
      expect(erased.status, JSON.stringify(erased.body)).toBe(200);
      expect(erased.body).toMatchObject({
        employeeId: leaverId,
        removed: { surroundingsContacts: 1, ambitions: 1, levelComments: 2, actionNotes: 1 },
        login: 'disabled',
      });
      expect(erased.body.anonymised.auditEvents).toBeGreaterThan(5);

      // Nowhere in the database any more: not the first name, the last name or the e-mail address.
      for (const needle of [FIRST, LAST, EMAIL]) expect(await scanDatabase(db, needle), needle).toEqual([]);

      // The person's row, anonymised; the aggregates kept.
      const row = await db.employee.findFirstOrThrow({ where: { id: leaverId } });
      expect(row).toMatchObject({
        firstName: 'Verwijderd',
        lastName: 'medewerker',
        email: `verwijderd+${leaverId}@invalid.teamspiegel`,
        jobTitle: null,
        startDate: null,
        active: false,
        userId: null,
      });
      expect(row.erasedAt).toBeInstanceOf(Date);
      const levels = await db.areaLevel.findMany({ where: { employeeId: leaverId } });
      expect(levels.map((r) => r.id).sort()).toEqual(levelIds);
      expect(levels.every((r) => r.comment === null)).toBe(true);
      expect(await db.teamMembership.count({ where: { employeeId: leaverId } })).toBe(1);
      expect(await db.competencyRating.count({ where: { employeeId: leaverId } })).toBe(1);
      expect(await db.roleAssignment.count({ where: { employeeId: leaverId } })).toBe(1);
      const actions = await db.developmentAction.findMany({ where: { employeeId: leaverId } });
      expect(actions).toHaveLength(1);
      expect(actions[0]?.notes).toBeNull();
      expect(actions[0]?.title).toBe('Cursus hechting voor [verwijderd]');
      expect(await db.surroundingsContact.count({ where: { employeeId: leaverId } })).toBe(0);
      expect(await db.ambition.count({ where: { employeeId: leaverId } })).toBe(0);

      // The login: disabled and anonymised, sessions revoked, no way back in.
      const disabled = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(disabled).toMatchObject({
        name: 'Verwijderd',
        email: `verwijderd+${user.id}@invalid.teamspiegel`,
        passwordHash: null,
      });
      expect(disabled.disabledAt).toBeInstanceOf(Date);
      expect(await db.organisationMember.count({ where: { userId: user.id } })).toBe(0);
      expect(await db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: EMAIL, password: PASSWORD, session: 'token' },
      });
      expect(login.statusCode).toBe(401);

      // The audit trail: every row kept (ids, entities, actions, times), plus one erase event without personal data.
      const auditAfter = await db.auditEvent.findMany({
        where: { organisationId: demoId },
        select: { id: true },
      });
      expect(auditAfter.length).toBe(auditIds.length + 1);
      const afterIds = new Set(auditAfter.map((r) => r.id));
      expect(auditIds.every((id) => afterIds.has(id))).toBe(true);
      const employeeTrail = await db.auditEvent.findMany({
        where: { organisationId: demoId, entity: 'Employee', entityId: leaverId },
        orderBy: { createdAt: 'asc' },
      });
      expect(employeeTrail.map((r) => r.action)).toEqual([
        'create',
        'update',
        'profile_update',
        'update',
        'erase',
      ]);
      expect(JSON.stringify(employeeTrail[0]?.after)).toContain('[verwijderd]');
      expect(JSON.stringify(employeeTrail.at(-1)?.after)).not.toMatch(/verwijderd\+|@/);
      // Appending is still the only change allowed outside the erasure.
      await expect(
        db.auditEvent.updateMany({
          where: { id: employeeTrail[0]?.id as string },
          data: { action: 'tampered' },
        }),
      ).rejects.toThrow();

      // The other tenant: untouched.
      expect(await tenantFingerprint(db, zonId)).toEqual(zonBefore);

      // The organisation's coverage: the leaver's membership had ended, so the same totals as before.
      const coverageAfter = await call(DEMO.board, 'GET', '/api/organisation/coverage');
      expect(coverageAfter.body.dataVersion).toBeGreaterThan(coverageBefore.body.dataVersion);
      expect(coverageAfter.body.totals).toEqual(coverageBefore.body.totals);
      // …and the month-by-month history is unchanged: the anonymised levels and memberships still count.
      const trendAfter = await call(DEMO.board, 'GET', '/api/organisation/coverage/trend?months=36');
      const withoutMoment = (points: Array<{ at: string }>) => points.map(({ at: _at, ...rest }) => rest);
      expect(withoutMoment(trendAfter.body.points)).toEqual(withoutMoment(trendBefore.body.points));

      // What remains can still be exported (anonymised), and a second erasure is refused.
      const exported = await call(DEMO.hr, 'GET', `/api/employees/${leaverId}/data-export`);
      expect(exported.status).toBe(200);
      expect(exported.body.employee.firstName).toBe('Verwijderd');
      expect(exported.body.surroundingsContacts).toEqual([]);
      expect(exported.body.login).toBeNull();
      const again = await call(DEMO.hr, 'POST', `/api/employees/${leaverId}/erase`, {
        confirm: 'Verwijderd medewerker',
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('employee_already_erased');
    });
  });
});
