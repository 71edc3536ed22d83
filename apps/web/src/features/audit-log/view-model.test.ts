import { describe, expect, it } from 'vitest';
import { apiQuery, changedFields, filtersHref, isValidDate, parseFilters } from './view-model';

describe('audit log view model', () => {
  it('lists only the fields that changed', () => {
    expect(changedFields({ a: 1, b: 'x', c: null }, { a: 2, b: 'x', d: true })).toEqual([
      { field: 'a', before: 1, after: 2 },
      { field: 'd', before: null, after: true },
    ]);
  });

  it('lists every field of a creation and of a deletion', () => {
    expect(changedFields(null, { a: 1 })).toEqual([{ field: 'a', before: null, after: 1 }]);
    expect(changedFields({ a: 1 }, undefined)).toEqual([{ field: 'a', before: 1, after: null }]);
    expect(changedFields(null, null)).toEqual([]);
  });

  it('turns local days into an inclusive Amsterdam range', () => {
    const query = apiQuery({ entity: '', action: '', from: '2026-01-10', to: '2026-07-01', page: 2 });
    expect(query.from).toBe('2026-01-10T00:00:00+01:00');
    expect(query.to).toBe('2026-07-02T00:00:00+02:00');
    expect(query.page).toBe(2);
  });

  it('ignores invalid dates and keeps filters in the URL', () => {
    expect(isValidDate('2026-02-30')).toBe(false);
    const filters = parseFilters({ onderdeel: 'Ambition', van: 'gisteren', pagina: '3' });
    expect(apiQuery(filters).from).toBeUndefined();
    expect(filtersHref(filters, 4)).toBe('/logboek?onderdeel=Ambition&van=gisteren&pagina=4');
  });
});
