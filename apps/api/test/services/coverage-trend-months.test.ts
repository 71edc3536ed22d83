import { describe, expect, it } from 'vitest';
import { runsAt, trendMoments, trendWindowStart } from '../../src/services/coverage-trend-months.ts';
import { validatedLevelsAt } from '../../src/services/coverage-trend-teams.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('trend moments', () => {
  it('measures the last millisecond of each past month, then now, across a year boundary', () => {
    const now = new Date('2027-02-10T09:30:00.000Z');
    const moments = trendMoments(3, now);
    expect(moments.map((m) => [m.month, m.start.toISOString(), m.at.toISOString()])).toEqual([
      ['2026-12', '2026-12-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z'],
      ['2027-01', '2027-01-01T00:00:00.000Z', '2027-01-31T23:59:59.999Z'],
      ['2027-02', '2027-02-01T00:00:00.000Z', now.toISOString()],
    ]);
    expect(trendWindowStart(3, now)).toEqual(moments[0]?.start);
  });
});

describe('runsAt', () => {
  const at = new Date('2026-11-15T16:00:00.000Z');
  it('counts the end date as the last day a period runs', () => {
    expect(runsAt({ startDate: day('2026-01-01'), endDate: null }, at)).toBe(true);
    expect(runsAt({ startDate: day('2026-01-01'), endDate: day('2026-11-15') }, at)).toBe(true);
    expect(runsAt({ startDate: day('2026-01-01'), endDate: day('2026-11-14') }, at)).toBe(false);
    expect(runsAt({ startDate: new Date('2026-11-15T16:00:00.001Z'), endDate: null }, at)).toBe(false);
  });
});

describe('validatedLevelsAt', () => {
  it('falls back to the last validated level before a self-assessment (rule 4)', () => {
    const rows = [
      {
        area: 'pedagogiek',
        level: 'starter',
        status: 'validated',
        validFrom: day('2024-01-01'),
        validTo: day('2026-01-01'),
      },
      {
        area: 'pedagogiek',
        level: 'ervaren',
        status: 'self_assessed',
        validFrom: day('2026-01-01'),
        validTo: null,
      },
      {
        area: 'didactiek',
        level: 'expert',
        status: 'validated',
        validFrom: day('2027-01-01'),
        validTo: null,
      },
    ] as const;
    expect(validatedLevelsAt(rows, day('2025-06-01'))).toEqual({ pedagogiek: 'starter' });
    expect(validatedLevelsAt(rows, day('2026-06-01'))).toEqual({ pedagogiek: 'starter' });
    expect(validatedLevelsAt(rows, day('2027-06-01'))).toEqual({
      pedagogiek: 'starter',
      didactiek: 'expert',
    });
  });
});
