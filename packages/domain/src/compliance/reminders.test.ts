import { describe, expect, it } from 'vitest';
import { certificateReminders, type ReminderCertificate, reminderHorizon } from './reminders.js';

const ehbo = { nl: 'Kinder-EHBO', en: 'Paediatric first aid' };
const bhv = { nl: 'BHV', en: 'Emergency response (BHV)' };
const cert = (
  employeeName: string,
  type: 'ehbo' | 'bhv' | 'vog',
  expiresOn: string | null,
): ReminderCertificate => ({
  employeeId: employeeName.toLowerCase(),
  employeeName,
  certificateTypeId: type,
  certificateLabel: type === 'ehbo' ? ehbo : bhv,
  expiresOn,
});

// Measured on 6 December 2026, warning period 60 days (rule 10's worked examples).
const on = '2026-12-06';

describe('certificate reminders', () => {
  it('lists expired and expiring certificates, expired first, each with the days left', () => {
    const reminders = certificateReminders(
      [
        cert('Anna', 'ehbo', '2027-01-05'),
        cert('Bram', 'bhv', '2027-06-30'),
        cert('Carla', 'bhv', '2026-11-30'),
        cert('Eva', 'vog', null),
      ],
      on,
    );
    expect(reminders.map((r) => [r.kind, r.employeeName, r.expiresOn, r.daysLeft])).toEqual([
      ['certificate_expired', 'Carla', '2026-11-30', -6],
      ['certificate_expiring', 'Anna', '2027-01-05', 30],
    ]);
  });

  it('a renewal past the warning period silences the old certificate; one within it does not', () => {
    expect(
      certificateReminders([cert('Anna', 'ehbo', '2027-01-05'), cert('Anna', 'ehbo', '2028-11-30')], on),
    ).toEqual([]);
    const stillExpiring = certificateReminders(
      [cert('Carla', 'bhv', '2026-11-30'), cert('Carla', 'bhv', '2027-01-20')],
      on,
    );
    expect(stillExpiring.map((r) => [r.kind, r.expiresOn])).toEqual([['certificate_expiring', '2027-01-20']]);
    expect(certificateReminders([cert('Eva', 'ehbo', '2026-01-01'), cert('Eva', 'ehbo', null)], on)).toEqual(
      [],
    );
  });

  it('the last day of the warning period is expiring, the day after is not', () => {
    expect(reminderHorizon(on)).toBe('2027-02-04');
    expect(certificateReminders([cert('Anna', 'ehbo', '2027-02-04')], on)).toHaveLength(1);
    expect(certificateReminders([cert('Anna', 'ehbo', '2027-02-05')], on)).toHaveLength(0);
    expect(certificateReminders([cert('Anna', 'ehbo', on)], on)[0]?.kind).toBe('certificate_expiring');
  });
});
