import { describe, expect, it } from 'vitest';
import { type Call, DEMO, errorPaths, type TestDb, ZON } from '../helpers/people-fixtures.ts';
import { type Profile, unchanged } from '../helpers/profile.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

describe('self-service profile', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const getProfile = async (email: string = DEMO.employee) => {
    const response = await call(email, 'GET', '/api/me/profile');
    expect(response.status).toBe(200);
    return { profile: response.body as Profile, etag: response.headers.etag as string };
  };
  const snapshot = async (employeeId: string) => {
    return {
      employee: await db.employee.findFirstOrThrow({ where: { id: employeeId } }),
      levels: await db.areaLevel.findMany({ where: { employeeId }, orderBy: { id: 'asc' } }),
      ratings: await db.competencyRating.findMany({ where: { employeeId }, orderBy: { id: 'asc' } }),
      contacts: await db.surroundingsContact.findMany({ where: { employeeId }, orderBy: { id: 'asc' } }),
      ambitions: await db.ambition.findMany({ where: { employeeId }, orderBy: { id: 'asc' } }),
      audits: await db.auditEvent.count(),
    };
  };

  describe('GET /api/me/profile', () => {
    it('returns the caller’s data, current levels with status, and the version as ETag', async () => {
      const { profile, etag } = await getProfile();
      expect(profile.employee.id).toBe(f.marjo);
      const employee = await db.employee.findFirstOrThrow({ where: { id: f.marjo } });
      expect(profile.version).toBe(employee.version);
      expect(etag).toBe(`W/"${employee.version}"`);
      const current = await db.areaLevel.findMany({ where: { employeeId: f.marjo, isCurrent: true } });
      expect(profile.areaLevels.map((row) => row.id).sort()).toEqual(current.map((row) => row.id).sort());
      expect(profile.areaLevels.find((row) => row.area === 'gezondheid')?.status).toBe('self_assessed');
      expect(profile.competencyRatings.length).toBe(
        await db.competencyRating.count({ where: { employeeId: f.marjo } }),
      );
      expect(profile.surroundingsContacts.length).toBeGreaterThan(0);
      expect(profile.ambitions.some((row) => row.motivation !== null)).toBe(true);
      expect(profile.roleAssignments.map((row) => row.key)).toEqual(
        expect.arrayContaining(['onderwijsassistent', 'bso_medewerker']),
      );
      expect(profile.teams.length).toBe(2);
    });

    it('works for any linked role; 404 no_employee_profile without a linked record', async () => {
      expect((await getProfile(DEMO.manager)).profile.employee.id).toBe(f.jeroen);
      for (const email of [DEMO.hr, DEMO.board, DEMO.trainer]) {
        const response = await call(email, 'GET', '/api/me/profile');
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('no_employee_profile');
      }
      const zon = await call(ZON.employee, 'GET', '/api/me/profile');
      expect(zon.status).toBe(200);
      expect(zon.body.employee.id).not.toBe(f.marjo);
      const zonEmployee = await db.employee.findFirstOrThrow({ where: { id: zon.body.employee.id } });
      expect(zonEmployee.organisationId).toBe(f.zonId);
    });
  });

  describe('PUT /api/me/profile', () => {
    it('replaces everything in one go: changed levels self-assessed, unchanged untouched, removed closed', async () => {
      const { profile, etag } = await getProfile();
      const before = await snapshot(f.marjo);
      const body = unchanged(profile);
      const didactiek = profile.areaLevels.find((row) => row.area === 'didactiek');
      const pedagogiek = profile.areaLevels.find((row) => row.area === 'pedagogiek');
      const verzorging = profile.areaLevels.find((row) => row.area === 'verzorging');
      if (!didactiek || !pedagogiek || !verzorging) throw new Error('seeded levels missing');
      body.areaLevels = body.areaLevels
        .filter((row) => row.area !== 'verzorging')
        .map((row) => (row.area === 'didactiek' ? { area: 'didactiek', level: 'ervaren' } : row));
      body.areaLevels.push({ area: 'onderzoek_innovatie', level: 'in_opleiding' });
      body.competencyRatings = [{ competency: 'creativiteit', score: 5 }];
      body.surroundingsContacts = [
        ...body.surroundingsContacts.slice(1),
        { circle: 'wetenschap', partnerName: 'Lectoraat Jonge Kind', description: 'Meedenken over spel' },
      ];
      const firstAmbition = body.ambitions[0];
      if (!firstAmbition) throw new Error('Marjo has a seeded ambition');
      body.ambitions = [
        { ...firstAmbition, targetLevel: 'expert', visibility: 'hr' },
        {
          id: undefined as unknown as string,
          direction: 'verbreden',
          area: 'onderzoek_innovatie',
          targetLevel: 'starter',
          horizonDate: '2028-01-01',
          motivation: 'Nieuwsgierig naar onderzoek',
          visibility: 'self',
          status: 'active',
        },
      ];

      const response = await call(DEMO.employee, 'PUT', '/api/me/profile', body, { 'if-match': etag });
      expect(response.status).toBe(200);
      const updated = response.body as Profile;
      expect(updated.version).toBe(profile.version + 1);
      expect(response.headers.etag).toBe(`W/"${profile.version + 1}"`);

      const levels = await db.areaLevel.findMany({ where: { employeeId: f.marjo } });
      // didactiek: old row closed, new self-assessed row current.
      const didactiekRows = levels.filter((row) => row.area === 'didactiek');
      expect(didactiekRows.filter((row) => row.isCurrent === true)).toHaveLength(1);
      expect(didactiekRows.find((row) => row.isCurrent === true)).toMatchObject({
        level: 'ervaren',
        status: 'self_assessed',
        assessedByUserId: f.userIds.employee,
        validatedByUserId: null,
      });
      expect(levels.find((row) => row.id === didactiek.id)).toMatchObject({
        isCurrent: null,
        level: 'starter',
      });
      // pedagogiek: untouched (same row, same status).
      expect(levels.find((row) => row.id === pedagogiek.id)).toMatchObject({
        isCurrent: true,
        validTo: null,
      });
      expect(levels.filter((row) => row.area === 'pedagogiek')).toHaveLength(
        before.levels.filter((row) => row.area === 'pedagogiek').length,
      );
      // verzorging: closed, no current row left, history kept.
      expect(levels.filter((row) => row.area === 'verzorging' && row.isCurrent === true)).toHaveLength(0);
      expect(levels.find((row) => row.id === verzorging.id)?.validTo).not.toBeNull();
      expect(levels).toHaveLength(before.levels.length + 2);
      expect(updated.areaLevels.map((row) => row.area).sort()).toEqual(
        body.areaLevels.map((row) => row.area).sort(),
      );

      expect(updated.competencyRatings.map(({ competency, score }) => ({ competency, score }))).toEqual([
        { competency: 'creativiteit', score: 5 },
      ]);
      expect(updated.surroundingsContacts).toHaveLength(body.surroundingsContacts.length);
      expect(updated.surroundingsContacts.map((row) => row.partnerName)).toContain('Lectoraat Jonge Kind');
      expect(updated.ambitions).toHaveLength(2);
      const kept = updated.ambitions.find((row) => row.id === firstAmbition.id);
      expect(kept).toMatchObject({ targetLevel: 'expert', visibility: 'hr' });
      expect(updated.ambitions.find((row) => row.id !== firstAmbition.id)?.motivation).toBe(
        'Nieuwsgierig naar onderzoek',
      );

      const employee = await db.employee.findFirstOrThrow({ where: { id: f.marjo } });
      expect(employee.version).toBe(profile.version + 1);

      const audits = await db.auditEvent.findMany({
        where: { actorUserId: f.userIds.employee, createdAt: { gte: new Date(Date.now() - 60_000) } },
      });
      const actions = audits.map((row) => `${row.entity}:${row.action}`);
      expect(actions).toEqual(
        expect.arrayContaining([
          'Employee:profile_update',
          'AreaLevel:self_assess',
          'AreaLevel:close',
          'CompetencyRating:delete',
          'SurroundingsContact:create',
          'SurroundingsContact:delete',
          'Ambition:update',
          'Ambition:create',
        ]),
      );
      expect(actions.filter((action) => action === 'AreaLevel:self_assess')).toHaveLength(2);
      expect(actions.filter((action) => action === 'AreaLevel:close')).toHaveLength(1);
      // creativiteit was kept (updated, or created when it was not rated); all others deleted.
      const hadCreativiteit = before.ratings.some((row) => row.competency === 'creativiteit');
      expect(actions).toContain(hadCreativiteit ? 'CompetencyRating:update' : 'CompetencyRating:create');
      expect(actions.filter((action) => action === 'CompetencyRating:delete')).toHaveLength(
        before.ratings.filter((row) => row.competency !== 'creativiteit').length,
      );
    });

    it('an unchanged PUT writes nothing but the version bump', async () => {
      const { profile, etag } = await getProfile();
      const before = await snapshot(f.marjo);
      const response = await call(DEMO.employee, 'PUT', '/api/me/profile', unchanged(profile), {
        'if-match': etag,
      });
      expect(response.status).toBe(200);
      const after = await snapshot(f.marjo);
      expect(after.levels).toEqual(before.levels);
      expect(after.ratings).toEqual(before.ratings);
      expect(after.contacts).toEqual(before.contacts);
      expect(after.ambitions).toEqual(before.ambitions);
      expect(after.employee.version).toBe(before.employee.version + 1);
      expect(after.audits).toBe(before.audits + 1);
    });

    it('needs the version: missing → 428, stale → 412, and nothing is written', async () => {
      const { profile } = await getProfile();
      const body = { ...unchanged(profile), competencyRatings: [] };
      const before = await snapshot(f.marjo);
      const missing = await call(DEMO.employee, 'PUT', '/api/me/profile', body);
      expect(missing.status).toBe(428);
      expect(missing.body.code).toBe('precondition_required');
      const stale = await call(DEMO.employee, 'PUT', '/api/me/profile', body, {
        'if-match': `W/"${profile.version - 1}"`,
      });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('precondition_failed');
      const staleBody = await call(DEMO.employee, 'PUT', '/api/me/profile', {
        ...body,
        version: profile.version + 5,
      });
      expect(staleBody.status).toBe(412);
      expect(await snapshot(f.marjo)).toEqual(before);
    });

    it('two clients read version N: the first PUT wins, the second gets 412 and the first’s data stays', async () => {
      const { profile, etag } = await getProfile();
      const first = { ...unchanged(profile), competencyRatings: [{ competency: 'flexibiliteit', score: 4 }] };
      const second = {
        ...unchanged(profile),
        competencyRatings: [{ competency: 'flexibiliteit', score: 1 }],
      };
      const a = await call(DEMO.employee, 'PUT', '/api/me/profile', first, { 'if-match': etag });
      expect(a.status).toBe(200);
      const afterFirst = await snapshot(f.marjo);
      const b = await call(DEMO.employee, 'PUT', '/api/me/profile', second, { 'if-match': etag });
      expect(b.status).toBe(412);
      const afterSecond = await snapshot(f.marjo);
      expect(afterSecond).toEqual(afterFirst);
      expect(afterSecond.ratings.map(({ competency, score }) => ({ competency, score }))).toEqual([
        { competency: 'flexibiliteit', score: 4 },
      ]);
    });

    it('two truly concurrent PUTs with the same version: exactly one is applied', async () => {
      const { profile, etag } = await getProfile();
      const bodies = [3, 2].map((score) => ({
        ...unchanged(profile),
        competencyRatings: [{ competency: 'creativiteit', score }],
        areaLevels: [
          ...unchanged(profile).areaLevels.filter((row) => row.area !== 'gezondheid'),
          { area: 'gezondheid', level: score === 3 ? 'ervaren' : 'expert' },
        ],
      }));
      const results = await Promise.all(
        bodies.map((body) => call(DEMO.employee, 'PUT', '/api/me/profile', body, { 'if-match': etag })),
      );
      expect(results.map((result) => result.status).sort()).toEqual([200, 412]);
      const winner = results.findIndex((result) => result.status === 200);
      const score = winner === 0 ? 3 : 2;
      const after = await snapshot(f.marjo);
      expect(after.employee.version).toBe(profile.version + 1);
      expect(after.ratings.map((row) => row.score)).toEqual([score]);
      const gezondheid = after.levels.filter((row) => row.area === 'gezondheid' && row.isCurrent === true);
      expect(gezondheid).toHaveLength(1);
      expect(gezondheid[0]?.level).toBe(score === 3 ? 'ervaren' : 'expert');
    });

    it('400 with field paths for invalid input, 422 for someone else’s ambition; nothing written', async () => {
      const { profile, etag } = await getProfile();
      const before = await snapshot(f.marjo);
      const invalid = await call(
        DEMO.employee,
        'PUT',
        '/api/me/profile',
        {
          ...unchanged(profile),
          areaLevels: [
            { area: 'didactiek', level: 'guru' },
            { area: 'pedagogiek', level: 'starter' },
            { area: 'pedagogiek', level: 'expert' },
          ],
          competencyRatings: [{ competency: 'creativiteit', score: 9 }],
        },
        { 'if-match': etag },
      );
      expect(invalid.status).toBe(400);
      expect(errorPaths(invalid.body)).toEqual(
        expect.arrayContaining(['body.areaLevels.0.level', 'body.competencyRatings.0.score']),
      );
      const duplicate = await call(
        DEMO.employee,
        'PUT',
        '/api/me/profile',
        {
          ...unchanged(profile),
          areaLevels: [
            { area: 'pedagogiek', level: 'starter' },
            { area: 'pedagogiek', level: 'expert' },
          ],
        },
        { 'if-match': etag },
      );
      expect(duplicate.status).toBe(400);
      expect(errorPaths(duplicate.body)).toEqual(['body.areaLevels.1']);
      const missing = await call(DEMO.employee, 'PUT', '/api/me/profile', { version: profile.version });
      expect(missing.status).toBe(400);
      expect(errorPaths(missing.body)).toEqual(
        expect.arrayContaining([
          'body.areaLevels',
          'body.competencyRatings',
          'body.surroundingsContacts',
          'body.ambitions',
        ]),
      );

      const foreign = await db.ambition.findFirstOrThrow({
        where: { organisationId: f.demoId, employeeId: { not: f.marjo } },
      });
      const body = unchanged(profile);
      body.competencyRatings = [];
      body.ambitions = [
        ...body.ambitions,
        {
          ...(body.ambitions[0] ?? {
            direction: 'verbreden',
            area: 'gezondheid',
            targetLevel: 'starter',
            horizonDate: null,
            motivation: null,
            visibility: 'manager',
            status: 'active',
          }),
          id: foreign.id,
        },
      ];
      const stolen = await call(DEMO.employee, 'PUT', '/api/me/profile', body, { 'if-match': etag });
      expect(stolen.status).toBe(422);
      expect(errorPaths(stolen.body)).toEqual([`body.ambitions.${body.ambitions.length - 1}.id`]);
      expect(await snapshot(f.marjo)).toEqual(before);
      expect(await db.ambition.findFirstOrThrow({ where: { id: foreign.id } })).toEqual(foreign);
    });

    it('hr and board without an employee record get 404; the body cannot target another person', async () => {
      const hr = await call(
        DEMO.hr,
        'PUT',
        '/api/me/profile',
        { areaLevels: [], competencyRatings: [], surroundingsContacts: [], ambitions: [] },
        { 'if-match': 'W/"1"' },
      );
      expect(hr.status).toBe(404);
      expect(hr.body.code).toBe('no_employee_profile');
      // An employeeId in the body is ignored (not part of the contract): the caller's own record changes.
      const { profile, etag } = await getProfile();
      const outsiderBefore = await snapshot(f.outsider);
      const response = await call(
        DEMO.employee,
        'PUT',
        '/api/me/profile',
        { ...unchanged(profile), employeeId: f.outsider, competencyRatings: [] },
        { 'if-match': etag },
      );
      expect(response.status).toBe(200);
      const outsiderAfter = await snapshot(f.outsider);
      expect({ ...outsiderAfter, audits: 0 }).toEqual({ ...outsiderBefore, audits: 0 });
    });
  });

  describe('self-assessment → validation queue → validate', () => {
    it('the manager sees the new self-assessment in their queue and approves it', async () => {
      const { profile, etag } = await getProfile();
      const replacedLevel =
        profile.areaLevels.find((row: { area: string }) => row.area === 'psychologie_orthopedagogiek')
          ?.level ?? null;
      const body = unchanged(profile);
      body.areaLevels = [
        ...body.areaLevels.filter((row) => row.area !== 'psychologie_orthopedagogiek'),
        { area: 'psychologie_orthopedagogiek', level: 'starter' },
      ];
      expect((await call(DEMO.employee, 'PUT', '/api/me/profile', body, { 'if-match': etag })).status).toBe(
        200,
      );
      const row = await db.areaLevel.findFirstOrThrow({
        where: { employeeId: f.marjo, area: 'psychologie_orthopedagogiek', isCurrent: true },
      });
      expect(row.status).toBe('self_assessed');

      const queue = await call(DEMO.manager, 'GET', '/api/me/validation-queue?pageSize=200');
      expect(queue.status).toBe(200);
      const item = queue.body.items.find((entry: { id: string }) => entry.id === row.id);
      expect(item).toMatchObject({ employee: { id: f.marjo, firstName: 'Marjo' }, status: 'self_assessed' });
      // The level it replaces comes with it (null when the area had no level yet).
      expect(item.previousLevel).toBe(replacedLevel);
      expect(
        queue.body.items.every(
          (entry: { status: string; isCurrent: boolean }) =>
            entry.status === 'self_assessed' && entry.isCurrent,
        ),
      ).toBe(true);
      // Only people in the manager's teams, never the manager themselves.
      const ids = new Set(queue.body.items.map((entry: { employeeId: string }) => entry.employeeId));
      expect(ids.has(f.outsider)).toBe(false);
      expect(ids.has(f.jeroen)).toBe(false);

      const hrQueue = await call(DEMO.hr, 'GET', '/api/me/validation-queue?pageSize=200');
      expect(hrQueue.body.total).toBe(
        await db.areaLevel.count({
          where: { organisationId: f.demoId, isCurrent: true, status: 'self_assessed' },
        }),
      );
      expect(hrQueue.body.total).toBeGreaterThanOrEqual(queue.body.total);
      for (const email of [DEMO.board, DEMO.trainer, DEMO.employee]) {
        expect((await call(email, 'GET', '/api/me/validation-queue')).status).toBe(403);
      }
      const zonQueue = await call(ZON.hr, 'GET', '/api/me/validation-queue?pageSize=200');
      expect(zonQueue.body.items.some((entry: { id: string }) => entry.id === row.id)).toBe(false);

      const approved = await call(DEMO.manager, 'POST', `/api/area-levels/${row.id}/validate`, {
        decision: 'approve',
      });
      expect(approved.status).toBe(201);
      const after = await call(DEMO.manager, 'GET', '/api/me/validation-queue?pageSize=200');
      expect(after.body.total).toBe(queue.body.total - 1);
      const { profile: updated } = await getProfile();
      expect(updated.areaLevels.find((level) => level.area === 'psychologie_orthopedagogiek')?.status).toBe(
        'validated',
      );
    });
  });
});
