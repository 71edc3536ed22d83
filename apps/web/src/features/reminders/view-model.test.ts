import { describe, expect, it } from 'vitest';
import { groupReminders } from './view-model';

const reminder = (kind: 'certificate_expired' | 'certificate_expiring', name: string) => ({
  kind,
  employeeId: '00000000-0000-4000-8000-000000000001',
  employeeName: name,
  certificateTypeId: '00000000-0000-4000-8000-000000000002',
  certificateLabel: { nl: 'BHV', en: 'BHV' },
  expiresOn: '2027-01-01',
  daysLeft: 1,
});

describe('groupReminders', () => {
  it('groups per kind in the digest order and leaves empty kinds out', () => {
    const groups = groupReminders([
      reminder('certificate_expiring', 'Anna'),
      reminder('certificate_expired', 'Bram'),
    ]);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.employeeName)])).toEqual([
      ['certificate_expired', ['Bram']],
      ['certificate_expiring', ['Anna']],
    ]);
    expect(groupReminders([])).toEqual([]);
  });
});
