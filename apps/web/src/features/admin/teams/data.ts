import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TRequirementTemplate } from '@teamspiegel/domain/api/requirement-templates';
import type { TArchiveFilter } from '@teamspiegel/domain/api/sites';
import type { TTeam } from '@teamspiegel/domain/api/teams';
import { apiFetch } from '@/lib/api/client';

export const TEAMS_ADMIN_PAGE_SIZE = 50;

export function fetchAdminTeams(query: { status: TArchiveFilter; siteId?: string; page: number }) {
  return apiFetch<TPage<TTeam>>('/api/teams', {
    query: { status: query.status, siteId: query.siteId, page: query.page, pageSize: TEAMS_ADMIN_PAGE_SIZE },
  });
}

export async function fetchTemplates() {
  return (await apiFetch<{ items: TRequirementTemplate[] }>('/api/requirement-templates')).items;
}
