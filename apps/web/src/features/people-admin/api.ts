import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import type { TMembership } from '@teamspiegel/domain/api/memberships';
import type { TTeam } from '@teamspiegel/domain/api/teams';
import { apiFetch, apiFetchWithMeta } from '@/lib/api/client';

/** The person with the ETag of the version shown (sent back as If-Match when saving). */
export function getEmployee(id: string) {
  return apiFetchWithMeta<TEmployee>(`/api/employees/${encodeURIComponent(id)}`);
}

/** A person's memberships, newest first (one page of 200: a person has a handful). */
export function listMembershipsOf(employeeId: string) {
  return apiFetch<TPage<TMembership>>('/api/memberships', { query: { employeeId, pageSize: 200 } });
}

/** Teams to choose from (one page of 200: an organisation has far fewer). */
export function listTeamOptions() {
  return apiFetch<TPage<TTeam>>('/api/teams', { query: { pageSize: 200 } });
}
