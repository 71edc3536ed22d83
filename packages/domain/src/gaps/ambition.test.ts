import { describe, expect, it } from 'vitest';
import { areaReq, member, team } from '../../test/builders.js';
import { ambitionImpact } from './ambition.js';

describe('ambitionImpact', () => {
  const requirements = [
    areaReq('ped-ervaren', 'pedagogiek', 'ervaren', 2),
    areaReq('ped-expert', 'pedagogiek', 'expert', 1),
    areaReq('did', 'didactiek', 'ervaren', 1),
  ];
  const others = [member('ann', { levels: { pedagogiek: 'ervaren', didactiek: 'expert' } })];

  it('an ambition to reach expert closes the expert gap and narrows the ervaren tier (nested tiers)', () => {
    const self = member('eva', { levels: { pedagogiek: 'starter' } });
    const [result] = ambitionImpact(team([...others, self], requirements), 'eva', [
      { ambitionId: 'a1', area: 'pedagogiek', targetLevel: 'expert' },
    ]);
    const ids = result?.requirements.map((item) => item.requirement.id).sort();
    expect(ids).toEqual(['ped-ervaren', 'ped-expert']);
    const ervaren = result?.requirements.find((item) => item.requirement.id === 'ped-ervaren');
    expect(ervaren?.before).toMatchObject({ headcount: 1, gap: 1 });
    expect(ervaren?.after).toMatchObject({ headcount: 2, gap: 0 });
  });

  it('a target below a tier closes only the tiers it reaches', () => {
    const self = member('eva', { levels: { pedagogiek: 'starter' } });
    const [result] = ambitionImpact(team([...others, self], requirements), 'eva', [
      { ambitionId: 'a1', area: 'pedagogiek', targetLevel: 'ervaren' },
    ]);
    expect(result?.requirements.map((item) => item.requirement.id)).toEqual(['ped-ervaren']);
  });

  it('closes nothing in a covered requirement, at or below her level, or outside her team', () => {
    const self = member('eva', { levels: { pedagogiek: 'expert' } });
    const input = team([...others, self], requirements);
    const [covered, same] = ambitionImpact(input, 'eva', [
      { ambitionId: 'a1', area: 'didactiek', targetLevel: 'expert' },
      { ambitionId: 'a2', area: 'pedagogiek', targetLevel: 'expert' },
    ]);
    expect(covered?.requirements).toEqual([]);
    expect(same?.requirements).toEqual([]);
    const [outside] = ambitionImpact(input, 'nobody', [
      { ambitionId: 'a3', area: 'pedagogiek', targetLevel: 'expert' },
    ]);
    expect(outside).toMatchObject({ ambitionId: 'a3', requirements: [] });
  });
});
