import { AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { LEVEL_IDS, LEVEL_RANK } from '../model/levels.js';

/**
 * The position of an id in a fixed list, found with one table probe and one string comparison.
 * A keyed load (`INDEX[id]`) goes megamorphic when the keys vary, and a switch compares the id
 * with every case before the match. The probe mixes the id's length with the one character
 * position that tells the ids apart; the final comparison is a pointer check for the interned
 * strings the input holds. Unknown strings get -1, so unvalidated input cannot index out of range.
 */
export class IdIndex {
  private readonly ids: readonly string[];
  private readonly slots: Int8Array;
  private readonly mask: number;
  private readonly at: number;

  constructor(ids: readonly string[]) {
    this.ids = ids;
    const shortest = Math.min(...ids.map((id) => id.length));
    for (let at = 0; at < shortest; at++) {
      for (let size = 16; size <= 1024; size *= 2) {
        const slots = new Int8Array(size).fill(-1);
        let distinct = true;
        for (let i = 0; i < ids.length && distinct; i++) {
          const id = ids[i] as string;
          const slot = (id.length * 31 + id.charCodeAt(at)) & (size - 1);
          if (slots[slot] === -1) slots[slot] = i;
          else distinct = false;
        }
        if (distinct) {
          this.slots = slots;
          this.mask = size - 1;
          this.at = at;
          return;
        }
      }
    }
    throw new Error(`no probe tells these ids apart: ${ids.join()}`);
  }

  indexOf(id: string): number {
    // charCodeAt past the end is NaN, which `& mask` turns into slot 0: the comparison then fails.
    const slot = this.slots[(id.length * 31 + id.charCodeAt(this.at)) & this.mask] as number;
    return slot >= 0 && this.ids[slot] === id ? slot : -1;
  }
}

const AREAS = new IdIndex(AREA_IDS);
const COMPETENCIES = new IdIndex(COMPETENCY_IDS);
const CIRCLES = new IdIndex(CIRCLE_IDS);
const LEVELS = new IdIndex(LEVEL_IDS);

/** The area's column (AREA_IDS order), or -1. */
export function areaIndexOf(area: string): number {
  return AREAS.indexOf(area);
}

/** The competency's column (COMPETENCY_IDS order), or -1. */
export function competencyIndexOf(competency: string): number {
  return COMPETENCIES.indexOf(competency);
}

/** The circle's bit (1 << its CIRCLE_IDS position), or 0. */
export function circleBitOf(circle: string): number {
  const i = CIRCLES.indexOf(circle);
  return i < 0 ? 0 : 1 << i;
}

/** The level's rank (1 = in opleiding … 4 = expert), or 0. */
export function rankOf(level: string): number {
  return LEVELS.indexOf(level) + 1;
}

// rankOf reads the rank from the list order; fail fast if the model's ranks stop following it.
for (const [id, rank] of Object.entries(LEVEL_RANK))
  if (rankOf(id) !== rank) throw new Error(`level rank changed: ${id}`);
