import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TIkkCoachHours } from '@teamspiegel/domain/api/compliance';
import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TSite } from '@teamspiegel/domain/api/sites';
import { apiFetch } from '@/lib/api/client';

/** Teams per heatmap page. */
export const HEATMAP_PAGE_SIZE = 25;
/** Entries in the ranked list of the most severe gaps. */
export const RANKING_LIMIT = 25;

/** GET /api/organisation/coverage: the API scopes it to the caller (managers: the teams they lead). */
export function fetchOrganisationCoverage(query: {
  siteId?: string;
  page?: number;
  pageSize?: number;
  rankingLimit?: number;
  sort?: 'site' | 'severity';
  /** Leave levels overdue for reassessment out of the figures (rule 16). */
  excludeOverdue?: boolean;
}): Promise<TOrganisationCoverageView> {
  return apiFetch<TOrganisationCoverageView>('/api/organisation/coverage', {
    query: {
      siteId: query.siteId,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? HEATMAP_PAGE_SIZE,
      rankingLimit: query.rankingLimit ?? RANKING_LIMIT,
      sort: query.sort,
      overdue: query.excludeOverdue ? 'exclude' : undefined,
    },
  });
}

/** The organisation's sites (for filters); one page of up to 200 is plenty for an IKC organisation. */
export function fetchSites(): Promise<TPage<TSite>> {
  return apiFetch<TPage<TSite>>('/api/sites', { query: { pageSize: 200 } });
}

/** GET /api/compliance/ikk-coach-hours: Wet IKK coach hours required against assigned (board, hr). */
export function fetchIkkCoachHours(): Promise<TIkkCoachHours> {
  return apiFetch<TIkkCoachHours>('/api/compliance/ikk-coach-hours');
}
