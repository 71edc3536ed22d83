import { describe, expect, it } from 'vitest';
import { sixMonthsFrom } from './gap-plan';

// Choosing the plan for a gap lives in the API now (GET /api/development-plan/gaps and the
// suggestions engine); only the default expected end date is worked out here.
describe('sixMonthsFrom', () => {
  it('adds six months and clamps to the end of a shorter month', () => {
    expect(sixMonthsFrom(new Date('2026-01-15T10:00:00Z'))).toBe('2026-07-15');
    expect(sixMonthsFrom(new Date('2026-08-31T10:00:00Z'))).toBe('2027-02-28');
  });
});
