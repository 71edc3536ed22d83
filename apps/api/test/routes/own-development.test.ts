import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO, peopleFixtures, type TestDb, testDb } from '../helpers/people-fixtures.ts';

/**
 * The employee's own development (issue 15, item 10): notifications the database writes for the
 * outcomes of her validation requests and for actions planned for her, her requests for training or
 * coaching (seen by hr and her manager, declined with an answer), and the preview of an unsaved
 * ambition's effect (item 8).
 */
let t: TestApp;
let db: TestDb;
let call: Call;
let f: Awaited<ReturnType<typeof peopleFixtures>>;

type Notification = {
  id: string;
  kind: string;
  area: string | null;
  level: string | null;
  note: string | null;
  actionTitle: string | null;
  readAt: string | null;
};

beforeAll(async () => {
  t = await buildTestApp();
  db = testDb(t);
  call = caller(t);
  f = await peopleFixtures(db);
});
afterAll(async () => {
  await db?.$disconnect();
  await t?.close();
});

async function notifications(): Promise<{ items: Notification[]; unread: number }> {
  const response = await call(DEMO.employee, 'GET', '/api/me/notifications');
  expect(response.status).toBe(200);
  return response.body;
}

/** A fresh self-assessment of hers in `area` (through her own profile, as she would). */
async function selfAssess(area: string, level: string) {
  const row = await db.areaLevel.findFirst({
    where: { employeeId: f.marjo, area: area as never, isCurrent: true },
  });
  if (row)
    await db.areaLevel.updateMany({ where: { id: row.id }, data: { isCurrent: null, validTo: new Date() } });
  return db.areaLevel.create({
    data: {
      organisationId: f.demoId,
      employeeId: f.marjo,
      area: area as never,
      level: level as never,
      status: 'self_assessed',
      validFrom: new Date(Date.now() + 1),
    },
  });
}

describe('notifications', () => {
  it('tell her a validation outcome: approved as is, or adjusted with the note', async () => {
    const before = await notifications();

    const approved = await selfAssess('verzorging', 'starter');
    const approve = await call(DEMO.manager, 'POST', `/api/area-levels/${approved.id}/validate`, {
      decision: 'approve',
    });
    expect(approve.status, JSON.stringify(approve.body)).toBe(201);

    const adjusted = await selfAssess('pedagogiek', 'expert');
    const adjust = await call(DEMO.manager, 'POST', `/api/area-levels/${adjusted.id}/validate`, {
      decision: 'adjust',
      level: 'ervaren',
      comment: 'Nog een jaar ervaring opdoen met de peutergroep.',
    });
    expect(adjust.status, JSON.stringify(adjust.body)).toBe(201);

    const after = await notifications();
    expect(after.unread).toBe(before.unread + 2);
    expect(after.items[0]).toMatchObject({
      kind: 'level_adjusted',
      area: 'pedagogiek',
      level: 'ervaren',
      note: 'Nog een jaar ervaring opdoen met de peutergroep.',
      readAt: null,
    });
    expect(after.items[1]).toMatchObject({ kind: 'level_validated', area: 'verzorging', level: 'starter' });

    // A validated level hr changes directly (no self-assessment of hers decided) tells her nothing.
    const set = (level: string) =>
      call(DEMO.hr, 'POST', '/api/area-levels', { employeeId: f.marjo, area: 'didactiek', level });
    expect([200, 201]).toContain((await set('starter')).status);
    const counted = (await notifications()).unread;
    expect([200, 201]).toContain((await set('ervaren')).status);
    expect((await notifications()).unread).toBe(counted);
  });

  it('tell her an action was planned for her, and mark read (one, then all)', async () => {
    const planned = await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'training',
      title: 'Cursus EHBO voor kinderen',
      employeeId: f.marjo,
      area: 'gezondheid',
      targetLevel: 'ervaren',
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const list = await notifications();
    const first = list.items[0] as Notification;
    expect(first).toMatchObject({ kind: 'action_planned', actionTitle: 'Cursus EHBO voor kinderen' });

    const read = await call(DEMO.employee, 'POST', `/api/me/notifications/${first.id}/read`);
    expect(read.status).toBe(204);
    const once = await notifications();
    expect(once.unread).toBe(list.unread - 1);
    expect(once.items[0]?.readAt).not.toBeNull();

    // Someone else's notification is not hers to read: 404, as if it did not exist.
    const others = await call(DEMO.manager, 'POST', `/api/me/notifications/${first.id}/read`);
    expect(others.status).toBe(404);

    expect((await call(DEMO.employee, 'POST', '/api/me/notifications/read-all')).status).toBe(204);
    expect((await notifications()).unread).toBe(0);
  });
});

describe('requests for training or coaching', () => {
  async function activeAmbition(area: 'onderzoek_innovatie' | 'professionele_versterking') {
    return db.ambition.create({
      data: {
        organisationId: f.demoId,
        employeeId: f.marjo,
        direction: 'verbreden',
        area,
        targetLevel: 'starter',
        status: 'active',
      },
    });
  }

  it('she asks for one of her ambitions; hr and her manager see it; planning answers it', async () => {
    const ambition = await activeAmbition('onderzoek_innovatie');
    const created = await call(DEMO.employee, 'POST', '/api/me/development-requests', {
      ambitionId: ambition.id,
      type: 'coaching',
      note: 'Graag iemand die praktijkonderzoek kent.',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      employeeId: f.marjo,
      type: 'coaching',
      area: 'onderzoek_innovatie',
      targetLevel: 'starter',
      status: 'open',
    });
    const again = await call(DEMO.employee, 'POST', '/api/me/development-requests', {
      ambitionId: ambition.id,
      type: 'coaching',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('request_open');

    for (const who of [DEMO.hr, DEMO.manager, DEMO.employee]) {
      const list = await call(who, 'GET', '/api/development-requests?status=open');
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
    }

    const planned = await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'coaching',
      title: 'Coaching praktijkonderzoek',
      employeeId: f.marjo,
      area: 'onderzoek_innovatie',
      targetLevel: 'starter',
    });
    expect(planned.status).toBe(201);
    const mine = await call(DEMO.employee, 'GET', '/api/me/development');
    expect(mine.status).toBe(200);
    expect(mine.body.requests.find((r: { id: string }) => r.id === created.body.id)).toMatchObject({
      status: 'planned',
    });
    expect(mine.body.actions.map((a: { title: string }) => a.title)).toContain('Coaching praktijkonderzoek');
  });

  it('a manager cannot see requests of people outside her teams', async () => {
    const outsider = await db.developmentRequest.create({
      data: {
        organisationId: f.demoId,
        employeeId: f.outsider,
        type: 'training',
        area: 'didactiek',
        targetLevel: 'ervaren',
      },
    });
    const list = await call(DEMO.manager, 'GET', '/api/development-requests?pageSize=200');
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(outsider.id);
    const hr = await call(DEMO.hr, 'GET', '/api/development-requests?pageSize=200');
    expect(hr.body.items.map((item: { id: string }) => item.id)).toContain(outsider.id);
  });

  it('hr declines with an answer: she is told why; a second answer is a conflict', async () => {
    const ambition = await activeAmbition('professionele_versterking');
    const created = await call(DEMO.employee, 'POST', '/api/me/development-requests', {
      ambitionId: ambition.id,
      type: 'training',
    });
    expect(created.status).toBe(201);
    const declined = await call(DEMO.hr, 'POST', `/api/development-requests/${created.body.id}/decline`, {
      answer: 'Dit jaar is het budget op; we plannen het in januari.',
    });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', answer: expect.stringContaining('januari') });
    expect((await notifications()).items[0]).toMatchObject({
      kind: 'request_declined',
      area: 'professionele_versterking',
      note: 'Dit jaar is het budget op; we plannen het in januari.',
    });
    const twice = await call(DEMO.hr, 'POST', `/api/development-requests/${created.body.id}/decline`, {
      answer: 'Nogmaals.',
    });
    expect(twice.status).toBe(409);
  });

  it('refuses an ambition that is not one of her active ones (422), nothing written', async () => {
    const count = await db.developmentRequest.count();
    const response = await call(DEMO.employee, 'POST', '/api/me/development-requests', {
      ambitionId: '00000000-0000-4000-8000-000000000000',
      type: 'training',
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('no_such_ambition');
    expect(await db.developmentRequest.count()).toBe(count);
  });
});

describe('GET /api/me/ambition-impact/preview', () => {
  it('gives for an unsaved ambition what the saved one would show', async () => {
    const profile = await call(DEMO.employee, 'GET', '/api/me/profile');
    const teamId = profile.body.teams[0].id as string;
    const requirement = await call(DEMO.hr, 'POST', '/api/team-requirements', {
      teamId,
      kind: 'area',
      area: 'organisatie_samenwerking',
      minLevel: 'expert',
      count: 30,
    });
    expect(requirement.status).toBe(201);
    const preview = await call(
      DEMO.employee,
      'GET',
      '/api/me/ambition-impact/preview?area=organisatie_samenwerking&targetLevel=expert',
    );
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const line = preview.body.requirements.find(
      (item: { requirementId: string }) => item.requirementId === requirement.body.id,
    );
    expect(line).toMatchObject({ closesGap: true, count: 30 });
    expect(line.after.gap).toBe(line.before.gap - 1);

    const saved = await db.ambition.create({
      data: {
        organisationId: f.demoId,
        employeeId: f.marjo,
        direction: 'verbreden',
        area: 'organisatie_samenwerking',
        targetLevel: 'expert',
        status: 'active',
      },
    });
    const impact = await call(DEMO.employee, 'GET', '/api/me/ambition-impact');
    const same = impact.body.ambitions.find((item: { ambitionId: string }) => item.ambitionId === saved.id);
    expect(same.requirements).toEqual(preview.body.requirements);

    const bad = await call(
      DEMO.employee,
      'GET',
      '/api/me/ambition-impact/preview?area=nope&targetLevel=expert',
    );
    expect(bad.status).toBe(400);
  });
});
