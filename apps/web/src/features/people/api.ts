import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import type { TRoleDefinition } from '@teamspiegel/domain/api/role-definitions';
import type { TSite } from '@teamspiegel/domain/api/sites';
import type { TTeam } from '@teamspiegel/domain/api/teams';
import { apiFetch } from '@/lib/api/client';

export type PeopleFilters = {
  q?: string;
  teamId?: string;
  siteId?: string;
  active?: 'true' | 'false';
  roleDefinitionId?: string;
  area?: string;
  minLevel?: string;
  page: number;
};

export const PEOPLE_PAGE_SIZE = 25;

export function listEmployees(filters: PeopleFilters) {
  return apiFetch<TPage<TEmployee>>('/api/employees', {
    query: { ...filters, pageSize: PEOPLE_PAGE_SIZE },
  });
}

/** Teams and sites for filter menus (one page of 200 each: an organisation has far fewer). */
export function listTeams() {
  return apiFetch<TPage<TTeam>>('/api/teams', { query: { pageSize: 200 } });
}

export function listSites() {
  return apiFetch<TPage<TSite>>('/api/sites', { query: { pageSize: 200 } });
}

/** The role catalogue for the role filter (one page of 200: a catalogue has tens of roles). */
export function listRoleDefinitions() {
  return apiFetch<TPage<TRoleDefinition>>('/api/role-definitions', { query: { pageSize: 200 } });
}
