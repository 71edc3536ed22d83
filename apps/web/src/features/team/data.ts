import 'server-only';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { apiFetch } from '@/lib/api/client';
import { load } from '@/lib/api/load';

/** One call: the team's coverage, charts' aggregates and members (GET /api/teams/:id/coverage). */
export function loadTeamCoverage(teamId: string, excludeOverdue = false) {
  return load(
    apiFetch<TTeamCoverageView>(`/api/teams/${encodeURIComponent(teamId)}/coverage`, {
      query: excludeOverdue ? { overdue: 'exclude' } : {},
    }),
  );
}
