import { describe, expect, it } from 'vitest';
import { type Call, DEMO, errorPaths, type TestDb, ZON } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

describe('surroundings contacts', () => {
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;

  setUpPeopleTestApp((ctx) => {
    ({ db, call, f } = ctx);
  });

  const contactsOf = (employeeId: string) =>
    db.surroundingsContact.findMany({ where: { employeeId }, orderBy: { id: 'asc' } });

  it('lists with filters and per-role visibility', async () => {
    const marjo = await contactsOf(f.marjo);
    expect(marjo.length).toBeGreaterThan(0);
    const hr = await call(DEMO.hr, 'GET', `/api/surroundings-contacts?employeeId=${f.marjo}`);
    expect(hr.status).toBe(200);
    expect(hr.body.total).toBe(marjo.length);
    const circle = marjo[0]?.circle as string;
    const byCircle = await call(
      DEMO.board,
      'GET',
      `/api/surroundings-contacts?employeeId=${f.marjo}&circle=${circle}`,
    );
    expect(byCircle.body.items.every((row: { circle: string }) => row.circle === circle)).toBe(true);
    expect(byCircle.body.total).toBe(marjo.filter((row) => row.circle === circle).length);

    const own = await call(DEMO.employee, 'GET', '/api/surroundings-contacts?pageSize=200');
    expect(own.body.total).toBe(marjo.length);
    expect(
      (await call(DEMO.manager, 'GET', `/api/surroundings-contacts?employeeId=${f.marjo}`)).body.total,
    ).toBe(marjo.length);
    expect(
      (await call(DEMO.manager, 'GET', `/api/surroundings-contacts?employeeId=${f.outsider}`)).body.total,
    ).toBe(0);
    expect((await call(DEMO.trainer, 'GET', '/api/surroundings-contacts')).status).toBe(403);
    expect((await call(DEMO.hr, 'GET', '/api/surroundings-contacts?circle=maan')).status).toBe(400);
  });

  it('create, update and delete as hr, each audited', async () => {
    const created = await call(DEMO.hr, 'POST', '/api/surroundings-contacts', {
      employeeId: f.outsider,
      circle: 'wetenschap',
      partnerName: 'Universiteit Deltaland',
      description: 'Praktijkonderzoek naar taal',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      employeeId: f.outsider,
      circle: 'wetenschap',
      partnerName: 'Universiteit Deltaland',
    });

    const duplicate = await call(DEMO.hr, 'POST', '/api/surroundings-contacts', {
      employeeId: f.outsider,
      circle: 'wetenschap',
      partnerName: 'Universiteit Deltaland',
    });
    expect(duplicate.status).toBe(409);

    const updated = await call(DEMO.hr, 'PATCH', `/api/surroundings-contacts/${created.body.id}`, {
      description: 'Onderzoek naar meertaligheid',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.description).toBe('Onderzoek naar meertaligheid');
    expect(updated.body.partnerName).toBe('Universiteit Deltaland');

    const deleted = await call(DEMO.hr, 'DELETE', `/api/surroundings-contacts/${created.body.id}`);
    expect(deleted.status).toBe(204);
    expect(await db.surroundingsContact.findFirst({ where: { id: created.body.id } })).toBeNull();
    const actions = await db.auditEvent.findMany({
      where: { entity: 'SurroundingsContact', entityId: created.body.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((row) => row.action)).toEqual(['create', 'update', 'delete']);
  });

  it('role matrix: manager for their team only; board, trainer, employee refused', async () => {
    const body = { employeeId: f.teamMember, circle: 'buurt', partnerName: 'Buurthuis De Schakel' };
    const created = await call(DEMO.manager, 'POST', '/api/surroundings-contacts', body);
    expect(created.status).toBe(201);
    const before = await db.surroundingsContact.count();
    expect(
      (await call(DEMO.manager, 'POST', '/api/surroundings-contacts', { ...body, employeeId: f.outsider }))
        .status,
    ).toBe(403);
    for (const email of [DEMO.board, DEMO.trainer, DEMO.employee]) {
      expect(
        (await call(email, 'POST', '/api/surroundings-contacts', { ...body, partnerName: 'X' })).status,
      ).toBe(403);
      expect(
        (await call(email, 'PATCH', `/api/surroundings-contacts/${created.body.id}`, { description: 'x' }))
          .status,
      ).toBe(403);
      expect((await call(email, 'DELETE', `/api/surroundings-contacts/${created.body.id}`)).status).toBe(403);
    }
    const outsiderContact = (await contactsOf(f.outsider))[0];
    if (outsiderContact) {
      const patch = await call(DEMO.manager, 'PATCH', `/api/surroundings-contacts/${outsiderContact.id}`, {
        description: 'changed',
      });
      expect(patch.status).toBe(404);
      expect(
        (await call(DEMO.manager, 'DELETE', `/api/surroundings-contacts/${outsiderContact.id}`)).status,
      ).toBe(404);
    }
    expect(await db.surroundingsContact.count()).toBe(before);
    expect((await call(DEMO.manager, 'DELETE', `/api/surroundings-contacts/${created.body.id}`)).status).toBe(
      204,
    );
  });

  it('another tenant: 404 on its ids, 422 for its employee in a body; nothing changes', async () => {
    const contact = (await contactsOf(f.marjo))[0];
    if (!contact) throw new Error('Marjo has seeded contacts');
    const audits = await db.auditEvent.count();
    expect((await call(ZON.hr, 'GET', `/api/surroundings-contacts/${contact.id}`)).status).toBe(404);
    expect(
      (await call(ZON.hr, 'PATCH', `/api/surroundings-contacts/${contact.id}`, { description: 'gekaapt' }))
        .status,
    ).toBe(404);
    expect((await call(ZON.hr, 'DELETE', `/api/surroundings-contacts/${contact.id}`)).status).toBe(404);
    const body = { employeeId: f.marjo, circle: 'buurt', partnerName: 'Zon' };
    const create = await call(ZON.hr, 'POST', '/api/surroundings-contacts', body);
    expect(create.status).toBe(422);
    expect(await db.surroundingsContact.findFirstOrThrow({ where: { id: contact.id } })).toEqual(contact);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it('invalid body → 400 with field paths', async () => {
    const response = await call(DEMO.hr, 'POST', '/api/surroundings-contacts', {
      employeeId: f.marjo,
      circle: 'maan',
      partnerName: '   ',
    });
    expect(response.status).toBe(400);
    expect(errorPaths(response.body)).toEqual(expect.arrayContaining(['body.circle', 'body.partnerName']));
    const contact = (await contactsOf(f.marjo))[0];
    const patch = await call(DEMO.hr, 'PATCH', `/api/surroundings-contacts/${contact?.id}`, {
      partnerName: '',
    });
    expect(patch.status).toBe(400);
    expect(errorPaths(patch.body)).toEqual(['body.partnerName']);
  });
});
