import { describe, expect, it } from 'vitest';
import { ariaSort, matrixSortFrom, pageHref, sortHref } from './view-model';

const TEAM = '0b7c1f0e-0000-4000-8000-000000000000';

describe('team matrix URL state', () => {
  it('reads sort, direction and page, ignoring garbage', () => {
    expect(matrixSortFrom({})).toEqual({ sort: 'name', dir: 'asc', page: 1 });
    expect(matrixSortFrom({ sorteer: 'pedagogiek', richting: 'af', matrixpagina: '3' })).toEqual({
      sort: 'pedagogiek',
      dir: 'desc',
      page: 3,
    });
    expect(matrixSortFrom({ sorteer: 'DROP', matrixpagina: '-1' })).toEqual({
      sort: 'name',
      dir: 'asc',
      page: 1,
    });
  });

  it('a heading flips its own direction and starts areas highest first', () => {
    const byName = matrixSortFrom({});
    expect(sortHref(TEAM, byName, 'name')).toBe(`/teams/${TEAM}?richting=af#teammatrix`);
    expect(sortHref(TEAM, byName, 'verzorging')).toContain('richting=af');
    const byArea = matrixSortFrom({ sorteer: 'pedagogiek', richting: 'af' });
    expect(sortHref(TEAM, byArea, 'pedagogiek')).toBe(`/teams/${TEAM}?sorteer=pedagogiek#teammatrix`);
    expect(ariaSort(byArea, 'pedagogiek')).toBe('descending');
    expect(ariaSort(byArea, 'name')).toBe('none');
    expect(pageHref(TEAM, byArea, 2)).toBe(
      `/teams/${TEAM}?sorteer=pedagogiek&richting=af&matrixpagina=2#teammatrix`,
    );
  });
});
