/** About six months from `from`, as an ISO date: the default expected end of a planned step. */
export function sixMonthsFrom(from: Date): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 6, from.getUTCDate()));
  // 31 August + 6 months would roll into March: clamp to the month's last day instead.
  if (date.getUTCDate() !== from.getUTCDate()) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** What the plan form of a site's certificate gap (rule 18) offers; the API chose who and which teams. */
export type SiteGapPlanView = {
  siteId: string;
  requirementId: string;
  /** People at the site a course could be planned for, lapsing holders first (the API's order). */
  candidates: Array<{ employeeId: string; name: string; reason: 'lapsing' | 'none' }>;
  teams: Array<{ id: string; name: string }>;
  /** A vacancy for the gap is already open: planning another would only find it. */
  vacancyPlanned: boolean;
};

/** The site form's choices of a plan gap, or null for a team's gap (which has its one-click button). */
export function siteGapPlanView(gap: {
  teamId: string | null;
  siteId?: string | null;
  requirementId: string;
  courseCandidates?: Array<{ employeeId: string; employeeName: string; reason: 'lapsing' | 'none' }>;
  vacancyTeams?: Array<{ id: string; name: string }>;
  plannedActions: Array<{ vacancy: boolean }>;
}): SiteGapPlanView | null {
  if (gap.teamId !== null || !gap.siteId) return null;
  return {
    siteId: gap.siteId,
    requirementId: gap.requirementId,
    candidates: (gap.courseCandidates ?? []).map((candidate) => ({
      employeeId: candidate.employeeId,
      name: candidate.employeeName,
      reason: candidate.reason,
    })),
    teams: gap.vacancyTeams ?? [],
    vacancyPlanned: gap.plannedActions.some((action) => action.vacancy),
  };
}
