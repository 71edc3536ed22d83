import 'server-only';
import type { TTeamMatrix } from '@teamspiegel/domain/api/team-matrix';
import { apiFetch } from '@/lib/api/client';
import type { MatrixSort } from './view-model';

export const MATRIX_PAGE_SIZE = 50;

export function loadTeamMatrix(teamId: string, sort: MatrixSort) {
  return apiFetch<TTeamMatrix>(`/api/teams/${encodeURIComponent(teamId)}/matrix`, {
    query: { sort: sort.sort, dir: sort.dir, page: sort.page, pageSize: MATRIX_PAGE_SIZE },
  });
}
