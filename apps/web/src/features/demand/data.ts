import 'server-only';
import type { TDevelopmentDemandView } from '@teamspiegel/domain/api/coverage';
import { apiFetch } from '@/lib/api/client';

/** GET /api/development-demand: aggregate counts only; small cells are suppressed for trainers. */
export function fetchDevelopmentDemand(query: { siteId?: string; from?: string; until?: string }) {
  return apiFetch<TDevelopmentDemandView>('/api/development-demand', { query });
}
