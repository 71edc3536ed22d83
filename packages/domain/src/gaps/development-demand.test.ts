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
        { area: 'didactiek', level: 'starter', kind: 'omscholing', people: 1, targets: 1 },
        { area: 'didactiek', level: 'starter', kind: 'other_action', people: 1, targets: 1 },
        { area: 'pedagogiek', level: 'expert', kind: 'training', people: 2, targets: 3 },
        { area: 'onderzoek_innovatie', level: 'starter', kind: 'ambition', people: 1, targets: 1 },
      ],
      suppressedRows: 0,
      people: 4,
    });
    expect(JSON.stringify(demand)).not.toMatch(/"a"|"b"|"c"|"d"/);
    expect(ZDevelopmentDemand.safeParse(demand).success).toBe(true);
  });

  it('filters by period and suppresses small cells', () => {
    const demand = developmentDemand({ members, until: '2026-12-31', minCellSize: 2 });
    expect(demand.rows).toEqual([
      { area: 'pedagogiek', level: 'expert', kind: 'training', people: 2, targets: 3 },
    ]);
    expect(demand.suppressedRows).toBe(2);
  });

  it('counts a person listed in two teams once', () => {
    const twice = developmentDemand({ members: [members[1], members[1]].filter((m) => m !== undefined) });
    expect(twice.rows).toEqual([
      { area: 'pedagogiek', level: 'expert', kind: 'training', people: 1, targets: 1 },
    ]);
  });
});
