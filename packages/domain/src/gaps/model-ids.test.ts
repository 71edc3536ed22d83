import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { LEVEL_IDS, LEVEL_RANK } from '../model/levels.js';
import { areaIndexOf, circleBitOf, competencyIndexOf, IdIndex, rankOf } from './model-ids.js';

describe('model ids as small integers', () => {
  it('maps every model id to its position, bit or rank', () => {
    for (const [i, id] of AREA_IDS.entries()) expect(areaIndexOf(id)).toBe(i);
    for (const [i, id] of COMPETENCY_IDS.entries()) expect(competencyIndexOf(id)).toBe(i);
    for (const [i, id] of CIRCLE_IDS.entries()) expect(circleBitOf(id)).toBe(1 << i);
    for (const id of LEVEL_IDS) expect(rankOf(id)).toBe(LEVEL_RANK[id]);
  });

  it('finds ids built at run time (not interned) as well as literals', () => {
    expect(areaIndexOf(['pedago', 'giek'].join(''))).toBe(1);
    expect(rankOf(String.fromCharCode(...'expert'.split('').map((c) => c.charCodeAt(0))))).toBe(4);
  });

  it('answers -1 (bit 0, rank 0) for any other string, also empty or near misses', () => {
    const known = new Set<string>([...AREA_IDS, ...COMPETENCY_IDS, ...CIRCLE_IDS, ...LEVEL_IDS]);
    const nearMisses = [...known].flatMap((id) => [id.slice(1), `${id}x`, id.toUpperCase()]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('', ...nearMisses)), (s) => {
        fc.pre(!known.has(s));
        expect(areaIndexOf(s)).toBe(-1);
        expect(competencyIndexOf(s)).toBe(-1);
        expect(circleBitOf(s)).toBe(0);
        expect(rankOf(s)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('IdIndex tells apart any list of distinct ids, or says it cannot', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 12 }),
        (ids) => {
          let index: IdIndex;
          try {
            index = new IdIndex(ids);
          } catch (error) {
            expect(String(error)).toMatch(/no probe tells these ids apart/);
            return;
          }
          for (const [i, id] of ids.entries()) expect(index.indexOf(id)).toBe(i);
          expect(index.indexOf(`${ids[0]}\u0000`)).toBe(-1);
        },
      ),
      { numRuns: 500 },
    );
  });
});
