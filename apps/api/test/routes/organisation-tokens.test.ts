import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { hashToken } from '../../src/lib/tokens.ts';
import { DEMO, type TestApp } from '../helpers/build.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { setUpTestApp, type TestContext } from '../helpers/suite.ts';

/**
 * Refresh and invitation tokens name their organisation (`<organisationId>.<secret>`), so their
 * lookup is a single-shard query on Citus (docs/scaling.md); tokens handed out before the prefix
 * (no organisation) keep working, and a token moved to another organisation's prefix finds nothing.
 */
describe('tokens named by their organisation', () => {
  let t: TestApp;
  let db: TestDb;
  let demoOrg: string;
  let zonOrg: string;
  let as: TestContext['as'];
  setUpTestApp((ctx) => {
    ({ t, db, demoOrg, zonOrg, as } = ctx);
  });

  const legacyToken = () => randomBytes(32).toString('base64url');
  const login = async () => {
    const response = await t
      .request()
      .post('/api/auth/login')
      .send({ email: DEMO.manager, password: DEMO_PASSWORD, session: 'token' });
    expect(response.status).toBe(200);
    return response.body.refreshToken as string;
  };

  it('issues refresh tokens that start with the organisation of the session', async () => {
    const token = await login();
    expect(token.startsWith(`${demoOrg}.`)).toBe(true);
    const row = await db.refreshToken.findFirstOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.organisationId).toBe(demoOrg);
    const rotated = await t.request().post('/api/auth/refresh').send({ refreshToken: token });
    expect(rotated.status).toBe(200);
    expect(String(rotated.body.refreshToken).startsWith(`${demoOrg}.`)).toBe(true);
  });

  it('still rotates a refresh token issued before the prefix', async () => {
    const token = await login();
    const legacy = legacyToken();
    await db.refreshToken.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { tokenHash: hashToken(legacy) },
    });
    const rotated = await t.request().post('/api/auth/refresh').send({ refreshToken: legacy });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
    expect(String(rotated.body.refreshToken).startsWith(`${demoOrg}.`)).toBe(true);
  });

  it("finds nothing for a token moved to another organisation's prefix", async () => {
    const token = await login();
    const moved = `${zonOrg}${token.slice(demoOrg.length)}`;
    // Stored under the moved token's hash, but in its own organisation: the prefix must match the row.
    await db.refreshToken.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { tokenHash: hashToken(moved) },
    });
    const refused = await t.request().post('/api/auth/refresh').send({ refreshToken: moved });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('refresh_invalid');
  });

  it('still previews and accepts an invitation link issued before the prefix', async () => {
    const email = 'oude-link@demo.teamspiegel.nl';
    const created = await t
      .request()
      .post('/api/invitations')
      .set(await as(DEMO.hr))
      .send({ email, name: 'Oude Link', role: 'trainer' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const legacy = legacyToken();
    await db.invitation.updateMany({
      where: { organisationId: demoOrg, id: created.body.id },
      data: { tokenHash: hashToken(legacy) },
    });
    const preview = await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(legacy)}`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.email).toBe(email);
    const accepted = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token: legacy, password: 'een-lang-en-sterk-wachtwoord' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.organisation.id).toBe(demoOrg);
  });
});
