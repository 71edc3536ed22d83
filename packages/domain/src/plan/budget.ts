/** What the training budget needs to know of one development action. */
export type TBudgetAction = {
  status: string;
  costCents: number | null;
  teamId: string | null;
  /** The person's current teams: the budget of an action without a team goes to one of them. */
  personTeamIds?: readonly string[];
  /** ISO dates; the first one present decides the budget year. */
  startDate: string | null;
  expectedEndDate: string | null;
  createdAt: string;
};

export type TBudgetTeam = {
  teamId: string;
  teamName: string;
  siteId: string | null;
  siteName: string | null;
};

export type TBudgetLine = { totalCents: number; actionCount: number; withoutCostCount: number };
export type TBudgetTeamLine = TBudgetLine & { teamId: string | null; teamName: string | null };
export type TBudgetSiteLine = TBudgetLine & {
  siteId: string | null;
  siteName: string | null;
  teams: TBudgetTeamLine[];
};
export type TBudgetYear = TBudgetLine & { year: number; sites: TBudgetSiteLine[] };
export type TTrainingBudget = { years: TBudgetYear[] } & TBudgetLine;

/** The year an action's cost falls in: its start, else its expected end, else when it was entered. */
export function budgetYear(action: Pick<TBudgetAction, 'startDate' | 'expectedEndDate' | 'createdAt'>) {
  return Number((action.startDate ?? action.expectedEndDate ?? action.createdAt).slice(0, 4));
}

const emptyLine = (): TBudgetLine => ({ totalCents: 0, actionCount: 0, withoutCostCount: 0 });

function add(line: TBudgetLine, costCents: number | null) {
  line.actionCount += 1;
  if (costCents === null) line.withoutCostCount += 1;
  else line.totalCents += costCents;
}

export type TBudgetOptions = {
  /** Only this year. */
  year?: number;
  /** Leave out actions that fall under no team of `teams` (a filtered or limited view). */
  listedTeamsOnly?: boolean;
};

const byName = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/** The team an action's cost falls under: its own, else the person's first team (by name) that is listed. */
export function budgetTeam(
  action: Pick<TBudgetAction, 'teamId' | 'personTeamIds'>,
  teams: ReadonlyMap<string, TBudgetTeam>,
): TBudgetTeam | null {
  if (action.teamId) return teams.get(action.teamId) ?? null;
  const candidates = (action.personTeamIds ?? []).flatMap((id) => teams.get(id) ?? []);
  return candidates.sort((a, b) => byName(a.teamName, b.teamName) || byName(a.teamId, b.teamId))[0] ?? null;
}

/**
 * Rule 12 of docs/coverage-rules.md: the training budget. Every action that is not cancelled counts
 * with its cost in the year it starts (else ends, else was entered), under its team (else the person's
 * team, `budgetTeam`) and that team's site; an action under no known team counts under "no team", one without a cost counts as € 0 and is
 * counted in `withoutCostCount` so the page can say the sum is incomplete. Years ascend; sites and
 * teams by name, "no site"/"no team" last.
 */
export function trainingBudget(
  actions: readonly TBudgetAction[],
  teams: ReadonlyMap<string, TBudgetTeam>,
  options: TBudgetOptions = {},
): TTrainingBudget {
  const total = emptyLine();
  const years = new Map<number, TBudgetYear & { siteMap: Map<string, TBudgetSiteLine> }>();
  for (const action of actions) {
    if (action.status === 'cancelled') continue;
    const year = budgetYear(action);
    if (options.year !== undefined && year !== options.year) continue;
    const team = budgetTeam(action, teams);
    if (!team && options.listedTeamsOnly) continue;
    let yearLine = years.get(year);
    if (!yearLine) {
      yearLine = { year, ...emptyLine(), sites: [], siteMap: new Map() };
      years.set(year, yearLine);
    }
    const siteKey = team?.siteId ?? '';
    let site = yearLine.siteMap.get(siteKey);
    if (!site) {
      site = { siteId: team?.siteId ?? null, siteName: team?.siteName ?? null, ...emptyLine(), teams: [] };
      yearLine.siteMap.set(siteKey, site);
    }
    let teamLine = site.teams.find((line) => line.teamId === (team?.teamId ?? null));
    if (!teamLine) {
      teamLine = { teamId: team?.teamId ?? null, teamName: team?.teamName ?? null, ...emptyLine() };
      site.teams.push(teamLine);
    }
    for (const line of [total, yearLine, site, teamLine]) add(line, action.costCents);
  }
  return {
    ...total,
    years: [...years.values()]
      .sort((a, b) => a.year - b.year)
      .map(({ siteMap, ...year }) => ({
        ...year,
        sites: [...siteMap.values()]
          .sort((a, b) => byName(a.siteName, b.siteName))
          .map((site) => ({ ...site, teams: site.teams.sort((a, b) => byName(a.teamName, b.teamName)) })),
      })),
  };
}
