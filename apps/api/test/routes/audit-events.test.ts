import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { buildTestApp, DEMO, type TestApp, ZON } from '../helpers/build.ts';

describe('audit events', () => {
  let t: TestApp;
  let db: ReturnType<typeof createPrismaClient>;
  let siteId: string;
  let startedAt: string;

  beforeAll(async () => {
    t = await buildTestApp();
    db = createPrismaClient(t.databaseUrl);
    startedAt = new Date(Date.now() - 1000).toISOString();
    const created = await t
      .request()
      .post('/api/sites')
      .set(await as(DEMO.hr))
      .send({ name: 'Audit-locatie', city: 'Delft' });
    expect(created.status).toBe(201);
    siteId = created.body.id;
    const updated = await t
      .request()
      .patch(`/api/sites/${siteId}`)
      .set(await as(DEMO.hr))
      .send({ city: 'Den Haag' });
    expect(updated.status).toBe(200);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.close();
  });

  async function as(email: string) {
    return { authorization: `Bearer ${await t.tokenFor(email)}` };
  }

  it('lists events newest first with the actor, for hr and board', async () => {
    for (const email of [DEMO.hr, DEMO.board]) {
      const response = await t
        .request()
        .get(`/api/audit-events?entity=Site&entityId=${siteId}`)
        .set(await as(email));
      expect(response.status, email).toBe(200);
      expect(response.body.total).toBe(2);
      const [newest, oldest] = response.body.items;
      expect(newest.action).toBe('update');
      expect(oldest.action).toBe('create');
      expect(newest.before).toMatchObject({ city: 'Delft' });
      expect(newest.after).toMatchObject({ city: 'Den Haag' });
      expect(newest.actor).toMatchObject({ email: DEMO.hr, name: expect.any(String) });
    }
  });

  it('filters by action, actor and time window and paginates', async () => {
    const hr = await db.user.findUniqueOrThrow({ where: { email: DEMO.hr } });
    const byAction = await t
      .request()
      .get(`/api/audit-events?entityId=${siteId}&action=create&actorUserId=${hr.id}`)
      .set(await as(DEMO.hr));
    expect(byAction.body.total).toBe(1);
    const inWindow = await t
      .request()
      .get(`/api/audit-events?entityId=${siteId}&from=${encodeURIComponent(startedAt)}`)
      .set(await as(DEMO.hr));
    expect(inWindow.body.total).toBe(2);
    const beforeWindow = await t
      .request()
      .get(`/api/audit-events?entityId=${siteId}&to=${encodeURIComponent(startedAt)}`)
      .set(await as(DEMO.hr));
    expect(beforeWindow.body.total).toBe(0);
    const paged = await t
      .request()
      .get(`/api/audit-events?entityId=${siteId}&pageSize=1&page=2`)
      .set(await as(DEMO.hr));
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(paged.body.items[0].action).toBe('create');
  });

  it("never shows an ambition's motivation text", async () => {
    const ambition = await db.ambition.findFirstOrThrow({
      where: { motivation: { not: null }, organisation: { slug: 'demo' } },
    });
    const hr = await db.user.findUniqueOrThrow({ where: { email: DEMO.hr } });
    await db.auditEvent.create({
      data: {
        organisationId: ambition.organisationId,
        actorUserId: hr.id,
        entity: 'Ambition',
        entityId: ambition.id,
        action: 'update',
        before: { id: ambition.id, motivation: 'geheim', area: ambition.area },
        after: { id: ambition.id, motivation: 'nog geheimer', area: ambition.area },
      },
    });
    const response = await t
      .request()
      .get(`/api/audit-events?entity=Ambition&entityId=${ambition.id}`)
      .set(await as(DEMO.board));
    expect(response.status).toBe(200);
    expect(response.body.total).toBeGreaterThan(0);
    expect(JSON.stringify(response.body)).not.toContain('geheim');
    expect(response.body.items[0].after).toMatchObject({ motivation: '[redacted]', area: ambition.area });
  });

  it('refuses manager, trainer, employee (403) and anonymous callers (401)', async () => {
    for (const email of [DEMO.manager, DEMO.trainer, DEMO.employee]) {
      expect(
        (
          await t
            .request()
            .get('/api/audit-events')
            .set(await as(email))
        ).status,
        email,
      ).toBe(403);
    }
    expect((await t.request().get('/api/audit-events')).status).toBe(401);
  });

  it("never shows another tenant's events", async () => {
    const response = await t
      .request()
      .get(`/api/audit-events?entityId=${siteId}`)
      .set(await as(ZON.hr));
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(0);
    const all = await t
      .request()
      .get('/api/audit-events?pageSize=200')
      .set(await as(ZON.board));
    const zonOrg = await db.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } });
    const ids = all.body.items.map((i: { id: string }) => i.id);
    if (ids.length > 0) {
      const rows = await db.auditEvent.findMany({ where: { id: { in: ids } } });
      for (const row of rows) expect(row.organisationId).toBe(zonOrg.id);
    }
  });

  it('answers 400 with field paths for invalid filters, and has no write routes', async () => {
    const response = await t
      .request()
      .get('/api/audit-events?from=gisteren&pageSize=500')
      .set(await as(DEMO.hr));
    expect(response.status).toBe(400);
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.from', 'querystring.pageSize']));
    const post = await t
      .request()
      .post('/api/audit-events')
      .set(await as(DEMO.hr))
      .send({});
    expect(post.status).toBe(404);
    const count = await db.auditEvent.count();
    const del = await t
      .request()
      .delete(`/api/audit-events/${siteId}`)
      .set(await as(DEMO.hr));
    expect(del.status).toBe(404);
    expect(await db.auditEvent.count()).toBe(count);
  });
});
