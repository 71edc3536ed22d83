import { describe, expect, it } from 'vitest';
import { budgetYear, type TBudgetAction, type TBudgetTeam, trainingBudget } from './budget.js';
import { isActionOverdue } from './overdue.js';

describe('isActionOverdue (rule 11)', () => {
  const today = '2026-12-07';
  it('flags an open action whose expected end has passed', () => {
    expect(isActionOverdue({ status: 'planned', expectedEndDate: '2026-12-06' }, today)).toBe(true);
    expect(isActionOverdue({ status: 'in_progress', expectedEndDate: '2026-01-01' }, today)).toBe(true);
  });
  it('does not flag an action due today or later, or without an expected end', () => {
    expect(isActionOverdue({ status: 'planned', expectedEndDate: today }, today)).toBe(false);
    expect(isActionOverdue({ status: 'planned', expectedEndDate: '2027-01-01' }, today)).toBe(false);
    expect(isActionOverdue({ status: 'in_progress', expectedEndDate: null }, today)).toBe(false);
  });
  it('never flags a completed or cancelled action', () => {
    expect(isActionOverdue({ status: 'completed', expectedEndDate: '2020-01-01' }, today)).toBe(false);
    expect(isActionOverdue({ status: 'cancelled', expectedEndDate: '2020-01-01' }, today)).toBe(false);
  });
});

const teams = new Map<string, TBudgetTeam>([
  ['t-rups', { teamId: 't-rups', teamName: 'De Rupsjes', siteId: 's-noord', siteName: 'Noord' }],
  ['t-vlin', { teamId: 't-vlin', teamName: 'De Vlinders', siteId: 's-noord', siteName: 'Noord' }],
  ['t-zon', { teamId: 't-zon', teamName: 'Zonnetjes', siteId: 's-zuid', siteName: 'Zuid' }],
]);
const action = (over: Partial<TBudgetAction>): TBudgetAction => ({
  status: 'planned',
  costCents: 10_000,
  teamId: 't-rups',
  startDate: '2026-03-01',
  expectedEndDate: null,
  createdAt: '2025-11-01T10:00:00.000Z',
  ...over,
});

describe('trainingBudget (rule 12)', () => {
  it('takes the year from the start, else the expected end, else the entry date', () => {
    expect(budgetYear(action({}))).toBe(2026);
    expect(budgetYear(action({ startDate: null, expectedEndDate: '2027-02-01' }))).toBe(2027);
    expect(budgetYear(action({ startDate: null }))).toBe(2025);
  });

  it('sums per year, site and team, without cancelled actions (the worked example)', () => {
    const budget = trainingBudget(
      [
        action({ costCents: 120_000 }),
        action({ costCents: 45_000, status: 'completed' }),
        action({ teamId: 't-vlin', costCents: 30_000 }),
        action({ teamId: 't-zon', costCents: null }),
        action({ teamId: 't-zon', costCents: 99_999, status: 'cancelled' }),
        action({ teamId: null, costCents: 5_000, startDate: '2027-01-10' }),
      ],
      teams,
    );
    expect(budget.totalCents).toBe(200_000);
    expect(budget.actionCount).toBe(5);
    expect(budget.withoutCostCount).toBe(1);
    expect(budget.years.map((year) => [year.year, year.totalCents])).toEqual([
      [2026, 195_000],
      [2027, 5_000],
    ]);
    const [y2026, y2027] = budget.years;
    expect(y2026?.sites.map((site) => [site.siteName, site.totalCents, site.actionCount])).toEqual([
      ['Noord', 195_000, 3],
      ['Zuid', 0, 1],
    ]);
    expect(y2026?.sites[0]?.teams.map((team) => [team.teamName, team.totalCents])).toEqual([
      ['De Rupsjes', 165_000],
      ['De Vlinders', 30_000],
    ]);
    expect(y2026?.sites[1]?.withoutCostCount).toBe(1);
    expect(y2027?.sites).toEqual([
      {
        siteId: null,
        siteName: null,
        totalCents: 5_000,
        actionCount: 1,
        withoutCostCount: 0,
        teams: [{ teamId: null, teamName: null, totalCents: 5_000, actionCount: 1, withoutCostCount: 0 }],
      },
    ]);
  });

  it("puts an action without a team under the person's team, and filters by year and listed teams", () => {
    const mine = action({ teamId: null, personTeamIds: ['t-zon', 't-vlin'], costCents: 7_000 });
    const budget = trainingBudget([mine], teams);
    expect(budget.years[0]?.sites[0]?.teams[0]?.teamName).toBe('De Vlinders');
    const onlyZuid = new Map([...teams].filter(([, team]) => team.siteId === 's-zuid'));
    expect(trainingBudget([mine], onlyZuid).years[0]?.sites[0]?.teams[0]?.teamName).toBe('Zonnetjes');
    const outside = action({ teamId: 't-rups', costCents: 1 });
    expect(trainingBudget([outside], onlyZuid, { listedTeamsOnly: true }).actionCount).toBe(0);
    expect(trainingBudget([outside], onlyZuid).actionCount).toBe(1);
    expect(trainingBudget([outside, mine], teams, { year: 2027 }).actionCount).toBe(0);
  });

  it('is empty without actions', () => {
    expect(trainingBudget([], teams)).toEqual({
      years: [],
      totalCents: 0,
      actionCount: 0,
      withoutCostCount: 0,
    });
  });
});
