import { AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS } from '../model/competencies.js';
import { LEVEL_RANK } from '../model/levels.js';

// String switches instead of table lookups: the keys vary per call, which makes keyed
// loads megamorphic, while a switch compares a handful of (usually internalized) strings.
// Unknown strings map to -1 (or 0 rank), so unvalidated input cannot index out of range.
export function rankOf(level: string): number {
  switch (level) {
    case 'in_opleiding':
      return 1;
    case 'starter':
      return 2;
    case 'ervaren':
      return 3;
    case 'expert':
      return 4;
    default:
      return 0;
  }
}

export function areaIndexOf(area: string): number {
  switch (area) {
    case 'didactiek':
      return 0;
    case 'pedagogiek':
      return 1;
    case 'gezondheid':
      return 2;
    case 'verzorging':
      return 3;
    case 'psychologie_orthopedagogiek':
      return 4;
    case 'onderzoek_innovatie':
      return 5;
    case 'professionele_versterking':
      return 6;
    case 'organisatie_samenwerking':
      return 7;
    default:
      return -1;
  }
}

export function competencyIndexOf(competency: string): number {
  switch (competency) {
    case 'ontwikkelingsgerichtheid':
      return 0;
    case 'samenwerkingsgerichtheid':
      return 1;
    case 'omgevingssensitiviteit':
      return 2;
    case 'ondernemende_houding':
      return 3;
    case 'flexibiliteit':
      return 4;
    case 'creativiteit':
      return 5;
    case 'onderzoekende_houding':
      return 6;
    case 'moreel_ethisch_handelen':
      return 7;
    default:
      return -1;
  }
}

export function circleBitOf(circle: string): number {
  switch (circle) {
    case 'buurt':
      return 1;
    case 'partners':
      return 2;
    case 'politiek_beleid':
      return 4;
    case 'samenleving':
      return 8;
    case 'wetenschap':
      return 16;
    default:
      return 0;
  }
}

// The switches above hard-code the model's order; fail fast if the model moves.
for (const [i, id] of AREA_IDS.entries())
  if (areaIndexOf(id) !== i) throw new Error(`area order changed: ${id}`);
for (const [i, id] of COMPETENCY_IDS.entries()) {
  if (competencyIndexOf(id) !== i) throw new Error(`competency order changed: ${id}`);
}
for (const [i, id] of CIRCLE_IDS.entries())
  if (circleBitOf(id) !== 1 << i) throw new Error(`circle order changed: ${id}`);
for (const [id, rank] of Object.entries(LEVEL_RANK))
  if (rankOf(id) !== rank) throw new Error(`level rank changed: ${id}`);
