import type { TCoverageTrendPoint } from '@teamspiegel/domain/api/trend';
import { describe, expect, it } from 'vitest';
import { parseSiteId } from '@/lib/params';
import {
  areaSeries,
  chartRows,
  direction,
  monthLabel,
  parseMonths,
  siteRequirementRows,
  sparklinePoints,
} from './view-model';

const siteTotals = (requirements: number, gaps: number, exempt = 0) => ({
  requirements,
  covered: requirements - gaps - exempt,
  noMargin: 0,
  singlePoints: 0,
  gaps,
  exempt,
  totalGap: gaps,
});

const point = (
  month: string,
  gaps: number,
  pedagogiek: number,
  sites = siteTotals(0, 0),
): TCoverageTrendPoint => ({
  month,
  at: `${month}-28T23:59:59.999Z`,
  totals: {
    requirements: 10,
    covered: 10 - gaps - 1,
    noMargin: 0,
    singlePoints: 1,
    gaps,
    totalGap: gaps * 2,
  },
  byArea: {
    didactiek: 0,
    pedagogiek,
    gezondheid: 0,
    verzorging: 0,
    psychologie_orthopedagogiek: 0,
    onderzoek_innovatie: 0,
    professionele_versterking: 0,
    organisatie_samenwerking: 0,
  },
  siteRequirements: { totals: sites, bySite: [] },
});

describe('trend view model', () => {
  it('accepts only the offered periods and real ids from the query string', () => {
    expect(parseMonths('24')).toBe(24);
    expect(parseMonths('7')).toBe(12);
    expect(parseMonths(undefined)).toBe(12);
    expect(parseSiteId('x')).toBeUndefined();
    expect(parseSiteId('6fdc6b64-eaa3-5a31-8ada-822fd0ee828b')).toBe('6fdc6b64-eaa3-5a31-8ada-822fd0ee828b');
  });

  it('labels months in the user’s language without shifting them by time zone', () => {
    expect(monthLabel('2026-01', 'nl', 'long')).toBe('januari 2026');
    expect(monthLabel('2026-12', 'en', 'long')).toBe('December 2026');
  });

  it('turns points into chart rows and one series per coverage area', () => {
    const points = [point('2026-01', 3, 2), point('2026-02', 1, 0)];
    expect(chartRows(points, 'nl').map((row) => [row.gaps, row.spof, row.totalGap])).toEqual([
      [3, 1, 6],
      [1, 1, 2],
    ]);
    const series = areaSeries(points, 'nl');
    expect(series).toHaveLength(8);
    const pedagogiek = series.find((s) => s.area === 'pedagogiek');
    expect(pedagogiek).toMatchObject({ label: 'Pedagogiek', values: [2, 0], first: 2, last: 0, max: 2 });
    expect(direction(2, 0)).toBe('better');
    expect(direction(0, 2)).toBe('worse');
    expect(direction(1, 1)).toBe('same');
  });

  it('draws a sparkline inside its box, flat at the bottom when there is nothing', () => {
    expect(sparklinePoints([0, 2, 1], 100, 40, 2)).toBe('0.0,39.0 50.0,1.0 100.0,20.0');
    expect(sparklinePoints([0, 0], 100, 40, 0)).toBe('0.0,39.0 100.0,39.0');
    expect(sparklinePoints([], 100, 40, 0)).toBe('');
  });

  it('shows the site requirements per month as the API counted them, and nothing when no month had any', () => {
    expect(siteRequirementRows([point('2026-01', 1, 0), point('2026-02', 1, 0)], 'nl')).toBeNull();
    const rows = siteRequirementRows(
      [
        point('2026-01', 3, 0),
        point('2026-02', 3, 0, siteTotals(1, 0)),
        point('2026-03', 3, 0, siteTotals(2, 1, 1)),
      ],
      'nl',
    );
    expect(rows).toEqual([
      { month: '2026-01', label: 'januari 2026', requirements: 0, gaps: 0, totalGap: 0, exempt: 0 },
      { month: '2026-02', label: 'februari 2026', requirements: 1, gaps: 0, totalGap: 0, exempt: 0 },
      { month: '2026-03', label: 'maart 2026', requirements: 2, gaps: 1, totalGap: 1, exempt: 1 },
    ]);
  });
});
