import 'server-only';
import type { TCoverageSummary } from '@teamspiegel/domain';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import type { TTeam } from '@teamspiegel/domain/api/teams';
import { apiFetch } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { fetchOrganisationCoverage } from '../overview/data';

export const TEAMS_PAGE_SIZE = 25;

export function fetchTeams(query: { siteId?: string; q?: string; page?: number; pageSize?: number }) {
  return apiFetch<TPage<TTeam>>('/api/teams', {
    query: {
      siteId: query.siteId,
      q: query.q,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? TEAMS_PAGE_SIZE,
    },
  });
}

/**
 * Coverage summaries of every team the caller may see, from ONE call to the organisation
 * coverage (the matrix carries each team's summary); never one call per team.
 */
export async function fetchSummaries(): Promise<
  Map<string, { summary: TCoverageSummary; teamName: string; siteName: string | null }>
> {
  const coverage = await fetchOrganisationCoverage({ page: 1, pageSize: 1000, rankingLimit: 1 });
  return new Map(
    coverage.matrix.items.map((row) => [
      row.teamId,
      { summary: row.summary, teamName: row.teamName, siteName: row.siteName },
    ]),
  );
}

/** An employee's own current teams (profile) with their aggregate coverage; a handful at most. */
export async function fetchOwnTeams(today: string) {
  const profile = await apiFetch<TProfile>('/api/me/profile');
  const current = profile.teams.filter(
    (t) => t.startDate <= today && (t.endDate === null || t.endDate >= today),
  );
  const unique = [...new Map(current.map((t) => [t.id, t])).values()];
  return Promise.all(
    unique.map(async (team) => {
      // A team whose coverage cannot be read still shows, without its status (only API errors are caught:
      // a redirect to the login page must pass).
      const coverage = await apiFetch<TTeamCoverageView>(
        `/api/teams/${encodeURIComponent(team.id)}/coverage`,
      ).catch((error: unknown) => {
        if (error instanceof ApiError) return null;
        throw error;
      });
      return {
        id: team.id,
        name: team.name,
        siteId: team.siteId,
        siteName: team.siteName,
        memberCount: coverage?.profile.memberCount ?? null,
        summary: coverage?.summary ?? null,
      };
    }),
  );
}
