import { describe, expect, it } from 'vitest';
import { member } from '../../test/builders.js';
import type { TMemberInput } from '../contracts/inputs.js';
import type { TSiteTrendInput } from './site-trend.js';
import { siteTrendPoint } from './site-trend.js';

// docs/coverage-rules.md, rules 6 and 18: the worked example of the trend of Locatie Zonnebloem.
// "≥ 1 kinder-EHBO" from 10 January 2026, raised to "≥ 2" on 1 May 2026. Anna's certificate is valid
// through 15 August 2026, Bram's through 2028; Dirk (valid) is in team Oud, archived on 15 June 2026.
const holder = (id: string, expiresOn: string | null) =>
  member(id, { certificates: [{ certificateTypeId: 'ehbo', expiresOn }] });
const anna = holder('anna', '2026-08-15');
const bram = holder('bram', '2028-06-30');
const dirk = holder('dirk', '2028-01-01');
const ehbo = (count: number) =>
  ({ id: 'site-ehbo', kind: 'certificate', certificateTypeId: 'ehbo', count }) as const;
const versions = [
  {
    requirement: ehbo(1),
    validFrom: new Date('2026-01-10T09:00:00Z'),
    validTo: new Date('2026-05-01T08:00:00Z'),
  },
  { requirement: ehbo(2), validFrom: new Date('2026-05-01T08:00:00Z'), validTo: null },
];
/** The last millisecond of a month of 2026 (1 = January; 0 = December 2025). */
const monthEnd = (month: number) => new Date(Date.UTC(2026, month, 1) - 1);

/** The site at a month's end: Oud supplies nobody once archived (15 June). */
function zonnebloem(at: Date, extra: Partial<TSiteTrendInput> = {}, peuters: TMemberInput[] = [anna, bram]) {
  const oudArchived = at >= new Date('2026-06-15T00:00:00Z');
  return {
    siteId: 'zonnebloem',
    teams: [
      { teamId: 'peuters', members: peuters },
      { teamId: 'bso', members: [bram] },
      { teamId: 'oud', archived: oudArchived, members: [dirk] },
    ],
    versions,
    ...extra,
  };
}

describe('siteTrendPoint (rules 6 and 18)', () => {
  it('measures each month against the requirement valid then, over the people and certificates of then', () => {
    const rows = [0, 1, 4, 5, 6, 7, 8, 9].map((month) => {
      const at = monthEnd(month);
      const point = siteTrendPoint([zonnebloem(at)], at);
      const site = point.bySite[0];
      return [
        at.toISOString().slice(0, 7),
        point.totals.requirements,
        point.totals.gaps,
        point.totals.totalGap,
        site,
      ];
    });
    expect(
      rows.map(([month, requirements, gaps, totalGap]) => [month, requirements, gaps, totalGap]),
    ).toEqual([
      ['2025-12', 0, 0, 0], // before the requirement existed: nothing, not a gap
      ['2026-01', 1, 0, 0], // ≥ 1: Anna, Bram, Dirk → 3/1 covered
      ['2026-04', 1, 0, 0],
      ['2026-05', 1, 0, 0], // raised to ≥ 2: 3/2 covered
      ['2026-06', 1, 0, 0], // Oud archived: 2/2 no margin
      ['2026-07', 1, 0, 0],
      ['2026-08', 1, 1, 1], // Anna's certificate expired on 15 August: 1/2 gap
      ['2026-09', 1, 1, 1],
    ]);
    const statusAt = (month: number) => {
      const at = monthEnd(month);
      return siteTrendPoint([zonnebloem(at)], at).bySite[0];
    };
    expect(statusAt(0)).toBeUndefined();
    expect(statusAt(5)).toMatchObject({ siteId: 'zonnebloem', covered: 1, noMargin: 0 });
    expect(statusAt(6)).toMatchObject({ covered: 0, noMargin: 1, gaps: 0 });
    expect(statusAt(8)).toMatchObject({ noMargin: 0, gaps: 1, totalGap: 1 });
  });

  it('counts a person in two teams of the site once', () => {
    const at = monthEnd(8);
    // Without Bram in BSO the figure is the same: he is one holder, whichever teams he is in.
    const point = siteTrendPoint([zonnebloem(at)], at);
    const alone = siteTrendPoint(
      [{ ...zonnebloem(at), teams: [{ teamId: 'peuters', members: [anna, bram] }] }],
      at,
    );
    expect(point.totals).toEqual(alone.totals);
  });

  it('applies person exemptions running on the month’s last day, in the site coverage’s shape', () => {
    const eva = member('eva');
    const exemption = {
      id: 'x1',
      requirementId: 'site-ehbo',
      employeeId: 'eva',
      startsOn: '2026-09-01',
      endsOn: '2026-09-30',
    };
    const at = (month: number) => monthEnd(month);
    const measure = (month: number) =>
      siteTrendPoint([zonnebloem(at(month), { exemptions: [exemption] }, [anna, bram, eva])], at(month))
        .totals;
    expect(measure(8)).toMatchObject({ gaps: 1, exempt: 0 }); // August: not yet running
    expect(measure(9)).toMatchObject({ gaps: 0, noMargin: 1 }); // 30 September: Eva counts as a holder
    expect(measure(10)).toMatchObject({ gaps: 1 }); // October: ended
  });

  it('sums the sites and lists each site with requirements, in site id order', () => {
    const at = monthEnd(8);
    const other = {
      siteId: 'anker',
      teams: [],
      versions: [{ requirement: ehbo(1), validFrom: new Date('2026-01-01'), validTo: null }],
    };
    const point = siteTrendPoint([zonnebloem(at), other], at);
    expect(point.bySite.map((site) => site.siteId)).toEqual(['anker', 'zonnebloem']);
    expect(point.totals).toMatchObject({ requirements: 2, gaps: 2, totalGap: 2 });
  });
});
