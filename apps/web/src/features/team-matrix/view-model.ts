import { AREA_IDS, type AreaId } from '@teamspiegel/domain';

/** The matrix's URL state: sort column, direction and page (query `sorteer`, `richting`, `matrixpagina`). */
export type MatrixSort = { sort: 'name' | AreaId; dir: 'asc' | 'desc'; page: number };

export type MatrixSearchParams = { sorteer?: string; richting?: string; matrixpagina?: string };

export function matrixSortFrom(params: MatrixSearchParams): MatrixSort {
  const sort = (AREA_IDS as readonly string[]).includes(params.sorteer ?? '')
    ? (params.sorteer as AreaId)
    : 'name';
  const page = Number.parseInt(params.matrixpagina ?? '1', 10);
  return {
    sort,
    dir: params.richting === 'af' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/**
 * Where a column heading's link goes: the same column flips the direction; another column starts
 * descending for areas (highest level first, as HR reads a matrix) and ascending for names.
 */
export function sortHref(teamId: string, current: MatrixSort, column: 'name' | AreaId): string {
  const dir =
    column === current.sort ? (current.dir === 'asc' ? 'desc' : 'asc') : column === 'name' ? 'asc' : 'desc';
  const query = new URLSearchParams();
  if (column !== 'name') query.set('sorteer', column);
  if (dir === 'desc') query.set('richting', 'af');
  const search = query.toString();
  return `/teams/${teamId}${search ? `?${search}` : ''}#teammatrix`;
}

export function pageHref(teamId: string, current: MatrixSort, page: number): string {
  const query = new URLSearchParams();
  if (current.sort !== 'name') query.set('sorteer', current.sort);
  if (current.dir === 'desc') query.set('richting', 'af');
  if (page > 1) query.set('matrixpagina', String(page));
  const search = query.toString();
  return `/teams/${teamId}${search ? `?${search}` : ''}#teammatrix`;
}

/** The aria-sort of a column heading. */
export function ariaSort(current: MatrixSort, column: 'name' | AreaId): 'ascending' | 'descending' | 'none' {
  if (current.sort !== column) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}
