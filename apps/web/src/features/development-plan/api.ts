import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TCandidateView, TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import { apiFetch } from '@/lib/api/client';

export const ACTIONS_PAGE_SIZE = 100;

export type ActionFilters = {
  type?: string;
  status?: string;
  area?: string;
  teamId?: string;
  page: number;
};

export function listActions(filters: ActionFilters) {
  return apiFetch<TPage<TDevelopmentAction>>('/api/development-actions', {
    query: { ...filters, pageSize: ACTIONS_PAGE_SIZE },
  });
}

/** The organisation's ranked gaps (the ranking is sorted by severity). */
export function organisationCoverage(rankingLimit: number) {
  return apiFetch<TOrganisationCoverageView>('/api/organisation/coverage', {
    query: { pageSize: 1, rankingLimit },
  });
}

/** Who could close a gap: planned actions and ambitions first, then people one level below. */
export function listCandidates(query: { area: string; minLevel: string; teamId: string }) {
  return apiFetch<TPage<TCandidateView>>('/api/candidates', { query: { ...query, pageSize: 10 } });
}

export function listActiveEmployees() {
  return apiFetch<TPage<TEmployee>>('/api/employees', { query: { active: true, pageSize: 200 } });
}
