import type { TSiteCoverageView } from '@teamspiegel/domain/api/coverage';
import { describe, expect, it } from 'vitest';
import { sitePlanLinks } from './site-plan-links';

const requirement = (requirementId: string, status: 'gap' | 'no_margin' | 'exempt') => ({
  requirementId,
  certificateTypeId: 'c1',
  certificateLabel: { code: 'kinder-ehbo', nl: 'Kinder-EHBO', en: 'Paediatric first aid' },
  count: 3,
  headcount: status === 'gap' ? 2 : 3,
  gap: status === 'gap' ? 1 : 0,
  status,
  severity: 1,
  projected: { headcount: 2, gap: 1, status: 'gap' as const },
  lapsing: 1,
  pipeline: 0,
  exemptHolders: 0,
});

describe('sitePlanLinks (rule 18)', () => {
  it("links only today's gaps to the plan's gaps of their site (an exempt requirement is no gap)", () => {
    const sites: TSiteCoverageView[] = [
      {
        siteId: 's1',
        siteName: 'Zonnebloem',
        people: 3,
        exempt: 0,
        requirements: [requirement('r1', 'gap')],
      },
      {
        siteId: 's2',
        siteName: 'Wilgenhoek',
        people: 4,
        exempt: 1,
        requirements: [requirement('r2', 'no_margin'), requirement('r3', 'exempt')],
      },
    ];
    expect([...sitePlanLinks(sites)]).toEqual([['r1', '/ontwikkelplan?locatie=s1#gaps-title']]);
  });
});
