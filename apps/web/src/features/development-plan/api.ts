import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TActionHistory, TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import type { TPlanGap, TTrainingBudget } from '@teamspiegel/domain/api/development-plan';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import type { TRoleDefinition } from '@teamspiegel/domain/api/role-definitions';
import { apiFetch } from '@/lib/api/client';

export const ACTIONS_PAGE_SIZE = 100;

export type ActionFilters = {
  type?: string;
  status?: string;
  area?: string;
  teamId?: string;
  overdue?: boolean;
  page: number;
};

export function listActions(filters: ActionFilters) {
  return apiFetch<TPage<TDevelopmentAction>>('/api/development-actions', {
    query: { ...filters, pageSize: ACTIONS_PAGE_SIZE },
  });
}

/** The plan's gaps as the API computes them: the overview's gaps, what is planned, the next step. */
export function listPlanGaps(query: {
  teamId?: string;
  siteId?: string;
  area?: string;
  level?: string;
  requirementId?: string;
  pageSize: number;
}) {
  return apiFetch<TPage<TPlanGap>>('/api/development-plan/gaps', { query });
}

export function listActiveEmployees() {
  return apiFetch<TPage<TEmployee>>('/api/employees', { query: { active: true, pageSize: 200 } });
}

/** The organisation's roles, for the "aimed at a role" choice of a new action (one page: a role list is short). */
export function listRoleDefinitions() {
  return apiFetch<TPage<TRoleDefinition>>('/api/role-definitions', { query: { pageSize: 200 } });
}

/** The training budget per year, site and team, as the domain summed it (rule 12). */
export function getTrainingBudget(query: { teamId?: string }) {
  return apiFetch<TTrainingBudget>('/api/development-plan/budget', { query });
}

export function getAction(id: string) {
  return apiFetch<TDevelopmentAction>(`/api/development-actions/${encodeURIComponent(id)}`);
}

export function getActionHistory(id: string) {
  return apiFetch<TActionHistory>(`/api/development-actions/${encodeURIComponent(id)}/history`);
}
