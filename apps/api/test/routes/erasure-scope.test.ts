import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build.ts';
import { type Call, caller, DEMO, type TestDb, testDb } from '../helpers/people-fixtures.ts';

/**
 * Erasure replaces exact identifiers (the person's rows, full name, e-mail address) and nothing
 * else: not a short display name inside hashes and tokens, not someone else's free text.
 */
const FIRST = 'Edda';
const LAST = 'Bakker';
const EMAIL = 'edda.bakker@voorbeeld-wissen.nl';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Hex, so it can sit inside a token hash: "edda" is the leaver's display name. */
const HASH_WITH_NAME = `${'0'.repeat(28)}edda${'0'.repeat(32)}`;
const REFRESH_HASH_WITH_NAME = `${'1'.repeat(28)}edda${'1'.repeat(32)}`;
const OTHER_NOTES = `Overleg met ${FIRST} ${LAST} over de planning; ${FIRST} neemt het over.`;

let t: TestApp;
let db: TestDb;
let call: Call;
let leaverId: string;
let otherActionId: string;
let otherInvitationId: string;
let refreshTokenId: string;
let teamId: string;

beforeAll(async () => {
  t = await buildTestApp();
  db = testDb(t);
  call = caller(t);
  const demo = await db.organisation.findUniqueOrThrow({ where: { slug: 'demo' } });
  const ok = (response: { status: number; body: unknown }, status = 201) => {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response.body as { id: string; version: number };
  };

  leaverId = ok(
    await call(DEMO.hr, 'POST', '/api/employees', { firstName: FIRST, lastName: LAST, email: EMAIL }),
  ).id;
  // Invited under a short display name, which becomes the login's name.
  ok(
    await call(DEMO.hr, 'POST', '/api/invitations', {
      email: EMAIL,
      name: FIRST,
      role: 'employee',
      employeeId: leaverId,
    }),
  );
  const link = [...t.mails].reverse().find((mail) => mail.to === EMAIL)?.link ?? '';
  const accepted = await t.app.inject({
    method: 'POST',
    url: '/api/invitations/accept',
    payload: {
      token: decodeURIComponent(link.split('/uitnodiging/')[1] ?? ''),
      password: 'Edda-wachtwoord-2026!',
      session: 'token',
    },
  });
  expect(accepted.statusCode, accepted.body).toBe(200);

  // Someone else's pending invitation and session whose token hashes happen to contain "edda".
  otherInvitationId = ok(
    await call(DEMO.hr, 'POST', '/api/invitations', {
      email: 'ander@voorbeeld-wissen.nl',
      name: 'Ander',
      role: 'employee',
    }),
  ).id;
  await db.invitation.updateMany({ where: { id: otherInvitationId }, data: { tokenHash: HASH_WITH_NAME } });
  await t.tokenFor(DEMO.manager);
  const managerUser = await db.user.findUniqueOrThrow({ where: { email: DEMO.manager } });
  const session = await db.refreshToken.findFirstOrThrow({
    where: { userId: managerUser.id, organisationId: demo.id },
  });
  refreshTokenId = session.id;
  await db.refreshToken.updateMany({
    where: { id: session.id },
    data: { tokenHash: REFRESH_HASH_WITH_NAME },
  });

  // Someone else's action: free text that mentions the leaver, and a field that *is* their name.
  const other = await db.employee.findFirstOrThrow({
    where: { organisationId: demo.id, active: true, id: { not: leaverId } },
    orderBy: { lastName: 'asc' },
  });
  otherActionId = ok(
    await call(DEMO.hr, 'POST', '/api/development-actions', {
      type: 'coaching',
      title: `Coaching door ${FIRST}`,
      employeeId: other.id,
      provider: `${FIRST} ${LAST}`,
      notes: OTHER_NOTES,
    }),
  ).id;
  const team = await db.team.findFirstOrThrow({
    where: { organisationId: demo.id },
    orderBy: { name: 'asc' },
  });
  teamId = team.id;
  await db.team.updateMany({ where: { id: team.id }, data: { description: ` ${EMAIL.toUpperCase()} ` } });

  const current = await call(DEMO.hr, 'GET', `/api/employees/${leaverId}`);
  ok(
    await call(DEMO.hr, 'PATCH', `/api/employees/${leaverId}`, {
      active: false,
      version: current.body.version,
    }),
    200,
  );
});
afterAll(async () => {
  await db?.$disconnect();
  await t?.close();
});

describe('erasure by exact identifiers', () => {
  it('leaves hashes and other people’s free text alone, replaces exact values, and says what it redacted', async () => {
    const otherAuditBefore = await db.auditEvent.findFirstOrThrow({
      where: { entity: 'DevelopmentAction', entityId: otherActionId, action: 'create' },
    });
    expect(JSON.stringify(otherAuditBefore.after)).toContain(OTHER_NOTES);

    const erased = await call(DEMO.hr, 'POST', `/api/employees/${leaverId}/erase`, {
      confirm: `${FIRST} ${LAST}`,
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body.login).toBe('disabled');
    expect(erased.body.redacted.identifiers).toEqual(['full_name', 'email']);
    expect(erased.body.redacted.fields).toEqual(
      expect.arrayContaining([
        { table: 'DevelopmentAction', column: 'provider', rows: 1 },
        { table: 'Team', column: 'description', rows: 1 },
      ]),
    );
    expect(erased.body.anonymised.otherTextFields).toBe(
      erased.body.redacted.fields.reduce((sum: number, field: { rows: number }) => sum + field.rows, 0),
    );
    // Ids aside: a random uuid's hex can spell "edda".
    expect(JSON.stringify(erased.body).replace(UUID, '<id>')).not.toMatch(/edda|bakker/i);

    // Hashes: untouched, so the other invitation and the other session still work.
    expect((await db.invitation.findFirstOrThrow({ where: { id: otherInvitationId } })).tokenHash).toBe(
      HASH_WITH_NAME,
    );
    expect((await db.refreshToken.findFirstOrThrow({ where: { id: refreshTokenId } })).tokenHash).toBe(
      REFRESH_HASH_WITH_NAME,
    );

    // Someone else's action: the free text stays; the field that was exactly the name does not.
    const action = await db.developmentAction.findFirstOrThrow({ where: { id: otherActionId } });
    expect(action).toMatchObject({
      title: `Coaching door ${FIRST}`,
      notes: OTHER_NOTES,
      provider: '[verwijderd]',
    });
    expect((await db.team.findFirstOrThrow({ where: { id: teamId } })).description).toBe('[verwijderd]');

    // …and in the audit trail the same: the exact value redacted, the other person's text kept.
    const otherAuditAfter = await db.auditEvent.findFirstOrThrow({ where: { id: otherAuditBefore.id } });
    expect(otherAuditAfter.after).toMatchObject({ notes: OTHER_NOTES, provider: '[verwijderd]' });

    // The person's own rows: gone or anonymised, including the short display name.
    const invitation = await db.invitation.findFirstOrThrow({ where: { employeeId: leaverId } });
    expect(invitation).toMatchObject({ name: 'Verwijderd' });
    // An address of its own, without the name (its uuid's hex may spell "edda", so that is not the test).
    expect(invitation.email).toBe(`verwijderd+${invitation.id}@invalid.teamspiegel`);
    expect(invitation.email.replace(UUID, '<id>')).not.toMatch(/edda|bakker/i);
    const employee = await db.employee.findFirstOrThrow({ where: { id: leaverId } });
    expect(employee).toMatchObject({ firstName: 'Verwijderd', lastName: 'medewerker' });
  });
});
