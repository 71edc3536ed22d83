import 'server-only';
import type { TInvitation } from '@teamspiegel/domain/api/auth';
import type { TMemberRole, TPage } from '@teamspiegel/domain/api/common';
import type { TInvitationStatus, TMember } from '@teamspiegel/domain/api/members';
import type { TTeam } from '@teamspiegel/domain/api/teams';
import { apiFetch } from '@/lib/api/client';

export const ACCESS_PAGE_SIZE = 25;

export function listMembers(filters: { q?: string; role?: TMemberRole; page: number }) {
  return apiFetch<TPage<TMember>>('/api/members', { query: { ...filters, pageSize: ACCESS_PAGE_SIZE } });
}

export function listInvitations(status: TInvitationStatus | undefined, page: number) {
  return apiFetch<TPage<TInvitation>>('/api/invitations', {
    query: { status, page, pageSize: ACCESS_PAGE_SIZE },
  });
}

/** Teams an invited manager may lead (one page of 200: an organisation has far fewer). */
export function listTeamOptions() {
  return apiFetch<TPage<TTeam>>('/api/teams', { query: { pageSize: 200 } });
}
