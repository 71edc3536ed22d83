import { addDays } from '@teamspiegel/domain';
import { describe, expect, it } from 'vitest';
import { REMINDER_DIGEST_JOB } from '../../src/jobs/reminder-digest.ts';
import type { TestApp } from '../helpers/build.ts';
import { type Call, DEMO, type TestDb } from '../helpers/people-fixtures.ts';
import { type PeopleFixtures, setUpPeopleTestApp } from '../helpers/suite.ts';

type Reminder = {
  kind: string;
  employeeId: string;
  employeeName: string;
  expiresOn: string;
  daysLeft: number;
};
type Reminders = { own: Reminder[]; others: Reminder[] | null };

const today = () => new Date().toISOString().slice(0, 10);

describe('reminders (issue 14 item 7)', () => {
  let t: TestApp;
  let db: TestDb;
  let call: Call;
  let f: PeopleFixtures;
  let ehbo: string;
  let bhv: string;

  /** A validated certificate valid through `expiresOn`, recorded straight in the database. */
  const certificate = (employeeId: string, certificateTypeId: string, expiresOn: string) =>
    db.personCertificate.create({
      data: {
        organisationId: f.demoId,
        employeeId,
        certificateTypeId,
        obtainedOn: new Date(`${addDays(expiresOn, -700)}T00:00:00Z`),
        expiresOn: new Date(`${expiresOn}T00:00:00Z`),
        status: 'validated',
      },
    });

  setUpPeopleTestApp(async (ctx) => {
    ({ t, db, call, f } = ctx);
    const typeOf = async (code: string) =>
      (await db.certificateType.findFirstOrThrow({ where: { organisationId: f.demoId, code } })).id;
    ehbo = await typeOf('kinder-ehbo');
    bhv = await typeOf('bhv');
    // The team member's kinder-EHBO expires in 30 days; the outsider's BHV expired 3 days ago;
    // Marjo (the employee login) holds a kinder-EHBO expiring in 10 days.
    await certificate(f.teamMember, ehbo, addDays(today(), 30));
    await certificate(f.outsider, bhv, addDays(today(), -3));
    await certificate(f.marjo, ehbo, addDays(today(), 10));
  });

  const remindersOf = async (email: string) => {
    const response = await call(email, 'GET', '/api/me/reminders');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Reminders;
  };
  const find = (list: Reminder[] | null, employeeId: string) =>
    list?.find((r) => r.employeeId === employeeId);

  it('hr sees the whole organisation, a manager her teams, an employee only her own', async () => {
    const hr = await remindersOf(DEMO.hr);
    expect(find(hr.others, f.teamMember)).toMatchObject({ kind: 'certificate_expiring', daysLeft: 30 });
    expect(find(hr.others, f.outsider)).toMatchObject({ kind: 'certificate_expired', daysLeft: -3 });
    expect(find(hr.others, f.marjo)).toMatchObject({ kind: 'certificate_expiring', daysLeft: 10 });

    const manager = await remindersOf(DEMO.manager);
    expect(find(manager.others, f.teamMember)?.kind).toBe('certificate_expiring');
    expect(find(manager.others, f.outsider)).toBeUndefined();

    const employee = await remindersOf(DEMO.employee);
    expect(employee.others).toBeNull();
    expect(employee.own.map((r) => [r.employeeId, r.kind, r.daysLeft])).toEqual([
      [f.marjo, 'certificate_expiring', 10],
    ]);

    const zonHr = await remindersOf('hr@zon.teamspiegel.nl');
    const demoIds = [f.teamMember, f.outsider, f.marjo];
    expect((zonHr.others ?? []).some((r) => demoIds.includes(r.employeeId))).toBe(false);
  });

  it('a renewal past the warning period ends the reminder', async () => {
    const renewal = await certificate(f.outsider, bhv, addDays(today(), 365));
    expect(find((await remindersOf(DEMO.hr)).others, f.outsider)).toBeUndefined();
    await db.personCertificate.deleteMany({ where: { id: renewal.id } });
  });

  it('the digest mails each login once a day: hr the organisation, the employee her own', async () => {
    const before = t.mails.length;
    const first = await call(DEMO.hr, 'POST', '/api/reminders/digest');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.sent).toBeGreaterThanOrEqual(3);
    const sent = t.mails.slice(before);
    const to = (email: string) => sent.filter((mail) => mail.to === email);
    expect(to(DEMO.hr)).toHaveLength(1);
    const hrMail = to(DEMO.hr)[0]?.text ?? '';
    const teamMember = await db.employee.findFirstOrThrow({ where: { id: f.teamMember } });
    expect(hrMail).toContain('Certificaten die binnenkort verlopen');
    expect(hrMail).toContain(`${teamMember.firstName} ${teamMember.lastName}: Kinder-EHBO`);
    expect(hrMail).toContain('(nog 30 dagen)');
    expect(hrMail).toContain('Verlopen certificaten');

    const employeeMail = to(DEMO.employee)[0]?.text ?? '';
    expect(employeeMail).toContain('Je eigen certificaten');
    expect(employeeMail).toContain('Kinder-EHBO');
    expect(employeeMail).not.toContain(teamMember.lastName);
    expect(to(DEMO.manager)[0]?.text).toContain(teamMember.lastName);
    // Nobody of another organisation is mailed by demo's digest.
    expect(sent.some((mail) => mail.to.endsWith('@zon.teamspiegel.nl'))).toBe(false);

    // Again today, by the route or by the scheduled job: no second mail.
    const again = await call(DEMO.hr, 'POST', '/api/reminders/digest');
    expect(again.body).toMatchObject({ sent: 0 });
    expect(again.body.skipped).toBe(first.body.sent);
    const job = t.app.jobs.scheduledJobs.find((j) => j.name === REMINDER_DIGEST_JOB);
    expect(job?.cron).toBe('0 6 * * *');
    const beforeJob = t.mails.length;
    await job?.run();
    expect(t.mails.slice(beforeJob).filter((mail) => mail.to.endsWith('@demo.teamspiegel.nl'))).toEqual([]);
  });

  it("the scheduled job sends another organisation's digest in its own scope", async () => {
    const zon = await db.organisation.findUniqueOrThrow({ where: { slug: 'kinderopvang-zon' } });
    const zonType = await db.certificateType.findFirstOrThrow({
      where: { organisationId: zon.id, code: 'bhv' },
    });
    await db.personCertificate.create({
      data: {
        organisationId: zon.id,
        employeeId: f.zonEmployee,
        certificateTypeId: zonType.id,
        obtainedOn: new Date('2025-01-01T00:00:00Z'),
        expiresOn: new Date(`${addDays(today(), 5)}T00:00:00Z`),
        status: 'validated',
      },
    });
    const before = t.mails.length;
    await t.app.jobs.scheduledJobs.find((j) => j.name === REMINDER_DIGEST_JOB)?.run();
    const zonMail = t.mails.slice(before).find((mail) => mail.to === 'hr@zon.teamspiegel.nl');
    expect(zonMail?.text).toContain('BHV');
    expect(zonMail?.text).toContain('(nog 5 dagen)');
  });
});
