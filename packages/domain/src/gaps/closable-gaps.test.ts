import { describe, expect, it } from 'vitest';
import { areaReq, member, roleReq, target, team } from '../../test/builders.js';
import { closableGaps } from './closable-gaps.js';
import { computeTeamCoverage } from './team-coverage.js';

describe('closableGaps (rule 13, the worked example)', () => {
  const sanne = member('sanne', {
    levels: { pedagogiek: 'starter', gezondheid: 'ervaren' },
    development: [{ source: 'ambition', area: 'verzorging', level: 'expert', expectedDate: null }],
  });
  const others = [member('bram', { levels: { pedagogiek: 'ervaren' } })];
  const input = team(
    [sanne, ...others],
    [
      areaReq('r1', 'pedagogiek', 'ervaren', 2),
      areaReq('r2', 'verzorging', 'ervaren', 1),
      areaReq('r3', 'gezondheid', 'ervaren', 1),
      areaReq('r4', 'didactiek', 'expert', 1),
      roleReq('r5', 'leerkracht'),
    ],
  );
  const coverage = computeTeamCoverage(input);

  it('lists the area gaps she is one step from, with her route; not what she meets, not out of reach', () => {
    expect(closableGaps(input, coverage, 'sanne')).toEqual([
      {
        teamId: 't1',
        requirementId: 'r1',
        area: 'pedagogiek',
        minLevel: 'ervaren',
        gap: 1,
        currentLevel: 'starter',
        reason: 'one_level_below',
        targetLevel: null,
        expectedDate: null,
      },
      {
        teamId: 't1',
        requirementId: 'r2',
        area: 'verzorging',
        minLevel: 'ervaren',
        gap: 1,
        currentLevel: null,
        reason: 'ambition',
        targetLevel: 'expert',
        expectedDate: null,
      },
    ]);
  });

  it('prefers a planned action over being one level below, and is empty outside the team', () => {
    const planned = member('sanne', {
      levels: { pedagogiek: 'starter' },
      development: [target('pedagogiek', 'ervaren', '2027-03-01')],
    });
    const withAction = team([planned, ...others], [areaReq('r1', 'pedagogiek', 'ervaren', 2)]);
    const [gap] = closableGaps(withAction, computeTeamCoverage(withAction), 'sanne');
    expect(gap).toMatchObject({
      reason: 'planned_action',
      targetLevel: 'ervaren',
      expectedDate: '2027-03-01',
    });
    expect(closableGaps(input, coverage, 'nobody')).toEqual([]);
  });
});
