import { describe, expect, it } from 'vitest';
import { member, target } from '../../test/builders.js';
import { ZDevelopmentDemand } from '../contracts/outputs.js';
import { developmentDemand } from './development-demand.js';

describe('developmentDemand', () => {
  const members = [
    member('a', {
      development: [
        target('pedagogiek', 'expert', '2026-03-01', { actionType: 'training' }),
        target('pedagogiek', 'expert', '2026-09-01', { actionType: 'training' }),
        { source: 'ambition', area: 'onderzoek_innovatie', level: 'starter', expectedDate: null },
      ],
    }),
    member('b', { development: [target('pedagogiek', 'expert', '2026-05-01', { actionType: 'training' })] }),
    member('c', {
      development: [target('didactiek', 'starter', '2030-01-01', { actionType: 'omscholing' })],
    }),
    member('d', { development: [target('didactiek', 'starter', null)] }),
  ];

  it('counts distinct people per area × level × kind, in canonical order, without personal data', () => {
    const demand = developmentDemand({ members });
    expect(demand).toEqual({
      rows: [
        { area: 'didactiek', level: 'starter', kind: 'omscholing', people: 1, targets: 1, combined: 0 },
        { area: 'didactiek', level: 'starter', kind: 'other_action', people: 1, targets: 1, combined: 0 },
        { area: 'pedagogiek', level: 'expert', kind: 'training', people: 2, targets: 3, combined: 0 },
        {
          area: 'onderzoek_innovatie',
          level: 'starter',
          kind: 'ambition',
          people: 1,
          targets: 1,
          combined: 0,
        },
      ],
      combinedRows: 0,
      suppressedRows: 0,
      people: 4,
    });
    expect(JSON.stringify(demand)).not.toMatch(/"a"|"b"|"c"|"d"/);
    expect(ZDevelopmentDemand.safeParse(demand).success).toBe(true);
  });

  it('filters by period; a small group that cannot be combined is suppressed', () => {
    const demand = developmentDemand({ members, until: '2026-12-31', minCellSize: 2 });
    expect(demand.rows).toEqual([
      { area: 'pedagogiek', level: 'expert', kind: 'training', people: 2, targets: 3, combined: 0 },
    ]);
    expect(demand.combinedRows).toBe(0);
    expect(demand.suppressedRows).toBe(2);
  });

  it('combines small groups by level, then by area, instead of hiding them (rule 14, worked example)', () => {
    const people = (prefix: string, count: number, targets: Parameters<typeof target>[]) =>
      Array.from({ length: count }, (_, index) =>
        member(`${prefix}${index}`, { development: targets.map((args) => target(...args)) }),
      );
    const demand = developmentDemand({
      minCellSize: 3,
      members: [
        // Gezondheid ervaren: 3 × training (shown), 2 × coaching + 1 × intervisie (kinds combined).
        ...people('t', 3, [['gezondheid', 'ervaren', null, { actionType: 'training' }]]),
        ...people('c', 2, [['gezondheid', 'ervaren', null, { actionType: 'coaching' }]]),
        ...people('i', 1, [['gezondheid', 'ervaren', null, { actionType: 'intervisie' }]]),
        // Verzorging: 1 starter, 1 ervaren, 1 expert training (levels combined).
        ...people('s', 1, [['verzorging', 'starter', null, { actionType: 'training' }]]),
        ...people('e', 1, [['verzorging', 'ervaren', null, { actionType: 'training' }]]),
        ...people('x', 1, [['verzorging', 'expert', null, { actionType: 'coaching' }]]),
        // Didactiek: 2 people only (suppressed).
        ...people('d', 2, [['didactiek', 'expert', null, { actionType: 'training' }]]),
      ],
    });
    expect(demand.rows).toEqual([
      { area: 'gezondheid', level: 'ervaren', kind: 'training', people: 3, targets: 3, combined: 0 },
      { area: 'gezondheid', level: 'ervaren', kind: 'combined', people: 3, targets: 3, combined: 2 },
      { area: 'verzorging', level: null, kind: 'combined', people: 3, targets: 3, combined: 3 },
    ]);
    expect(demand.combinedRows).toBe(5);
    expect(demand.suppressedRows).toBe(1);
    expect(demand.people).toBe(11);
    // No shown row has fewer people than the threshold.
    for (const row of demand.rows) expect(row.people).toBeGreaterThanOrEqual(3);
    expect(ZDevelopmentDemand.safeParse(demand).success).toBe(true);
  });

  it('counts a person listed in two teams once', () => {
    const twice = developmentDemand({ members: [members[1], members[1]].filter((m) => m !== undefined) });
    expect(twice.rows).toEqual([
      { area: 'pedagogiek', level: 'expert', kind: 'training', people: 1, targets: 1, combined: 0 },
    ]);
  });
});
