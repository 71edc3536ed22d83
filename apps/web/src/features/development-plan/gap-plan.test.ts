import type { TCandidateView } from '@teamspiegel/domain/api/coverage';
import { describe, expect, it } from 'vitest';
import { alreadyPlanned, gapActionTitle, planForGap, sixMonthsFrom } from './gap-plan';

const candidate = (over: Partial<TCandidateView>): TCandidateView => ({
  employeeId: 'e1',
  name: 'Ayşe Bakker',
  fte: 0.8,
  currentLevel: 'starter',
  reason: 'one_level_below',
  teams: [],
  ...over,
});

describe('planForGap', () => {
  it('plans hiring when nobody can grow into the gap', () => {
    expect(planForGap([], 'ervaren')).toEqual({
      type: 'werving',
      employeeId: null,
      employeeName: null,
      reason: null,
    });
  });

  it('skips people who already have a planned action', () => {
    const plan = planForGap(
      [candidate({ employeeId: 'p', reason: 'planned_action' }), candidate({ employeeId: 'b' })],
      'ervaren',
    );
    expect(plan.employeeId).toBe('b');
    expect(alreadyPlanned([candidate({ employeeId: 'p', reason: 'planned_action' })])).toHaveLength(1);
  });

  it('coaches an ambitious candidate one level below, trains a bigger step and one-level-below people', () => {
    expect(planForGap([candidate({ reason: 'ambition', currentLevel: 'starter' })], 'ervaren').type).toBe(
      'coaching',
    );
    expect(planForGap([candidate({ reason: 'ambition', currentLevel: null })], 'ervaren').type).toBe(
      'training',
    );
    expect(planForGap([candidate({ reason: 'one_level_below' })], 'ervaren').type).toBe('training');
  });
});

describe('gapActionTitle', () => {
  it('writes a Dutch title', () => {
    const plan = planForGap([candidate({})], 'ervaren');
    expect(gapActionTitle(plan, 'pedagogiek', 'ervaren', 'Peutergroep')).toBe(
      'Training Pedagogiek tot niveau ervaren: Ayşe Bakker (Peutergroep)',
    );
    expect(gapActionTitle(planForGap([], 'expert'), 'gezondheid', 'expert', 'BSO')).toBe(
      'Werving Gezondheid op niveau expert (BSO)',
    );
  });
});

describe('sixMonthsFrom', () => {
  it('adds six months and clamps to the end of a shorter month', () => {
    expect(sixMonthsFrom(new Date('2026-01-15T10:00:00Z'))).toBe('2026-07-15');
    expect(sixMonthsFrom(new Date('2026-08-31T10:00:00Z'))).toBe('2027-02-28');
  });
});
