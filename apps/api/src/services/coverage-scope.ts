import { notFound } from '../lib/problem.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { Db } from '../plugins/app/prisma.ts';
import { coveragePermission, teamIdsInScope } from './access.ts';
import { siteScope } from './coverage-site-views.ts';
import type { CoverageSnapshot } from './coverage-snapshot.ts';

/** Team ids whose coverage the actor may see, by the scope of their coverage permission. */
export async function coverageTeamIds(db: Db, actor: Actor, snapshot: CoverageSnapshot): Promise<string[]> {
  return (await teamIdsInScope(db, actor, coveragePermission(actor))) ?? [...snapshot.teams.keys()];
}

/** Whether the actor may see this current team's coverage (no list of all teams built for it). */
export async function mayReadTeamCoverage(db: Db, actor: Actor, teamId: string): Promise<boolean> {
  return (await teamIdsInScope(db, actor, coveragePermission(actor)))?.includes(teamId) ?? true;
}

/**
 * The teams an organisation-wide view shows the actor (narrowed to one site when asked, 404 for an
 * unknown site), and how many of the actor's teams each site has (for the site filter).
 */
export async function coverageScope(
  db: Db,
  actor: Actor,
  snapshot: CoverageSnapshot,
  siteId?: string | null,
) {
  if (siteId && !snapshot.sites.has(siteId)) throw notFound('Site');
  const visible = (await coverageTeamIds(db, actor, snapshot)).filter((id) => snapshot.teams.has(id));
  const siteTeamCounts = new Map<string, number>();
  for (const teamId of visible) {
    const id = snapshot.teams.get(teamId)?.siteId;
    if (id) siteTeamCounts.set(id, (siteTeamCounts.get(id) ?? 0) + 1);
  }
  const teamIds = siteId ? visible.filter((id) => snapshot.teams.get(id)?.siteId === siteId) : visible;
  return { teamIds, siteTeamCounts };
}

/**
 * The teams the trend measures for the actor: the current ones of `coverageScope` (pass it when
 * already at hand) and the archived ones in the actor's scope (each counted only for the months it existed).
 */
export async function trendScope(
  db: Db,
  actor: Actor,
  snapshot: CoverageSnapshot,
  siteId?: string | null,
  current?: { teamIds: string[] },
) {
  const { teamIds } = current ?? (await coverageScope(db, actor, snapshot, siteId));
  const inScope = await teamIdsInScope(db, actor, coveragePermission(actor));
  const visible = inScope ? new Set(inScope) : null;
  const archived = [...snapshot.archivedTeams.entries()]
    .filter(([id, team]) => (visible ? visible.has(id) : true) && (!siteId || team.siteId === siteId))
    .map(([id]) => id);
  return [...teamIds, ...archived];
}

/**
 * Rule 18 in the trend: the sites whose requirements the actor sees, as in today's coverage
 * (`siteScope`): every site (null) organisation-wide, else the sites of her current teams; the one
 * asked for with `siteId`.
 */
export function trendSiteScope(
  actor: Actor,
  snapshot: CoverageSnapshot,
  teamIds: readonly string[],
  siteId?: string | null,
): string[] | null {
  const siteTeamCounts = new Map<string, number>();
  for (const teamId of teamIds) {
    const id = snapshot.teams.get(teamId)?.siteId;
    if (id) siteTeamCounts.set(id, (siteTeamCounts.get(id) ?? 0) + 1);
  }
  const scope = siteScope(actor, siteTeamCounts);
  if (scope === null) return siteId ? [siteId] : null;
  return [...scope].filter((id) => !siteId || id === siteId);
}
