import {
  actionTargetFor,
  actionTargetsGap,
  siteCourseCandidates,
  siteMembers,
  siteRankingEntries,
} from '@teamspiegel/domain';
import type { TPlanGap } from '@teamspiegel/domain/api/development-plan';
import { compareNl } from '../../lib/compare-nl.ts';
import type { Db } from '../../plugins/app/prisma.ts';
import { siteCoverages } from '../../services/coverage-site-views.ts';
import type { CoverageSnapshot, SnapshotTeam } from '../../services/coverage-snapshot-types.ts';
import { OPEN_ACTION_FIELDS, plannedActionView } from './service.ts';

/** The site's current teams (archived ones are not in the snapshot: they supply nobody, rule 18). */
export function siteTeamsOf(
  snapshot: CoverageSnapshot,
  siteId: string,
): Array<SnapshotTeam & { id: string }> {
  return [...snapshot.teams]
    .filter(([, team]) => team.siteId === siteId)
    .map(([id, team]) => ({ ...team, id }))
    .sort((a, b) => compareNl(a.name, b.name));
}

/**
 * The plan's site gaps (rules 7 and 18): every certificate requirement of a site in scope with
 * status gap, with the open actions aimed at it (a course of someone working at the site, or a
 * vacancy in one of its teams), the people a course could be planned for and the teams a vacancy
 * can go to. Candidates are limited to the members of `visibleTeamIds`: the site figure counts
 * everyone, but names are shown only of people the caller may see.
 */
export async function planSiteGaps(
  db: Db,
  snapshot: CoverageSnapshot,
  siteIds: Iterable<string> | null,
  onlySiteId: string | null,
  visibleTeamIds: readonly string[],
): Promise<TPlanGap[]> {
  const lines = siteCoverages(snapshot, siteIds, onlySiteId).flatMap((site) => {
    const teams = siteTeamsOf(snapshot, site.siteId);
    const people = siteMembers(teams);
    return siteRankingEntries(site)
      .filter((entry) => entry.status === 'gap')
      .map((entry) => ({
        entry,
        teams,
        people,
        coverage: site.requirements.find((rc) => rc.requirement.id === entry.requirementId),
      }));
  });
  if (lines.length === 0) return [];
  const teamIds = new Set(lines.flatMap((line) => line.teams.map((team) => team.id)));
  const personIds = new Set(lines.flatMap((line) => line.people.map((person) => person.employeeId)));
  const typeIds = new Set(lines.map((line) => line.entry.certificateTypeId ?? ''));
  const actions = await db.developmentAction.findMany({
    where: {
      organisationId: snapshot.organisationId,
      status: { in: ['planned', 'in_progress'] },
      targetCertificateTypeId: { in: [...typeIds] },
      OR: [{ teamId: { in: [...teamIds] } }, { employeeId: { in: [...personIds] } }],
    },
    select: OPEN_ACTION_FIELDS,
    orderBy: [{ expectedEndDate: 'asc' }, { id: 'asc' }],
  });
  const visible = new Set(visibleTeamIds);

  return lines.map(({ entry, teams, people, coverage }) => {
    const atSite = new Set(people.map((person) => person.employeeId));
    const siteTeamIds = new Set(teams.map((team) => team.id));
    const planned = actions
      .filter((action) =>
        actionTargetsGap(
          action,
          entry,
          (id) => atSite.has(id),
          (id) => siteTeamIds.has(id),
        ),
      )
      .map((action) => plannedActionView(action, snapshot));
    const seen = new Set(
      teams.filter((team) => visible.has(team.id)).flatMap((team) => team.members.map((m) => m.employeeId)),
    );
    const candidates = coverage
      ? siteCourseCandidates(people, coverage).filter((candidate) => seen.has(candidate.employeeId))
      : [];
    const certificateLabel = entry.certificateTypeId
      ? (snapshot.certificateLabels.get(entry.certificateTypeId) ?? null)
      : null;
    return {
      ...entry,
      siteName: entry.siteId ? (snapshot.sites.get(entry.siteId) ?? null) : null,
      roleLabel: null,
      certificateLabel,
      plannedActions: planned,
      coveredByPlan: planned.length >= entry.gap,
      suggestion: null,
      // The certificate type of the gap itself: a vacancy aimed at it is "al in het plan".
      hireTarget: actionTargetFor(entry) as TPlanGap['hireTarget'],
      courseCandidates: candidates
        .map((candidate) => ({
          ...candidate,
          employeeName: snapshot.people.get(candidate.employeeId)?.name ?? '',
        }))
        // The domain's order (lapsing holders first), by name within each group.
        .sort(
          (a, b) =>
            Number(a.reason === 'none') - Number(b.reason === 'none') ||
            compareNl(a.employeeName, b.employeeName),
        ),
      vacancyTeams: teams.filter((team) => visible.has(team.id)).map(({ id, name }) => ({ id, name })),
    };
  });
}
