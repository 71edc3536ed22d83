import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import { describe, expect, it } from 'vitest';
import { ambitionImpacts } from './view-model';

const requirement = (area: string, minLevel: string, count: number, supply: number) => ({
  requirement: { id: `${area}-${minLevel}`, kind: 'area', area, minLevel, count },
  supply: { headcount: supply, fte: supply },
  gap: Math.max(0, count - supply),
  status: count > supply ? 'gap' : 'covered',
});
const coverage = (requirements: unknown[]) =>
  ({
    team: { id: 't1', name: 'Unit 3–6', siteId: 's', siteName: null },
    requirements,
  }) as unknown as TTeamCoverageView;
const ambition = (area: string, targetLevel: string, status = 'active') =>
  ({ id: `a-${area}`, area, targetLevel, status }) as unknown as TProfile['ambitions'][number];
const level = (area: string, value: string, status = 'validated') =>
  ({ area, level: value, status }) as unknown as TProfile['areaLevels'][number];

describe('ambitionImpacts', () => {
  it('finds a gap in the ambition area whose level the ambition reaches', () => {
    const impacts = ambitionImpacts(
      { ambitions: [ambition('pedagogiek', 'expert')], areaLevels: [level('pedagogiek', 'starter')] },
      [coverage([requirement('pedagogiek', 'ervaren', 3, 1), requirement('didactiek', 'starter', 2, 0)])],
    );
    expect(impacts).toEqual([
      expect.objectContaining({ area: 'pedagogiek', minLevel: 'ervaren', teamName: 'Unit 3–6', gap: 2 }),
    ]);
  });

  it('skips covered requirements, unreached levels, people already counted and inactive ambitions', () => {
    const reqs = [requirement('pedagogiek', 'expert', 2, 1), requirement('gezondheid', 'starter', 3, 3)];
    expect(
      ambitionImpacts({ ambitions: [ambition('pedagogiek', 'ervaren')], areaLevels: [] }, [coverage(reqs)]),
    ).toEqual([]);
    expect(
      ambitionImpacts({ ambitions: [ambition('gezondheid', 'expert')], areaLevels: [] }, [coverage(reqs)]),
    ).toEqual([]);
    expect(
      ambitionImpacts(
        { ambitions: [ambition('pedagogiek', 'expert')], areaLevels: [level('pedagogiek', 'expert')] },
        [coverage(reqs)],
      ),
    ).toEqual([]);
    expect(
      ambitionImpacts({ ambitions: [ambition('pedagogiek', 'expert', 'achieved')], areaLevels: [] }, [
        coverage(reqs),
      ]),
    ).toEqual([]);
  });
});
