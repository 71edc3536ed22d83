import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { hashPassword } from '../../src/lib/passwords.ts';
import { hashToken } from '../../src/lib/tokens.ts';
import { buildTestApp, DEMO, TEST_JWT_SECRET, type TestApp } from '../helpers/build.ts';

function base64url(value: object) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signed(payload: object) {
  const head = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${head}.${createHmac('sha256', TEST_JWT_SECRET).update(head).digest('base64url')}`;
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
}

describe('sessions and access tokens', () => {
  let t: TestApp;
  let demoOrg: string;
  let passwordHash: string;

  beforeAll(async () => {
    t = await buildTestApp();
    demoOrg = (await t.app.systemDb.organisation.findUniqueOrThrow({ where: { slug: 'demo' } })).id;
    passwordHash = await hashPassword(DEMO_PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function signIn(email: string) {
    const response = await t
      .request()
      .post('/api/auth/login')
      .send({ email, password: DEMO_PASSWORD, session: 'token' });
    expect(response.status).toBe(200);
    return response.body as { accessToken: string; refreshToken: string };
  }

  const refresh = (refreshToken: string) => t.request().post('/api/auth/refresh').send({ refreshToken });
  const sites = (accessToken: string) =>
    t.request().get('/api/sites').set('authorization', `Bearer ${accessToken}`);
  const createSite = (accessToken: string) =>
    t
      .request()
      .post('/api/sites')
      .set('authorization', `Bearer ${accessToken}`)
      .send({ name: `Sessie ${randomUUID()}` });

  /** A fresh hr login of its own, so changing its membership disturbs no other test. */
  async function newHr() {
    const email = `hr-${randomUUID()}@example.org`;
    const user = await t.app.systemDb.user.create({
      data: {
        email,
        name: 'Tijdelijk HR',
        passwordHash,
        memberships: { create: { organisationId: demoOrg, role: 'hr' } },
      },
      include: { memberships: true },
    });
    const memberId = user.memberships[0]?.id ?? '';
    return { email, userId: user.id, memberId, session: await signIn(email) };
  }

  describe('access tokens need expiry, issuer, audience and subject', () => {
    for (const claim of ['exp', 'iss', 'aud', 'sub']) {
      it(`refuses a correctly signed token without ${claim}`, async () => {
        const { accessToken } = await signIn(DEMO.hr);
        const claims = claimsOf(accessToken);
        expect(claims[claim]).toBeTruthy();
        const { [claim]: _dropped, ...rest } = claims;
        expect((await sites(signed(claims))).status).toBe(200);
        const response = await sites(signed(rest));
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('token_invalid');
      });
    }
  });

  it('stops a removed member from writing with a token issued before', async () => {
    const hr = await newHr();
    expect((await createSite(hr.session.accessToken)).status).toBe(201);
    await t.app.systemDb.organisationMember.deleteMany({ where: { id: hr.memberId } });
    const response = await createSite(hr.session.accessToken);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('membership_ended');
  });

  it('stops a demoted member from writing with the rights of the old role', async () => {
    const hr = await newHr();
    expect((await createSite(hr.session.accessToken)).status).toBe(201);
    await t.app.systemDb.organisationMember.updateMany({
      where: { id: hr.memberId },
      data: { role: 'employee' },
    });
    const response = await createSite(hr.session.accessToken);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('role_changed');
    // A new token carries the new role, which may not create sites.
    const fresh = await refresh(hr.session.refreshToken);
    expect(fresh.body.role).toBe('employee');
    expect((await createSite(fresh.body.accessToken)).status).toBe(403);
  });

  it('stops a disabled account from writing', async () => {
    const hr = await newHr();
    await t.app.systemDb.user.update({ where: { id: hr.userId }, data: { disabledAt: new Date() } });
    expect((await createSite(hr.session.accessToken)).status).toBe(401);
  });

  it('stops a former platform administrator from writing with a token issued before', async () => {
    const email = `beheer-${randomUUID()}@example.org`;
    const admin = await t.app.systemDb.user.create({
      data: { email, name: 'Tijdelijk beheer', passwordHash, isPlatformAdmin: true },
    });
    const { accessToken } = await signIn(email);
    const create = (slug: string) =>
      t
        .request()
        .post('/api/admin/organisations')
        .set('authorization', `Bearer ${accessToken}`)
        .send({ name: `Org ${slug}`, slug, firstHr: { email: `hr@${slug}.example`, name: 'Eerste HR' } });
    expect((await create(`org-${randomUUID().slice(0, 8)}`)).status).toBe(201);
    await t.app.systemDb.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: false } });
    const response = await create(`org-${randomUUID().slice(0, 8)}`);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('role_changed');
  });

  it('refuses a write once the session ended in the database, while reads may still believe it briefly', async () => {
    const hr = await newHr();
    expect((await sites(hr.session.accessToken)).status).toBe(200);
    expect((await createSite(hr.session.accessToken)).status).toBe(201);
    // Revoked as another API process would (this one is not told): its reads keep the session for
    // a few seconds, but a write asks the database afresh.
    await t.app.systemDb.refreshToken.updateMany({
      where: { userId: hr.userId },
      data: { revokedAt: new Date() },
    });
    expect((await sites(hr.session.accessToken)).status).toBe(200);
    const write = await createSite(hr.session.accessToken);
    expect(write.status).toBe(401);
    expect(write.body.code).toBe('session_ended');
    // Having asked, the process no longer believes it for reads either.
    expect((await sites(hr.session.accessToken)).status).toBe(401);
  });

  it('ends the access token with the session at logout', async () => {
    const { accessToken, refreshToken } = await signIn(DEMO.manager);
    expect((await sites(accessToken)).status).toBe(200);
    expect((await t.request().post('/api/auth/logout').send({ refreshToken })).status).toBe(204);
    const response = await sites(accessToken);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('session_ended');
  });

  it('logs out with the access token alone', async () => {
    const { accessToken, refreshToken } = await signIn(DEMO.trainer);
    const logout = await t.request().post('/api/auth/logout').set('authorization', `Bearer ${accessToken}`);
    expect(logout.status).toBe(204);
    expect((await sites(accessToken)).status).toBe(401);
    expect((await refresh(refreshToken)).status).toBe(401);
  });

  it('refuses an organisation token that names no session', async () => {
    const { accessToken } = await signIn(DEMO.hr);
    const { sid: _sid, ...claims } = claimsOf(accessToken);
    expect((await sites(signed(claims))).status).toBe(401);
  });

  describe('refresh grace period', () => {
    it('lets two concurrent refreshes with the same token both succeed, in one family', async () => {
      const { refreshToken } = await signIn(DEMO.board);
      const [a, b] = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.refreshToken).not.toBe(b.body.refreshToken);
      const families = await t.app.systemDb.refreshToken.findMany({
        where: { tokenHash: { in: [a.body.refreshToken, b.body.refreshToken].map(hashToken) } },
        select: { familyId: true },
      });
      expect(new Set(families.map((row) => row.familyId)).size).toBe(1);
      expect(claimsOf(a.body.accessToken).sid).toBe(families[0]?.familyId);
      // Both browsers' next refresh still works.
      expect((await refresh(a.body.refreshToken)).status).toBe(200);
      expect((await refresh(b.body.refreshToken)).status).toBe(200);
    });

    it('lets a late request with the just-rotated token refresh once more', async () => {
      const { refreshToken } = await signIn(DEMO.board);
      const first = await refresh(refreshToken);
      const late = await refresh(refreshToken);
      expect(late.status).toBe(200);
      expect((await refresh(first.body.refreshToken)).status).toBe(200);
    });

    it('still revokes the whole family on a replay after the grace period', async () => {
      const { refreshToken } = await signIn(DEMO.board);
      const first = await refresh(refreshToken);
      await t.app.systemDb.refreshToken.updateMany({
        where: { tokenHash: hashToken(refreshToken) },
        data: { revokedAt: new Date(Date.now() - 31_000) },
      });
      const replay = await refresh(refreshToken);
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('refresh_reused');
      expect((await refresh(first.body.refreshToken)).status).toBe(401);
      expect((await sites(first.body.accessToken)).status).toBe(401);
    });

    it('gives no grace after logout', async () => {
      const { refreshToken } = await signIn(DEMO.board);
      const first = await refresh(refreshToken);
      await t.request().post('/api/auth/logout').send({ refreshToken: first.body.refreshToken });
      const late = await refresh(refreshToken);
      expect(late.status).toBe(401);
      expect(late.body.code).toBe('refresh_reused');
    });
  });
});
