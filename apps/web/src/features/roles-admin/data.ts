import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import type { TRoleAssignment } from '@teamspiegel/domain/api/role-assignments';
import type { TQualifiedEmployee, TRoleDefinition } from '@teamspiegel/domain/api/role-definitions';
import { apiFetch, apiFetchWithMeta } from '@/lib/api/client';

/** The organisation's role catalogue (one page of 200: a catalogue is short). */
export function listRoles(q?: string) {
  return apiFetch<TPage<TRoleDefinition>>('/api/role-definitions', { query: { pageSize: 200, q } });
}

/** One role with its ETag (the version the profile form sends back as If-Match). */
export async function getRole(id: string) {
  const { data, etag } = await apiFetchWithMeta<TRoleDefinition>(
    `/api/role-definitions/${encodeURIComponent(id)}`,
  );
  return { role: data, etag: etag ?? `W/"${data.version}"` };
}

/** Who holds the role today. */
export function listHolders(roleDefinitionId: string, page: number) {
  return apiFetch<TPage<TRoleAssignment>>('/api/role-assignments', {
    query: { roleDefinitionId, current: true, page, pageSize: 50 },
  });
}

/** Who meets the role today (the API applies the validated-levels rule). */
export function listQualified(roleDefinitionId: string, page: number) {
  return apiFetch<TPage<TQualifiedEmployee>>(
    `/api/role-definitions/${encodeURIComponent(roleDefinitionId)}/qualified-employees`,
    { query: { page, pageSize: 50 } },
  );
}

/** Active people for the assignment form's picker (200, sorted by the API). */
export function listActivePeople() {
  return apiFetch<TPage<TEmployee>>('/api/employees', { query: { active: true, pageSize: 200 } });
}
