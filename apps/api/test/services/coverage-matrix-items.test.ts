import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { describe, expect, it } from 'vitest';
import { organisationCoverageBytes } from '../../src/services/coverage-matrix-items.ts';

/*
 * The overview's answer is assembled from per-item bytes kept across versions: it must be exactly
 * the UTF-8 of JSON.stringify of the same view (the route sends these bytes as they are).
 */

const item = (teamId: string, teamName: string, siteName: string | null) => ({
  teamId,
  teamName,
  siteId: siteName === null ? null : `site-${teamId}`,
  siteName,
  cells: {
    taal: { status: 'gap', gap: 1, projectedGap: 0, severity: 2.5, tiers: [{ level: 'ervaren', count: 2 }] },
  },
  certificateCells: {},
  summary: {
    requirements: 3,
    covered: 1,
    noMargin: 0,
    singlePoints: 1,
    gaps: 1,
    totalGap: 1,
    projectedTotalGap: 0,
  },
  severity: 2.5,
});

function view(items: ReturnType<typeof item>[], extra: Record<string, unknown> = {}) {
  return {
    dataVersion: 12,
    siteId: null,
    certificateColumns: [],
    sites: [{ id: 's', name: 'Ĳsselmonde — “Noord”', teamCount: 2 }],
    matrix: { items, page: 1, pageSize: 200, total: items.length },
    ranking: [{ teamId: 'a', teamName: undefined, gap: 1, note: 'één\u2028twee' }],
    pending: { changes: 0, included: false },
    headline: { teams: items.length, teamsWithGap: 1, biggestRisk: null },
    change: null,
    siteRequirements: [],
    totals: { overall: { requirements: 3 }, byArea: {}, bySite: [] },
    ...extra,
  } as unknown as TOrganisationCoverageView;
}

const expectSameBytes = (value: TOrganisationCoverageView) =>
  expect(organisationCoverageBytes(value).equals(Buffer.from(JSON.stringify(value)))).toBe(true);

describe('organisationCoverageBytes', () => {
  it('equals the UTF-8 of JSON.stringify, with names outside ASCII and properties left undefined', () => {
    const items = [item('a', 'Peuters “De Zon” — ë', 'Ĳmuiden'), item('b', 'Bso 😀', null)];
    expectSameBytes(view(items));
    expectSameBytes(view(items, { reassessment: undefined, change: { since: '2026-11', delta: {} } }));
    expectSameBytes(view([]));
  });

  it('reuses an item’s bytes across answers and follows a replaced item', () => {
    const kept = item('a', 'Kinderdagverblijf Eén', 'Delft');
    const first = view([kept, item('b', 'Oud', 'Delft')]);
    expectSameBytes(first);
    // The next version: one team changed (a new item object), the other kept as the same object.
    const second = view([kept, item('b', 'Nieuw — ü', 'Delft')], { dataVersion: 13 });
    expectSameBytes(second);
    expect(organisationCoverageBytes(second).toString()).toContain('Nieuw — ü');
    expect(organisationCoverageBytes(second).toString()).not.toContain('Oud');
  });
});
