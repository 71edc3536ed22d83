import { describe, expect, it } from 'vitest';
import { type Call, DEMO, errorPaths, type TestDb, ZON } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

describe('competency ratings', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const ratingsOf = (employeeId: string) => db.competencyRating.findMany({ where: { employeeId } });
  const anyRatingOf = (employeeId: string) =>
    db.competencyRating.findFirstOrThrow({ where: { employeeId }, orderBy: { id: 'asc' } });

  it('lists with filters; board and hr see everyone, employee only themselves, trainer nobody', async () => {
    const hr = await call(DEMO.hr, 'GET', `/api/competency-ratings?employeeId=${f.marjo}`);
    expect(hr.status).toBe(200);
    expect(hr.body.total).toBe((await ratingsOf(f.marjo)).length);
    const one = await anyRatingOf(f.outsider);
    const filtered = await call(
      DEMO.board,
      'GET',
      `/api/competency-ratings?employeeId=${f.outsider}&competency=${one.competency}`,
    );
    expect(filtered.body.items).toHaveLength(1);
    expect(filtered.body.items[0]).toMatchObject({ id: one.id, score: one.score });

    const own = await call(DEMO.employee, 'GET', '/api/competency-ratings?pageSize=200');
    expect(own.status).toBe(200);
    expect(own.body.items.every((row: { employeeId: string }) => row.employeeId === f.marjo)).toBe(true);
    expect(
      (await call(DEMO.employee, 'GET', `/api/competency-ratings?employeeId=${f.outsider}`)).body.total,
    ).toBe(0);
    expect(
      (await call(DEMO.manager, 'GET', `/api/competency-ratings?employeeId=${f.outsider}`)).body.total,
    ).toBe(0);
    expect(
      (await call(DEMO.manager, 'GET', `/api/competency-ratings?employeeId=${f.teamMember}`)).body.total,
    ).toBeGreaterThan(0);
    expect((await call(DEMO.trainer, 'GET', '/api/competency-ratings')).status).toBe(403);
  });

  it('GET /:id is 404 outside the caller’s view and for another tenant', async () => {
    const rating = await anyRatingOf(f.outsider);
    expect((await call(DEMO.board, 'GET', `/api/competency-ratings/${rating.id}`)).status).toBe(200);
    expect((await call(DEMO.employee, 'GET', `/api/competency-ratings/${rating.id}`)).status).toBe(404);
    expect((await call(DEMO.manager, 'GET', `/api/competency-ratings/${rating.id}`)).status).toBe(404);
    expect((await call(ZON.hr, 'GET', `/api/competency-ratings/${rating.id}`)).status).toBe(404);
  });

  it('POST upserts: 201 on create, 200 on replace, one row per competency, audited', async () => {
    const existing = new Set((await ratingsOf(f.outsider)).map((row) => row.competency));
    const competencies = [
      'ontwikkelingsgerichtheid',
      'samenwerkingsgerichtheid',
      'omgevingssensitiviteit',
      'ondernemende_houding',
      'flexibiliteit',
      'creativiteit',
      'onderzoekende_houding',
      'moreel_ethisch_handelen',
    ];
    let competency = competencies.find((id) => !existing.has(id as never));
    if (!competency) {
      competency = 'creativiteit';
      await db.competencyRating.deleteMany({
        where: { employeeId: f.outsider, competency: 'creativiteit' },
      });
    }
    const created = await call(DEMO.hr, 'POST', '/api/competency-ratings', {
      employeeId: f.outsider,
      competency,
      score: 2,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      employeeId: f.outsider,
      competency,
      score: 2,
      ratedByUserId: f.userIds.hr,
    });
    const replaced = await call(DEMO.hr, 'POST', '/api/competency-ratings', {
      employeeId: f.outsider,
      competency,
      score: 4,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: created.body.id, score: 4 });
    expect(
      await db.competencyRating.count({
        where: { employeeId: f.outsider, competency: competency as never },
      }),
    ).toBe(1);
    const audits = await db.auditEvent.findMany({
      where: { entity: 'CompetencyRating', entityId: created.body.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audits.map((row) => row.action)).toEqual(['create', 'update']);
    expect(audits[1]?.before).toMatchObject({ score: 2 });
    expect(audits[1]?.after).toMatchObject({ score: 4 });
  });

  it('role matrix for writes: manager for their team only; board, trainer, employee refused', async () => {
    const body = { employeeId: f.teamMember, competency: 'flexibiliteit', score: 3 };
    expect([200, 201]).toContain((await call(DEMO.manager, 'POST', '/api/competency-ratings', body)).status);
    const before = await db.competencyRating.findMany({ where: { employeeId: f.outsider } });
    const outside = await call(DEMO.manager, 'POST', '/api/competency-ratings', {
      ...body,
      employeeId: f.outsider,
    });
    expect(outside.status).toBe(403);
    for (const email of [DEMO.board, DEMO.trainer, DEMO.employee]) {
      const refused = await call(email, 'POST', '/api/competency-ratings', {
        ...body,
        employeeId: f.outsider,
      });
      expect(refused.status).toBe(403);
    }
    expect(await db.competencyRating.findMany({ where: { employeeId: f.outsider } })).toEqual(before);
  });

  it('another tenant’s employee in the body → 422 and nothing written', async () => {
    const count = await db.competencyRating.count();
    const audits = await db.auditEvent.count();
    const response = await call(ZON.hr, 'POST', '/api/competency-ratings', {
      employeeId: f.marjo,
      competency: 'creativiteit',
      score: 1,
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('invalid_reference');
    expect(await db.competencyRating.count()).toBe(count);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it('invalid body → 400 with field paths', async () => {
    const response = await call(DEMO.hr, 'POST', '/api/competency-ratings', {
      employeeId: f.marjo,
      competency: 'telepathie',
      score: 6,
    });
    expect(response.status).toBe(400);
    expect(errorPaths(response.body)).toEqual(expect.arrayContaining(['body.competency', 'body.score']));
    const zero = await call(DEMO.hr, 'POST', '/api/competency-ratings', {
      employeeId: f.marjo,
      competency: 'creativiteit',
      score: 0,
    });
    expect(errorPaths(zero.body)).toEqual(['body.score']);
  });

  it('DELETE: hr and the manager of the team; others 403/404; cross-tenant 404 and kept', async () => {
    const outsiderRating = await anyRatingOf(f.outsider);
    expect((await call(ZON.hr, 'DELETE', `/api/competency-ratings/${outsiderRating.id}`)).status).toBe(404);
    expect((await call(DEMO.manager, 'DELETE', `/api/competency-ratings/${outsiderRating.id}`)).status).toBe(
      404,
    );
    expect((await call(DEMO.board, 'DELETE', `/api/competency-ratings/${outsiderRating.id}`)).status).toBe(
      403,
    );
    expect((await call(DEMO.employee, 'DELETE', `/api/competency-ratings/${outsiderRating.id}`)).status).toBe(
      403,
    );
    expect(await db.competencyRating.findFirst({ where: { id: outsiderRating.id } })).not.toBeNull();

    const deleted = await call(DEMO.hr, 'DELETE', `/api/competency-ratings/${outsiderRating.id}`);
    expect(deleted.status).toBe(204);
    expect(await db.competencyRating.findFirst({ where: { id: outsiderRating.id } })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: 'CompetencyRating', entityId: outsiderRating.id, action: 'delete' },
    });
    expect(audit.actorUserId).toBe(f.userIds.hr);

    const memberRating = await anyRatingOf(f.teamMember);
    expect((await call(DEMO.manager, 'DELETE', `/api/competency-ratings/${memberRating.id}`)).status).toBe(
      204,
    );
  });
});
