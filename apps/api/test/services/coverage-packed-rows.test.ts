import { describe, expect, it } from 'vitest';
import { eachRow, FIELD, ROW } from '../../src/services/coverage-snapshot-packed.ts';

/** The packed-text scanner reads what split() would, empty fields (SQL NULL) included. */
describe('eachRow', () => {
  const viaSplit = (text: string) => (text ? text.split(ROW).map((line) => line.split(FIELD)) : []);
  it.each([
    ['no rows', ''],
    ['one field', 'a'],
    ['one row', ['a', 'b', 'c'].join(FIELD)],
    ['empty first, middle and last fields', ['', 'b', '', ''].join(FIELD)],
    ['several rows', [['a', '', 'c'].join(FIELD), ['', 'e', ''].join(FIELD), 'g'].join(ROW)],
    ['an empty row', ['a', '', ['b', 'c'].join(FIELD)].join(ROW)],
  ])('%s', (_, text) => {
    expect(eachRow(text, (fields) => [...fields])).toEqual(viaSplit(text));
  });
});
