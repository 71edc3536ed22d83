import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TRequirementTemplate } from '@teamspiegel/domain/api/requirement-templates';
import type { TRoleDefinition } from '@teamspiegel/domain/api/role-definitions';
import type { TTeamRequirementProfile } from '@teamspiegel/domain/api/team-requirements';
import type { TTeam } from '@teamspiegel/domain/api/teams';
import { apiFetch, apiFetchWithMeta } from '@/lib/api/client';
import { load } from '@/lib/api/load';

const PAGE_SIZE = 200;

/** All role definitions of the organisation (the API pages; a role list is short, so few pages). */
async function allRoleDefinitions(): Promise<TRoleDefinition[]> {
  const out: TRoleDefinition[] = [];
  for (let page = 1; page <= 20; page++) {
    const data = await apiFetch<TPage<TRoleDefinition>>('/api/role-definitions', {
      query: { page, pageSize: PAGE_SIZE },
    });
    out.push(...data.items);
    if (out.length >= data.total || data.items.length === 0) break;
  }
  return out;
}

export type EditorData = {
  team: TTeam;
  profile: TTeamRequirementProfile;
  etag: string;
  roles: TRoleDefinition[];
  templates: TRequirementTemplate[];
};

/** Everything the requirements editor needs, in parallel; the profile's ETag guards the save. */
export function loadEditorData(teamId: string) {
  const id = encodeURIComponent(teamId);
  return load(
    (async (): Promise<EditorData> => {
      const [team, profile, roles, templates] = await Promise.all([
        apiFetch<TTeam>(`/api/teams/${id}`),
        apiFetchWithMeta<TTeamRequirementProfile>(`/api/teams/${id}/requirements`),
        allRoleDefinitions(),
        apiFetch<{ items: TRequirementTemplate[] }>('/api/requirement-templates'),
      ]);
      return {
        team,
        profile: profile.data,
        etag: profile.etag ?? `W/"${profile.data.version}"`,
        roles,
        templates: templates.items,
      };
    })(),
  );
}
