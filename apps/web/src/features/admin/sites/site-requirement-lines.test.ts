import { describe, expect, it } from 'vitest';
import { siteRequirementLines } from './site-requirement-lines';

const line = (id: string, siteId: string, certificateTypeId: string) => ({
  id,
  siteId,
  certificateTypeId,
  count: 2,
  note: null,
  version: 1,
  createdAt: '2026-12-06T00:00:00.000Z',
  updatedAt: '2026-12-06T00:00:00.000Z',
});

describe('siteRequirementLines', () => {
  it("groups the requirements per site with the certificate's label; an unknown type is named as such", () => {
    const linesOf = siteRequirementLines(
      [line('r1', 's1', 'ehbo'), line('r2', 's1', 'gone'), line('r3', 's2', 'ehbo')],
      [{ id: 'ehbo', labelNl: 'Kinder-EHBO', labelEn: 'Paediatric first aid' }],
      'nl',
      'Onbekend certificaat',
    );
    expect(linesOf('s1').map((l) => [l.id, l.certificate, l.count])).toEqual([
      ['r1', 'Kinder-EHBO', 2],
      ['r2', 'Onbekend certificaat', 2],
    ]);
    expect(linesOf('s2').map((l) => l.id)).toEqual(['r3']);
    expect(linesOf('s3')).toEqual([]);
  });
});
