import { describe, expect, it } from 'vitest';
import { siteGapPlanView, sixMonthsFrom } from './gap-plan';

// Choosing the plan for a gap lives in the API now (GET /api/development-plan/gaps and the
// suggestions engine); only the default expected end date is worked out here.
describe('sixMonthsFrom', () => {
  it('adds six months and clamps to the end of a shorter month', () => {
    expect(sixMonthsFrom(new Date('2026-01-15T10:00:00Z'))).toBe('2026-07-15');
    expect(sixMonthsFrom(new Date('2026-08-31T10:00:00Z'))).toBe('2027-02-28');
  });
});

describe('siteGapPlanView (rule 18)', () => {
  const siteGap = {
    teamId: null,
    siteId: 'site-1',
    requirementId: 'req-1',
    courseCandidates: [
      { employeeId: 'bram', employeeName: 'Bram', reason: 'lapsing' as const },
      { employeeId: 'eva', employeeName: 'Eva', reason: 'none' as const },
    ],
    vacancyTeams: [{ id: 'bso', name: 'BSO' }],
    plannedActions: [],
  };

  it("offers the API's candidates in its order and the site's teams", () => {
    expect(siteGapPlanView(siteGap)).toEqual({
      siteId: 'site-1',
      requirementId: 'req-1',
      candidates: [
        { employeeId: 'bram', name: 'Bram', reason: 'lapsing' },
        { employeeId: 'eva', name: 'Eva', reason: 'none' },
      ],
      teams: [{ id: 'bso', name: 'BSO' }],
      vacancyPlanned: false,
    });
  });

  it('says when a vacancy is already planned, and is null for a team gap', () => {
    expect(siteGapPlanView({ ...siteGap, plannedActions: [{ vacancy: true }] })?.vacancyPlanned).toBe(true);
    expect(siteGapPlanView({ ...siteGap, teamId: 'team-1' })).toBeNull();
  });
});
