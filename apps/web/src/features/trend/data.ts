import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TSite } from '@teamspiegel/domain/api/sites';
import type { TCoverageTrend } from '@teamspiegel/domain/api/trend';
import { apiFetch } from '@/lib/api/client';

/** GET /api/organisation/coverage/trend (board, hr; managers: the teams they lead). */
export function fetchCoverageTrend(query: { months: number; siteId?: string }): Promise<TCoverageTrend> {
  return apiFetch<TCoverageTrend>('/api/organisation/coverage/trend', {
    query: { months: query.months, siteId: query.siteId },
  });
}

export function fetchTrendSites(): Promise<TPage<TSite>> {
  return apiFetch<TPage<TSite>>('/api/sites', { query: { pageSize: 200 } });
}
