import { describe, expect, it } from 'vitest';
import { recordAreaLevel } from '../../src/db/area-level-history.ts';
import { type Call, DEMO, errorPaths, type TestDb, ZON } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

describe('area levels', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const rowsOf = (employeeId: string, area?: string) =>
    db.areaLevel.findMany({
      where: { employeeId, ...(area ? { area: area as never } : {}) },
      orderBy: { validFrom: 'asc' },
    });
  const auditCount = (entityId?: string) =>
    db.auditEvent.count({ where: { entity: 'AreaLevel', ...(entityId ? { entityId } : {}) } });

  /** Gives `employeeId` a current self-assessed level in `area` straight in the database. */
  const selfAssess = (
    employeeId: string,
    area: 'onderzoek_innovatie' | 'creativiteit' | string,
    level: string,
  ) =>
    db.$transaction((tx) =>
      recordAreaLevel(tx, {
        organisationId: f.demoId,
        employeeId,
        area: area as never,
        level: level as never,
        status: 'self_assessed',
      }),
    );

  describe('GET /api/area-levels', () => {
    it('lists current rows by default, filtered by employee, area and status', async () => {
      const response = await call(DEMO.hr, 'GET', `/api/area-levels?employeeId=${f.marjo}&pageSize=200`);
      expect(response.status).toBe(200);
      const current = await db.areaLevel.count({ where: { employeeId: f.marjo, isCurrent: true } });
      expect(response.body.total).toBe(current);
      expect(response.body.items.length).toBe(current);
      expect(response.body.items.every((row: { isCurrent: boolean }) => row.isCurrent)).toBe(true);
      expect(response.body.items.map((row: { area: string }) => row.area)).toContain('gezondheid');

      const all = await call(
        DEMO.hr,
        'GET',
        `/api/area-levels?employeeId=${f.marjo}&current=false&pageSize=200`,
      );
      expect(all.body.total).toBe((await rowsOf(f.marjo)).length);
      expect(all.body.total).toBeGreaterThan(current);

      const selfAssessed = await call(
        DEMO.hr,
        'GET',
        `/api/area-levels?employeeId=${f.marjo}&status=self_assessed&area=gezondheid`,
      );
      expect(selfAssessed.body.items).toHaveLength(1);
      expect(selfAssessed.body.items[0]).toMatchObject({ area: 'gezondheid', status: 'self_assessed' });
    });

    it('filters by team (current members) and paginates', async () => {
      const teamId = f.managedTeamIds[0] as string;
      const response = await call(DEMO.hr, 'GET', `/api/area-levels?teamId=${teamId}&pageSize=5&page=2`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ page: 2, pageSize: 5 });
      expect(response.body.items.length).toBeLessThanOrEqual(5);
      const members = await db.teamMembership.findMany({
        where: { teamId },
        select: { employeeId: true },
      });
      const memberIds = new Set(members.map((row) => row.employeeId));
      for (const row of response.body.items) expect(memberIds.has(row.employeeId)).toBe(true);
      const expected = await db.areaLevel.count({
        where: {
          isCurrent: true,
          employee: { memberships: { some: { teamId, startDate: { lte: new Date() }, endDate: null } } },
        },
      });
      expect(response.body.total).toBe(expected);
    });

    it('limits what each role sees: employee own, manager their teams, trainer nothing', async () => {
      const own = await call(DEMO.employee, 'GET', '/api/area-levels?pageSize=200');
      expect(own.status).toBe(200);
      expect(own.body.total).toBeGreaterThan(0);
      expect(own.body.items.every((row: { employeeId: string }) => row.employeeId === f.marjo)).toBe(true);
      const other = await call(DEMO.employee, 'GET', `/api/area-levels?employeeId=${f.outsider}`);
      expect(other.body.total).toBe(0);

      const managerOwnTeam = await call(DEMO.manager, 'GET', `/api/area-levels?employeeId=${f.teamMember}`);
      expect(managerOwnTeam.body.total).toBeGreaterThan(0);
      const managerOutside = await call(DEMO.manager, 'GET', `/api/area-levels?employeeId=${f.outsider}`);
      expect(managerOutside.body.total).toBe(0);

      expect(
        (await call(DEMO.board, 'GET', `/api/area-levels?employeeId=${f.outsider}`)).body.total,
      ).toBeGreaterThan(0);
      expect((await call(DEMO.trainer, 'GET', '/api/area-levels')).status).toBe(403);
      // Another tenant's employee id yields nothing.
      expect((await call(DEMO.hr, 'GET', `/api/area-levels?employeeId=${f.zonEmployee}`)).body.total).toBe(0);
    });

    it('rejects bad filters with field paths', async () => {
      const response = await call(DEMO.hr, 'GET', '/api/area-levels?area=nope&status=maybe&pageSize=500');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(errorPaths(response.body)).toEqual(
        expect.arrayContaining(['querystring.area', 'querystring.status', 'querystring.pageSize']),
      );
    });
  });

  describe('GET /api/employees/:id/area-levels/history', () => {
    it('returns every row of the person, newest first, with one current row per area', async () => {
      const response = await call(
        DEMO.hr,
        'GET',
        `/api/employees/${f.marjo}/area-levels/history?pageSize=200`,
      );
      expect(response.status).toBe(200);
      const rows = await rowsOf(f.marjo);
      expect(response.body.total).toBe(rows.length);
      const starts = response.body.items.map((row: { validFrom: string }) => row.validFrom);
      expect(starts).toEqual([...starts].sort().reverse());
      const pedagogiek = response.body.items.filter((row: { area: string }) => row.area === 'pedagogiek');
      expect(pedagogiek.length).toBeGreaterThan(1);
      expect(pedagogiek.filter((row: { isCurrent: boolean }) => row.isCurrent)).toHaveLength(1);
      expect(pedagogiek.filter((row: { validTo: string | null }) => row.validTo === null)).toHaveLength(1);
    });

    it('is visible to the person, their manager, board and hr only; 404 elsewhere', async () => {
      const url = `/api/employees/${f.marjo}/area-levels/history`;
      expect((await call(DEMO.employee, 'GET', url)).status).toBe(200);
      expect((await call(DEMO.manager, 'GET', url)).status).toBe(200);
      expect((await call(DEMO.board, 'GET', url)).status).toBe(200);
      expect((await call(DEMO.trainer, 'GET', url)).status).toBe(403);
      expect(
        (await call(DEMO.employee, 'GET', `/api/employees/${f.outsider}/area-levels/history`)).status,
      ).toBe(404);
      expect(
        (await call(DEMO.manager, 'GET', `/api/employees/${f.outsider}/area-levels/history`)).status,
      ).toBe(404);
      const crossTenant = await call(ZON.hr, 'GET', url);
      expect(crossTenant.status).toBe(404);
      expect(crossTenant.body.code).toBe('not_found');
    });
  });

  describe('POST /api/area-levels', () => {
    it('hr sets a validated level: the current row is closed, a new one opened, audited', async () => {
      const before = await rowsOf(f.outsider, 'onderzoek_innovatie');
      const response = await call(DEMO.hr, 'POST', '/api/area-levels', {
        employeeId: f.outsider,
        area: 'onderzoek_innovatie',
        level: 'expert',
        comment: 'Leidt het onderzoek naar lezen.',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        employeeId: f.outsider,
        area: 'onderzoek_innovatie',
        level: 'expert',
        status: 'validated',
        isCurrent: true,
        validTo: null,
        validatedByUserId: f.userIds.hr,
        comment: 'Leidt het onderzoek naar lezen.',
      });
      const after = await rowsOf(f.outsider, 'onderzoek_innovatie');
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((row) => row.isCurrent === true)).toHaveLength(1);
      const previous = before.find((row) => row.isCurrent === true);
      if (previous) {
        const closed = after.find((row) => row.id === previous.id);
        expect(closed?.isCurrent).toBeNull();
        expect(closed?.validTo).not.toBeNull();
        expect(closed?.level).toBe(previous.level);
      }
      expect(await auditCount(response.body.id)).toBe(1);

      // The same validated level again changes nothing.
      const again = await call(DEMO.hr, 'POST', '/api/area-levels', {
        employeeId: f.outsider,
        area: 'onderzoek_innovatie',
        level: 'expert',
      });
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(response.body.id);
      expect(await rowsOf(f.outsider, 'onderzoek_innovatie')).toHaveLength(after.length);
    });

    it('a manager may set levels of their team members only; other roles are refused', async () => {
      const ok = await call(DEMO.manager, 'POST', '/api/area-levels', {
        employeeId: f.teamMember,
        area: 'onderzoek_innovatie',
        level: 'starter',
      });
      expect(ok.status).toBe(201);
      expect(ok.body.validatedByUserId).toBe(f.userIds.manager);

      const rowsBefore = await db.areaLevel.count();
      const body = { employeeId: f.outsider, area: 'creativiteit', level: 'starter' };
      const outside = await call(DEMO.manager, 'POST', '/api/area-levels', { ...body, area: 'gezondheid' });
      expect(outside.status).toBe(403);
      const own = await call(DEMO.manager, 'POST', '/api/area-levels', {
        ...body,
        employeeId: f.jeroen,
        area: 'gezondheid',
      });
      expect(own.status).toBe(403);
      for (const email of [DEMO.board, DEMO.trainer, DEMO.employee]) {
        const refused = await call(email, 'POST', '/api/area-levels', { ...body, area: 'gezondheid' });
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('forbidden');
      }
      expect(await db.areaLevel.count()).toBe(rowsBefore);
    });

    it('refuses another tenant’s employee (422) and writes nothing', async () => {
      const rowsBefore = await db.areaLevel.count();
      const audits = await db.auditEvent.count();
      const response = await call(ZON.hr, 'POST', '/api/area-levels', {
        employeeId: f.marjo,
        area: 'gezondheid',
        level: 'expert',
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('invalid_reference');
      expect(await db.areaLevel.count()).toBe(rowsBefore);
      expect(await db.auditEvent.count()).toBe(audits);
    });

    it('answers 400 with field paths for an invalid body', async () => {
      const response = await call(DEMO.hr, 'POST', '/api/area-levels', {
        employeeId: 'not-a-uuid',
        area: 'astrologie',
        level: 'guru',
      });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(errorPaths(response.body)).toEqual(
        expect.arrayContaining(['body.employeeId', 'body.area', 'body.level']),
      );
    });
  });

  describe('POST /api/area-levels/:id/validate', () => {
    it('approve turns the current self-assessed row into a new validated row (history kept)', async () => {
      const target = await db.areaLevel.findFirstOrThrow({
        where: { employeeId: f.marjo, area: 'gezondheid', isCurrent: true },
      });
      expect(target.status).toBe('self_assessed');
      const before = await rowsOf(f.marjo, 'gezondheid');
      const response = await call(DEMO.manager, 'POST', `/api/area-levels/${target.id}/validate`, {
        decision: 'approve',
        comment: 'Klopt, besproken in het gesprek.',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        area: 'gezondheid',
        level: target.level,
        status: 'validated',
        isCurrent: true,
        validatedByUserId: f.userIds.manager,
        assessedByUserId: target.assessedByUserId,
        comment: 'Klopt, besproken in het gesprek.',
      });
      expect(response.body.validatedAt).not.toBeNull();
      const after = await rowsOf(f.marjo, 'gezondheid');
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((row) => row.isCurrent === true)).toHaveLength(1);
      const old = after.find((row) => row.id === target.id);
      expect(old).toMatchObject({ status: 'self_assessed', isCurrent: null, level: target.level });
      expect(old?.validTo).not.toBeNull();
      const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: response.body.id } });
      expect(audit).toMatchObject({
        entity: 'AreaLevel',
        action: 'validate_approve',
        actorUserId: f.userIds.manager,
      });

      // The old row is no longer current; the new one is already validated.
      const stale = await call(DEMO.manager, 'POST', `/api/area-levels/${target.id}/validate`, {
        decision: 'approve',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('area_level_not_current');
      const done = await call(DEMO.hr, 'POST', `/api/area-levels/${response.body.id}/validate`, {
        decision: 'approve',
      });
      expect(done.status).toBe(409);
      expect(done.body.code).toBe('area_level_already_validated');
      expect(await rowsOf(f.marjo, 'gezondheid')).toHaveLength(after.length);
    });

    it('adjust records a validated row at the given level, with the comment', async () => {
      const target = await selfAssess(f.teamMember, 'organisatie_samenwerking', 'expert');
      const missingLevel = await call(DEMO.manager, 'POST', `/api/area-levels/${target.id}/validate`, {
        decision: 'adjust',
      });
      expect(missingLevel.status).toBe(400);
      expect(errorPaths(missingLevel.body)).toContain('body.level');

      const response = await call(DEMO.hr, 'POST', `/api/area-levels/${target.id}/validate`, {
        decision: 'adjust',
        level: 'starter',
        comment: 'Eerst ervaring opdoen in de werkgroep.',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        employeeId: f.teamMember,
        area: 'organisatie_samenwerking',
        level: 'starter',
        status: 'validated',
        comment: 'Eerst ervaring opdoen in de werkgroep.',
        validatedByUserId: f.userIds.hr,
      });
      const rows = await rowsOf(f.teamMember, 'organisatie_samenwerking');
      expect(rows.filter((row) => row.isCurrent === true).map((row) => row.id)).toEqual([response.body.id]);
      expect(rows.find((row) => row.id === target.id)?.level).toBe('expert');
      const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: response.body.id } });
      expect(audit.action).toBe('validate_adjust');
    });

    it('role matrix: manager only for their team, board/trainer/employee refused, other tenant 404', async () => {
      const outsiderRow = await selfAssess(f.outsider, 'professionele_versterking', 'ervaren');
      const memberRow = await selfAssess(f.teamMember, 'professionele_versterking', 'ervaren');
      const rowsBefore = await db.areaLevel.count();
      const approve = { decision: 'approve' };
      expect(
        (await call(DEMO.manager, 'POST', `/api/area-levels/${outsiderRow.id}/validate`, approve)).status,
      ).toBe(404);
      for (const email of [DEMO.board, DEMO.trainer, DEMO.employee]) {
        expect((await call(email, 'POST', `/api/area-levels/${memberRow.id}/validate`, approve)).status).toBe(
          403,
        );
      }
      const crossTenant = await call(ZON.hr, 'POST', `/api/area-levels/${memberRow.id}/validate`, approve);
      expect(crossTenant.status).toBe(404);
      const crossManager = await call(
        ZON.manager,
        'POST',
        `/api/area-levels/${memberRow.id}/validate`,
        approve,
      );
      expect(crossManager.status).toBe(404);
      expect(await db.areaLevel.count()).toBe(rowsBefore);
      expect((await db.areaLevel.findFirstOrThrow({ where: { id: memberRow.id } })).isCurrent).toBe(true);

      // A manager validating their own level is refused.
      const ownRow = await selfAssess(f.jeroen, 'onderzoek_innovatie', 'expert');
      expect(
        (await call(DEMO.manager, 'POST', `/api/area-levels/${ownRow.id}/validate`, approve)).status,
      ).toBe(403);

      expect(
        (await call(DEMO.hr, 'POST', `/api/area-levels/${outsiderRow.id}/validate`, approve)).status,
      ).toBe(201);
    });

    it('of two concurrent decisions on the same row exactly one wins', async () => {
      const target = await selfAssess(f.teamMember, 'didactiek', 'expert');
      const [a, b] = await Promise.all([
        call(DEMO.manager, 'POST', `/api/area-levels/${target.id}/validate`, { decision: 'approve' }),
        call(DEMO.hr, 'POST', `/api/area-levels/${target.id}/validate`, {
          decision: 'adjust',
          level: 'ervaren',
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const current = await db.areaLevel.findMany({
        where: { employeeId: f.teamMember, area: 'didactiek', isCurrent: true },
      });
      expect(current).toHaveLength(1);
    });

    it('404 for an unknown id, 400 for a malformed one', async () => {
      const unknown = await call(
        DEMO.hr,
        'POST',
        '/api/area-levels/00000000-0000-4000-8000-000000000000/validate',
        {
          decision: 'approve',
        },
      );
      expect(unknown.status).toBe(404);
      const malformed = await call(DEMO.hr, 'POST', '/api/area-levels/abc/validate', { decision: 'maybe' });
      expect(malformed.status).toBe(400);
      expect(errorPaths(malformed.body)).toEqual(expect.arrayContaining(['params.id']));
    });
  });
});
