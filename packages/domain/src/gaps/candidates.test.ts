import { describe, expect, it } from 'vitest';
import { member, target } from '../../test/builders.js';
import { ZCandidate } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { findCandidates } from './candidates.js';

describe('findCandidates', () => {
  const members = [
    member('below', { levels: { psychologie_orthopedagogiek: 'ervaren' } }),
    member('qualified', { levels: { psychologie_orthopedagogiek: 'expert' } }),
    member('ambitious', {
      development: [
        { source: 'ambition', area: 'psychologie_orthopedagogiek', level: 'expert', expectedDate: null },
      ],
    }),
    member('training-late', {
      levels: { psychologie_orthopedagogiek: 'starter' },
      development: [
        target('psychologie_orthopedagogiek', 'expert', '2027-01-01', {
          actionType: 'training',
          sourceId: 'x',
        }),
      ],
    }),
    member('training-soon', {
      development: [
        target('psychologie_orthopedagogiek', 'expert', '2026-02-01', { actionType: 'omscholing' }),
      ],
    }),
    member('too-low', { levels: { psychologie_orthopedagogiek: 'starter' } }),
    member('aims-too-low', { development: [target('psychologie_orthopedagogiek', 'ervaren', '2026-01-01')] }),
  ];

  it('ranks planned actions, then ambitions, then those one level below; excludes the qualified', () => {
    const result = findCandidates({ members, area: 'psychologie_orthopedagogiek', minLevel: 'expert' });
    expect(result.map((c) => [c.employeeId, c.reason])).toEqual([
      ['training-soon', 'planned_action'],
      ['training-late', 'planned_action'],
      ['ambitious', 'ambition'],
      ['below', 'one_level_below'],
    ]);
    expect(result[1]).toEqual({
      employeeId: 'training-late',
      fte: 1,
      currentLevel: 'starter',
      reason: 'planned_action',
      targetLevel: 'expert',
      expectedDate: '2027-01-01',
      sourceId: 'x',
      actionType: 'training',
    });
    for (const c of result) expect(ZCandidate.safeParse(c).success).toBe(true);
  });

  it('lists the qualified first when excludeQualified is false', () => {
    const result = findCandidates({
      members,
      area: 'psychologie_orthopedagogiek',
      minLevel: 'expert',
      excludeQualified: false,
    });
    expect(result[0]).toMatchObject({ employeeId: 'qualified', reason: 'qualified', currentLevel: 'expert' });
  });

  it('does not treat "no level" as one level below in_opleiding', () => {
    expect(findCandidates({ members: [member('x')], area: 'gezondheid', minLevel: 'in_opleiding' })).toEqual(
      [],
    );
  });

  it('does not depend on member order and rejects duplicates', () => {
    const forward = findCandidates({ members, area: 'psychologie_orthopedagogiek', minLevel: 'expert' });
    const backward = findCandidates({
      members: [...members].reverse(),
      area: 'psychologie_orthopedagogiek',
      minLevel: 'expert',
    });
    expect(backward).toEqual(forward);
    expect(() =>
      findCandidates({ members: [member('a'), member('a')], area: 'gezondheid', minLevel: 'starter' }),
    ).toThrow(DomainError);
  });
});
