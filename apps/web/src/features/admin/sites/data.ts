import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import type { TSiteRequirement } from '@teamspiegel/domain/api/site-requirements';
import type { TArchiveFilter, TSite } from '@teamspiegel/domain/api/sites';
import { apiFetch } from '@/lib/api/client';

export const SITES_PAGE_SIZE = 50;

export function fetchAdminSites(query: { status: TArchiveFilter; page?: number; pageSize?: number }) {
  return apiFetch<TPage<TSite>>('/api/sites', {
    query: { status: query.status, page: query.page ?? 1, pageSize: query.pageSize ?? SITES_PAGE_SIZE },
  });
}

/** Every site requirement of the organisation (a handful per site; the API's page maximum is ample). */
export function fetchSiteRequirements() {
  return apiFetch<TPage<TSiteRequirement>>('/api/site-requirements', { query: { pageSize: 200 } });
}

/** The sites' requirement figures as the API computes them (rule 18); the matrix and ranking kept minimal. */
export function fetchSiteFigures() {
  return apiFetch<TOrganisationCoverageView>('/api/organisation/coverage', {
    query: { pageSize: 1, rankingLimit: 1 },
  });
}

/** The people working at a site today (current members of its teams), for a person exemption. */
export function fetchSitePeople(siteId: string) {
  return apiFetch<TPage<TEmployee>>('/api/employees', { query: { siteId, active: true, pageSize: 200 } });
}
