import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-logins.ts';
import { hashToken } from '../../src/lib/tokens.ts';
import { DEMO, type TestApp, ZON } from '../helpers/build.ts';
import type { TestDb } from '../helpers/people-fixtures.ts';
import { setUpTestApp, type TestContext } from '../helpers/suite.ts';

describe('invitations', () => {
  let t: TestApp;
  let db: TestDb;
  let demoOrg: string;
  let zonOrg: string;
  let as: TestContext['as'];

  setUpTestApp((ctx) => {
    ({ t, db, demoOrg, zonOrg, as } = ctx);
  });
  async function invite(body: Record<string, unknown>, email: string = DEMO.hr) {
    return t
      .request()
      .post('/api/invitations')
      .set(await as(email))
      .send(body);
  }
  function tokenFromLastMail(to: string) {
    const mail = [...t.mails].reverse().find((m) => m.to === to);
    if (!mail?.link) throw new Error(`no mail to ${to}`);
    const token = decodeURIComponent(mail.link.split('/uitnodiging/')[1] ?? '');
    expect(token.length).toBeGreaterThan(20);
    return token;
  }

  it('runs the whole flow: invite → mail → preview → accept → sign in; a used token is refused', async () => {
    const employee = await db.employee.findFirstOrThrow({
      where: { organisationId: demoOrg, userId: null },
    });
    const email = 'nieuwe.collega@example.org';
    const created = await invite({
      email: 'Nieuwe.Collega@Example.org',
      name: 'Nieuwe Collega',
      role: 'employee',
      employeeId: employee.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      email,
      role: 'employee',
      employeeId: employee.id,
      status: 'pending',
      acceptedAt: null,
    });
    const expiresIn = new Date(created.body.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(6.9 * 86_400_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 86_400_000);

    const mail = t.mails.at(-1);
    expect(mail?.to).toBe(email);
    // The link's token names its organisation (a single-shard lookup on Citus), then the secret.
    expect(mail?.link).toMatch(new RegExp(`/uitnodiging/${demoOrg}\\.[A-Za-z0-9_-]{43}$`));
    const token = tokenFromLastMail(email);
    const row = await db.invitation.findFirstOrThrow({ where: { id: created.body.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(await db.auditEvent.count({ where: { entityId: row.id, action: 'create' } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(JSON.stringify(audit.after)).not.toContain(row.tokenHash);

    const preview = await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(token)}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      email,
      name: 'Nieuwe Collega',
      role: 'employee',
      accountExists: false,
    });
    expect(preview.body.organisation.name).toEqual(expect.any(String));

    const short = await t.request().post('/api/invitations/accept').send({ token, password: 'kort' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].path).toBe('body.password');

    const password = 'een-lang-en-sterk-wachtwoord';
    const accepted = await t.request().post('/api/invitations/accept').send({ token, password });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ role: 'employee', employeeId: employee.id, tokenType: 'Bearer' });
    expect(accepted.body.organisation.id).toBe(demoOrg);
    expect(accepted.body.refreshToken).toBeUndefined();
    expect(String(accepted.headers['set-cookie'])).toMatch(/ts_refresh=.*HttpOnly/i);

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await db.employee.findFirstOrThrow({ where: { id: employee.id } })).userId).toBe(user.id);
    const member = await db.organisationMember.findFirstOrThrow({
      where: { organisationId: demoOrg, userId: user.id },
    });
    expect(member).toMatchObject({ role: 'employee', employeeId: employee.id });
    expect((await db.invitation.findFirstOrThrow({ where: { id: row.id } })).acceptedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: row.id, action: 'accept' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: member.id, action: 'create' } })).toBe(1);

    const me = await t.request().get('/api/me').set('authorization', `Bearer ${accepted.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.employeeId).toBe(employee.id);

    const login = await t.request().post('/api/auth/login').send({ email, password });
    expect(login.status).toBe(200);
    expect(login.body.role).toBe('employee');

    const reused = await t.request().post('/api/invitations/accept').send({ token, password });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('invitation_used');
    const reusedPreview = await t
      .request()
      .get(`/api/invitations/preview?token=${encodeURIComponent(token)}`);
    expect(reusedPreview.status).toBe(409);
    expect(await db.organisationMember.count({ where: { userId: user.id } })).toBe(1);

    const list = await t
      .request()
      .get('/api/invitations?status=accepted')
      .set(await as(DEMO.board));
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(row.id);
    for (const item of list.body.items) expect(item.status).toBe('accepted');
  });

  it('returns a token session on request', async () => {
    await invite({ email: 'token.sessie@example.org', name: 'Token Sessie', role: 'manager' }, DEMO.board);
    const token = tokenFromLastMail('token.sessie@example.org');
    const accepted = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token, password: 'nog-een-lang-wachtwoord', name: 'Eigen Naam', session: 'token' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.refreshToken).toEqual(expect.any(String));
    expect(accepted.body.user.name).toBe('Eigen Naam');
    expect(accepted.body.role).toBe('manager');
  });

  it('lets an existing account join with its own password only', async () => {
    await invite({ email: ZON.hr, name: 'Tamara Blom', role: 'board' }, DEMO.board);
    const token = tokenFromLastMail(ZON.hr);
    const preview = await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(token)}`);
    expect(preview.body.accountExists).toBe(true);
    const wrong = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token, password: 'helemaal-niet-juist' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    const pending = await db.invitation.findFirstOrThrow({
      where: { email: ZON.hr, organisationId: demoOrg },
    });
    expect(pending.acceptedAt).toBeNull();
    const right = await t.request().post('/api/invitations/accept').send({ token, password: DEMO_PASSWORD });
    expect(right.status).toBe(200);
    expect(right.body.organisation.id).toBe(demoOrg);
    expect(right.body.role).toBe('board');
    expect(right.body.organisations.map((o: { id: string }) => o.id).sort()).toEqual(
      [demoOrg, zonOrg].sort(),
    );
  });

  it('revokes (then 410) and expires (410) invitations', async () => {
    const created = await invite({ email: 'ingetrokken@example.org', name: 'Ingetrokken', role: 'employee' });
    const token = tokenFromLastMail('ingetrokken@example.org');
    const foreign = await t
      .request()
      .delete(`/api/invitations/${created.body.id}`)
      .set(await as(ZON.hr));
    expect(foreign.status).toBe(404);
    expect((await db.invitation.findFirstOrThrow({ where: { id: created.body.id } })).revokedAt).toBeNull();
    expect(
      (
        await t
          .request()
          .delete(`/api/invitations/${created.body.id}`)
          .set(await as(DEMO.manager))
      ).status,
    ).toBe(403);

    const revoked = await t
      .request()
      .delete(`/api/invitations/${created.body.id}`)
      .set(await as(DEMO.hr));
    expect(revoked.status).toBe(204);
    expect(await db.auditEvent.count({ where: { entityId: created.body.id, action: 'revoke' } })).toBe(1);
    const preview = await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(token)}`);
    expect(preview.status).toBe(410);
    expect(preview.body.code).toBe('invitation_revoked');
    const accept = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token, password: 'een-lang-wachtwoord' });
    expect(accept.status).toBe(410);
    expect(await db.user.findUnique({ where: { email: 'ingetrokken@example.org' } })).toBeNull();

    const old = await invite({ email: 'verlopen@example.org', name: 'Verlopen', role: 'employee' });
    const oldToken = tokenFromLastMail('verlopen@example.org');
    await db.invitation.updateMany({
      where: { id: old.body.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(oldToken)}`);
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('invitation_expired');
    const acceptExpired = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token: oldToken, password: 'een-lang-wachtwoord' });
    expect(acceptExpired.status).toBe(410);
    const list = await t
      .request()
      .get('/api/invitations?status=expired')
      .set(await as(DEMO.hr));
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(old.body.id);

    const unknown = await t.request().get(`/api/invitations/preview?token=${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
  });

  it('refuses a second invitation to an address with a pending one (double submit), also when sent at once', async () => {
    const first = await invite({ email: 'dubbel@example.org', name: 'Dubbel', role: 'employee' });
    expect(first.status).toBe(201);
    const firstToken = tokenFromLastMail('dubbel@example.org');
    const mailsBefore = t.mails.length;
    const second = await invite({ email: 'dubbel@example.org', name: 'Dubbel', role: 'employee' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('invitation_pending');
    expect(t.mails.length).toBe(mailsBefore);
    expect((await db.invitation.findFirstOrThrow({ where: { id: first.body.id } })).revokedAt).toBeNull();
    expect(
      (await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(firstToken)}`)).status,
    ).toBe(200);

    const body = { email: 'tegelijk@example.org', name: 'Tegelijk', role: 'employee' };
    const [a, b] = await Promise.all([invite(body), invite(body)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await db.invitation.count({ where: { organisationId: demoOrg, email: body.email } })).toBe(1);

    // Once revoked, the address may be invited again.
    const revoked = await t
      .request()
      .delete(`/api/invitations/${first.body.id}`)
      .set(await as(DEMO.hr));
    expect(revoked.status).toBe(204);
    expect((await invite({ email: 'dubbel@example.org', name: 'Dubbel', role: 'employee' })).status).toBe(
      201,
    );
  });

  it('resends a pending invitation with a new link (the old one stops working); not a revoked or used one', async () => {
    const created = await invite({ email: 'opnieuw@example.org', name: 'Opnieuw', role: 'trainer' });
    const oldToken = tokenFromLastMail('opnieuw@example.org');
    await db.invitation.updateMany({
      where: { id: created.body.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const resent = await t
      .request()
      .post(`/api/invitations/${created.body.id}/resend`)
      .set(await as(DEMO.hr));
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    expect(resent.body).toMatchObject({ id: created.body.id, status: 'pending' });
    expect(new Date(resent.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const newToken = tokenFromLastMail('opnieuw@example.org');
    expect(newToken).not.toBe(oldToken);
    expect(
      (await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(oldToken)}`)).status,
    ).toBe(404);
    expect(
      (await t.request().get(`/api/invitations/preview?token=${encodeURIComponent(newToken)}`)).status,
    ).toBe(200);
    expect(await db.auditEvent.count({ where: { entityId: created.body.id, action: 'resend' } })).toBe(1);

    const byManager = await t
      .request()
      .post(`/api/invitations/${created.body.id}/resend`)
      .set(await as(DEMO.manager));
    expect(byManager.status).toBe(403);

    await t
      .request()
      .post('/api/invitations/accept')
      .send({ token: newToken, password: 'een-lang-en-sterk-wachtwoord' });
    const used = await t
      .request()
      .post(`/api/invitations/${created.body.id}/resend`)
      .set(await as(DEMO.hr));
    expect(used.status).toBe(409);
    expect(used.body.code).toBe('invitation_used');

    const other = await invite({ email: 'ingetrokken@example.org', name: 'Ingetrokken', role: 'employee' });
    await t
      .request()
      .delete(`/api/invitations/${other.body.id}`)
      .set(await as(DEMO.hr));
    const mailsBefore = t.mails.length;
    const revoked = await t
      .request()
      .post(`/api/invitations/${other.body.id}/resend`)
      .set(await as(DEMO.hr));
    expect(revoked.status).toBe(409);
    expect(revoked.body.code).toBe('invitation_revoked');
    expect(t.mails.length).toBe(mailsBefore);
  });

  it('invites a manager with the teams they will lead; only a manager leads teams, only own teams', async () => {
    const teams = await db.team.findMany({
      where: { organisationId: demoOrg },
      orderBy: { id: 'asc' },
      take: 2,
    });
    const teamIds = teams.map((team) => team.id);
    const created = await invite({
      email: 'nieuwe.leider@example.org',
      name: 'Nieuwe Leider',
      role: 'manager',
      managedTeamIds: teamIds,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.managedTeams.map((team: { id: string }) => team.id).sort()).toEqual(
      [...teamIds].sort(),
    );
    const token = tokenFromLastMail('nieuwe.leider@example.org');
    const accepted = await t
      .request()
      .post('/api/invitations/accept')
      .send({ token, password: 'een-lang-en-sterk-wachtwoord', session: 'token' });
    expect(accepted.status).toBe(200);
    const member = await db.organisationMember.findFirstOrThrow({
      where: { organisationId: demoOrg, user: { email: 'nieuwe.leider@example.org' } },
      include: { managedTeams: true },
    });
    expect(member.managedTeams.map((m) => m.teamId).sort()).toEqual([...teamIds].sort());

    const notAManager = await invite({
      email: 'geen.leider@example.org',
      name: 'Geen Leider',
      role: 'employee',
      managedTeamIds: teamIds,
    });
    expect(notAManager.status).toBe(422);
    expect(notAManager.body.errors.map((e: { path: string }) => e.path)).toContain('body.managedTeamIds');
    const zonTeam = await db.team.findFirstOrThrow({ where: { organisationId: zonOrg } });
    const foreignTeam = await invite({
      email: 'vreemde.leider@example.org',
      name: 'Vreemde Leider',
      role: 'manager',
      managedTeamIds: [zonTeam.id],
    });
    expect(foreignTeam.status).toBe(422);
    expect(
      await db.invitation.count({
        where: { email: { in: ['geen.leider@example.org', 'vreemde.leider@example.org'] } },
      }),
    ).toBe(0);
  });

  it('refuses other roles (403), members (409), invalid bodies (400) and foreign employees (422)', async () => {
    for (const email of [DEMO.manager, DEMO.trainer, DEMO.employee]) {
      expect(
        (await invite({ email: 'x@example.org', name: 'X', role: 'employee' }, email)).status,
        email,
      ).toBe(403);
      expect(
        (
          await t
            .request()
            .get('/api/invitations')
            .set(await as(email))
        ).status,
        email,
      ).toBe(403);
    }
    const member = await invite({ email: DEMO.manager, name: 'Jeroen', role: 'manager' });
    expect(member.status).toBe(409);
    expect(member.body.code).toBe('already_member');
    const invalid = await invite({ email: 'geen-adres', name: '', role: 'owner' });
    expect(invalid.status).toBe(400);
    const paths = invalid.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.name', 'body.role']));
    const zonEmployee = await db.employee.findFirstOrThrow({ where: { organisationId: zonOrg } });
    const before = await db.invitation.count();
    const mailsBefore = t.mails.length;
    const foreign = await invite({
      email: 'vreemd@example.org',
      name: 'Vreemd',
      role: 'employee',
      employeeId: zonEmployee.id,
    });
    expect(foreign.status).toBe(422);
    expect(await db.invitation.count()).toBe(before);
    expect(t.mails.length).toBe(mailsBefore);
  });

  it('invites and revokes only roles one may grant: board any, hr never board', async () => {
    const before = await db.invitation.count();
    const mailsBefore = t.mails.length;
    const byHr = await invite({ email: 'nieuw-bestuur@example.org', name: 'Bestuurder', role: 'board' });
    expect(byHr.status).toBe(403);
    expect(byHr.body.code).toBe('role_not_grantable');
    expect(await db.invitation.count()).toBe(before);
    expect(t.mails.length).toBe(mailsBefore);

    const hrByBoard = await invite({ email: 'nieuwe-hr@example.org', name: 'HR', role: 'hr' }, DEMO.board);
    expect(hrByBoard.status).toBe(201);
    const boardByBoard = await invite(
      { email: 'nieuw-bestuur@example.org', name: 'Bestuurder', role: 'board' },
      DEMO.board,
    );
    expect(boardByBoard.status).toBe(201);

    const revokeByHr = await t
      .request()
      .delete(`/api/invitations/${boardByBoard.body.id}`)
      .set(await as(DEMO.hr));
    expect(revokeByHr.status).toBe(403);
    expect(revokeByHr.body.code).toBe('role_not_grantable');
    expect(
      (await db.invitation.findFirstOrThrow({ where: { id: boardByBoard.body.id } })).revokedAt,
    ).toBeNull();
    const revokeByBoard = await t
      .request()
      .delete(`/api/invitations/${boardByBoard.body.id}`)
      .set(await as(DEMO.board));
    expect(revokeByBoard.status).toBe(204);
  });

  it("lists only the organisation's invitations", async () => {
    const response = await t
      .request()
      .get('/api/invitations?pageSize=200')
      .set(await as(ZON.hr));
    expect(response.status).toBe(200);
    const demoIds = new Set(
      (await db.invitation.findMany({ where: { organisationId: demoOrg } })).map((i) => i.id),
    );
    for (const item of response.body.items) expect(demoIds.has(item.id)).toBe(false);
  });
});
