import { ROLE_CATALOGUE } from '@teamspiegel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma-client.ts';
import { buildTestApp, DEMO, PLATFORM_ADMIN, type TestApp } from '../helpers/build.ts';

describe('platform administration', () => {
  let t: TestApp;
  let db: ReturnType<typeof createPrismaClient>;

  beforeAll(async () => {
    t = await buildTestApp();
    db = createPrismaClient(t.databaseUrl);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.close();
  });

  async function as(email: string) {
    return { authorization: `Bearer ${await t.tokenFor(email)}` };
  }

  it('creates an organisation with its role catalogue and invites the first HR user', async () => {
    const response = await t
      .request()
      .post('/api/admin/organisations')
      .set(await as(PLATFORM_ADMIN))
      .send({
        name: 'Kindcentra Noord',
        slug: 'kindcentra-noord',
        firstHr: { email: 'HR@Noord.example', name: 'Hanna Noord' },
      });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.organisation).toMatchObject({
      name: 'Kindcentra Noord',
      slug: 'kindcentra-noord',
      memberCount: 0,
    });
    expect(response.body.roleDefinitionCount).toBe(ROLE_CATALOGUE.length);
    expect(response.body.invitation).toMatchObject({
      email: 'hr@noord.example',
      role: 'hr',
      status: 'pending',
    });

    const organisationId = response.body.organisation.id as string;
    const roles = await db.roleDefinition.findMany({ where: { organisationId } });
    expect(roles).toHaveLength(ROLE_CATALOGUE.length);
    expect(roles.every((role) => role.fromCatalogue)).toBe(true);
    expect(roles.map((r) => r.key).sort()).toEqual(ROLE_CATALOGUE.map((r) => r.id).sort());
    expect(
      await db.auditEvent.count({
        where: { organisationId, entity: 'Organisation', action: 'create' },
      }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({ where: { organisationId, entity: 'Invitation', action: 'create' } }),
    ).toBe(1);

    const mail = t.mails.at(-1);
    expect(mail?.to).toBe('hr@noord.example');
    const token = decodeURIComponent(mail?.link?.split('/uitnodiging/')[1] ?? '');
    const accepted = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token, password: 'noord-wachtwoord-123', session: 'token' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ role: 'hr', organisation: { id: organisationId } });
    const members = await t
      .request()
      .get('/api/members')
      .set('authorization', `Bearer ${accepted.body.accessToken}`);
    expect(members.status).toBe(200);
    expect(members.body.total).toBe(1);
  });

  it('lists organisations (paginated) with their size', async () => {
    const response = await t
      .request()
      .get('/api/admin/organisations?pageSize=1')
      .set(await as(PLATFORM_ADMIN));
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    expect(response.body.total).toBe(await db.organisation.count());
    const demo = await t
      .request()
      .get('/api/admin/organisations?q=demo')
      .set(await as(PLATFORM_ADMIN));
    const row = demo.body.items.find((o: { slug: string }) => o.slug === 'demo');
    expect(row.employeeCount).toBeGreaterThan(0);
    expect(row.teamCount).toBeGreaterThan(0);
  });

  it('refuses a taken slug (409) and invalid bodies (400) without creating anything', async () => {
    const before = await db.organisation.count();
    const taken = await t
      .request()
      .post('/api/admin/organisations')
      .set(await as(PLATFORM_ADMIN))
      .send({ name: 'Nog een demo', slug: 'demo', firstHr: { email: 'hr@nog.example', name: 'HR' } });
    expect(taken.status).toBe(409);
    const invalid = await t
      .request()
      .post('/api/admin/organisations')
      .set(await as(PLATFORM_ADMIN))
      .send({ name: '', slug: 'Geen Slug!', firstHr: { email: 'nee' } });
    expect(invalid.status).toBe(400);
    const paths = invalid.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.name', 'body.slug', 'body.firstHr.email', 'body.firstHr.name']),
    );
    expect(await db.organisation.count()).toBe(before);
  });

  it('is for platform administrators only', async () => {
    for (const email of Object.values(DEMO)) {
      expect(
        (
          await t
            .request()
            .get('/api/admin/organisations')
            .set(await as(email))
        ).status,
        email,
      ).toBe(403);
      const post = await t
        .request()
        .post('/api/admin/organisations')
        .set(await as(email))
        .send({ name: 'X', slug: 'x-org', firstHr: { email: 'x@x.example', name: 'X' } });
      expect(post.status, email).toBe(403);
    }
    expect((await t.request().get('/api/admin/organisations')).status).toBe(401);
    expect(await db.organisation.findUnique({ where: { slug: 'x-org' } })).toBeNull();
  });
});
