import { describe, expect, it } from 'vitest';
import { chartData, type DemandRow, kindsPresent, parseIsoDate, tableGroups } from './view-model';

const rows: DemandRow[] = [
  { area: 'gezondheid', level: 'ervaren', kind: 'training', people: 2, targets: 2, combined: 0 },
  { area: 'gezondheid', level: 'starter', kind: 'ambition', people: 6, targets: 6, combined: 0 },
  { area: 'gezondheid', level: 'ervaren', kind: 'ambition', people: 3, targets: 3, combined: 0 },
  { area: 'didactiek', level: 'expert', kind: 'other_action', people: 1, targets: 1, combined: 0 },
];

describe('development demand view model', () => {
  it('sums people per area and kind over the levels, for all 8 areas in column order', () => {
    const data = chartData(rows, 'nl');
    expect(data).toHaveLength(8);
    expect(data[0]).toMatchObject({ area: 'didactiek', other_action: 1, total: 1 });
    expect(data.find((d) => d.area === 'gezondheid')).toMatchObject({ ambition: 9, training: 2, total: 11 });
    expect(data.find((d) => d.area === 'verzorging')?.total).toBe(0);
  });

  it('keeps only kinds that occur, ambition first and other actions last', () => {
    expect(kindsPresent(rows)).toEqual(['ambition', 'training', 'other_action']);
  });

  it('groups the table per area with levels ascending, levels combined last', () => {
    const withCombined: DemandRow[] = [
      ...rows,
      { area: 'gezondheid', level: null, kind: 'combined', people: 3, targets: 4, combined: 3 },
      { area: 'gezondheid', level: 'ervaren', kind: 'combined', people: 4, targets: 4, combined: 2 },
    ];
    const groups = tableGroups(withCombined, 'en', 'Levels together');
    expect(groups.map((g) => g.area)).toEqual(['didactiek', 'gezondheid']);
    expect(groups[1]?.label).toBe('Health');
    expect(groups[1]?.levels.map((l) => [l.level, l.label, l.people, l.combined])).toEqual([
      ['starter', 'Starter', { ambition: 6 }, 0],
      ['ervaren', 'Experienced', { training: 2, ambition: 3, combined: 4 }, 2],
      [null, 'Levels together', { combined: 3 }, 3],
    ]);
    expect(kindsPresent(withCombined).at(-1)).toBe('combined');
  });

  it('accepts only real ISO dates from the query string', () => {
    expect(parseIsoDate('2026-02-28')).toBe('2026-02-28');
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('28-02-2026')).toBeUndefined();
    expect(parseIsoDate(undefined)).toBeUndefined();
  });
});
