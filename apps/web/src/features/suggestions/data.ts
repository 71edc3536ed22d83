import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import type { TDevelopmentSuggestion } from '@teamspiegel/domain/api/development-suggestions';
import { apiFetch } from '@/lib/api/client';

export const SUGGESTIONS_PAGE_SIZE = 25;

/** GET /api/development-suggestions (hr, board): most severe gap first. */
export function fetchSuggestions(query: {
  page: number;
  teamId?: string;
  siteId?: string;
}): Promise<TPage<TDevelopmentSuggestion>> {
  return apiFetch<TPage<TDevelopmentSuggestion>>('/api/development-suggestions', {
    query: { page: query.page, pageSize: SUGGESTIONS_PAGE_SIZE, teamId: query.teamId, siteId: query.siteId },
  });
}

/** The action an accepted suggestion created (for the confirmation banner). */
export function fetchAcceptedAction(id: string): Promise<TDevelopmentAction> {
  return apiFetch<TDevelopmentAction>(`/api/development-actions/${encodeURIComponent(id)}`);
}
