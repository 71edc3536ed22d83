import 'server-only';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TExemption, TExemptionListQuery } from '@teamspiegel/domain/api/exemptions';
import { apiFetch } from '@/lib/api/client';
import { load } from '@/lib/api/load';

/** GET /api/exemptions: newest first, with the status the API computed for today. */
export const loadExemptions = (query: Pick<TExemptionListQuery, 'teamId' | 'state'>) =>
  load(
    apiFetch<TPage<TExemption>>('/api/exemptions', {
      query: { pageSize: 100, teamId: query.teamId, state: query.state },
    }),
  );
