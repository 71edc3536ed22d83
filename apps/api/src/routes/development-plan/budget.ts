import { type Locale, type TBudgetTeam, trainingBudget } from '@teamspiegel/domain';
import type { TTrainingBudget, TTrainingBudgetQuery } from '@teamspiegel/domain/api/development-plan';
import { isoDate, isoDateTime } from '../../lib/http.ts';
import { notFound } from '../../lib/problem.ts';
import type { Actor } from '../../plugins/app/auth.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { activeMembershipWhere, reachOf } from '../../services/access.ts';
import type { CoverageSnapshot } from '../../services/coverage-snapshot.ts';
import type { Table } from '../../services/export/coverage-export.ts';
import { t } from '../../services/export/terms.ts';

/**
 * The training budget (rule 12) for the actor: every team in reach of `development.budget` (a
 * manager's teams, else all), narrowed by the query's site and team; the domain sums the costs.
 */
export async function budgetFor(
  db: Db,
  actor: Actor,
  snapshot: CoverageSnapshot,
  query: TTrainingBudgetQuery,
): Promise<TTrainingBudget> {
  if (query.siteId && !snapshot.sites.has(query.siteId)) throw notFound('Site');
  if (query.teamId && !snapshot.teams.has(query.teamId)) throw notFound('Team');
  const reach = await reachOf(db, actor, 'development.budget');
  const visible = reach.all ? null : new Set(reach.teamIds);
  const teams = new Map<string, TBudgetTeam>();
  for (const [teamId, team] of snapshot.teams) {
    if (visible && !visible.has(teamId)) continue;
    if (query.teamId && teamId !== query.teamId) continue;
    if (query.siteId && team.siteId !== query.siteId) continue;
    const siteId = team.siteId ?? null;
    teams.set(teamId, {
      teamId,
      teamName: team.name,
      siteId,
      siteName: siteId ? (snapshot.sites.get(siteId) ?? null) : null,
    });
  }
  const teamIds = [...teams.keys()];
  const narrowed = Boolean(visible || query.siteId || query.teamId);
  const actions = await db.developmentAction.findMany({
    where: {
      organisationId: actor.organisationId,
      status: { not: 'cancelled' },
      ...(narrowed
        ? {
            OR: [
              { teamId: { in: teamIds } },
              {
                teamId: null,
                employee: { memberships: { some: { teamId: { in: teamIds }, ...activeMembershipWhere() } } },
              },
            ],
          }
        : {}),
    },
    select: {
      status: true,
      costCents: true,
      teamId: true,
      employeeId: true,
      startDate: true,
      expectedEndDate: true,
      createdAt: true,
    },
  });
  return trainingBudget(
    actions.map((action) => ({
      status: action.status,
      costCents: action.costCents,
      teamId: action.teamId,
      personTeamIds: action.employeeId ? (snapshot.people.get(action.employeeId)?.teamIds ?? []) : [],
      startDate: isoDate(action.startDate),
      expectedEndDate: isoDate(action.expectedEndDate),
      createdAt: isoDateTime(action.createdAt),
    })),
    teams,
    { year: query.year, listedTeamsOnly: narrowed },
  );
}

/** The budget as one sheet: a row per team, then the site's and the year's totals (costs in euros). */
export function budgetTable(budget: TTrainingBudget, locale: Locale): Table {
  const noSite = t(locale, 'Zonder locatie', 'No site');
  const noTeam = t(locale, 'Zonder team', 'No team');
  const total = t(locale, 'Totaal', 'Total');
  const euros = (cents: number) => cents / 100;
  const rows: Table['rows'] = [];
  for (const year of budget.years) {
    for (const site of year.sites) {
      const siteName = site.siteName ?? noSite;
      for (const team of site.teams) {
        rows.push([
          year.year,
          siteName,
          team.teamName ?? noTeam,
          team.actionCount,
          team.withoutCostCount,
          euros(team.totalCents),
        ]);
      }
      rows.push([
        year.year,
        siteName,
        total,
        site.actionCount,
        site.withoutCostCount,
        euros(site.totalCents),
      ]);
    }
    rows.push([year.year, total, '', year.actionCount, year.withoutCostCount, euros(year.totalCents)]);
  }
  return {
    sheet: t(locale, 'Opleidingsbudget', 'Training budget'),
    headers: [
      t(locale, 'Jaar', 'Year'),
      t(locale, 'Locatie', 'Site'),
      t(locale, 'Team', 'Team'),
      t(locale, 'Acties', 'Actions'),
      t(locale, 'Zonder kosten', 'Without cost'),
      t(locale, 'Kosten (€)', 'Cost (€)'),
    ],
    rows,
  };
}
