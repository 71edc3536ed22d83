import { describe, expect, it } from 'vitest';
import { siteRequirementLines, sitesWithGap } from './site-requirement-lines';

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

describe('sitesWithGap', () => {
  const figures = (requirementId: string, status: 'gap' | 'exempt' | 'covered') => ({
    requirementId,
    certificateTypeId: 'c1',
    certificateLabel: null,
    count: 1,
    headcount: status === 'covered' ? 1 : 0,
    gap: status === 'gap' ? 1 : 0,
    status,
    severity: status === 'gap' ? 3 : 0,
    projected: { headcount: 0, gap: 1, status: 'gap' as const },
    lapsing: 0,
    pipeline: 0,
    exemptHolders: 0,
    ...(status === 'exempt'
      ? { exemption: { exemptionId: 'e1', endsOn: '2027-01-31', status: 'gap' as const, gap: 1 } }
      : {}),
  });
  const site = (siteId: string, requirements: ReturnType<typeof figures>[]) => ({
    siteId,
    siteName: siteId,
    people: 2,
    exempt: requirements.filter((r) => r.status === 'exempt').length,
    requirements,
  });

  it('names only the sites with a gap: an exempt or covered requirement is none', () => {
    expect(
      sitesWithGap([
        site('s1', [figures('r1', 'exempt'), figures('r2', 'covered')]),
        site('s2', [figures('r3', 'covered'), figures('r4', 'gap')]),
        site('s3', []),
      ]),
    ).toEqual(['s2']);
  });
});
