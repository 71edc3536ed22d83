import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
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
