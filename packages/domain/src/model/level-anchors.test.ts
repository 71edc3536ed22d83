import { describe, expect, it } from 'vitest';
import { AREA_IDS, LEVEL_ANCHORS, LEVEL_IDS, levelAnchor } from './index.js';

describe('level anchors', () => {
  it('describe every level of every area, in Dutch and English, each differently', () => {
    expect(Object.keys(LEVEL_ANCHORS).sort()).toEqual([...AREA_IDS].sort());
    const seen = new Set<string>();
    for (const area of AREA_IDS) {
      expect(Object.keys(LEVEL_ANCHORS[area]).sort()).toEqual([...LEVEL_IDS].sort());
      for (const level of LEVEL_IDS) {
        const anchor = levelAnchor(area, level);
        expect(anchor.nl.length, `${area}/${level} nl`).toBeGreaterThan(40);
        expect(anchor.en.length, `${area}/${level} en`).toBeGreaterThan(40);
        expect(seen.has(anchor.nl), `${area}/${level} repeats another anchor`).toBe(false);
        seen.add(anchor.nl);
      }
    }
  });

  it('read as a scale: guidance in training, independence when experienced', () => {
    for (const area of AREA_IDS) {
      expect(levelAnchor(area, 'ervaren').nl, area).toMatch(/zelfstandig|leidt|coördineert/);
    }
    expect(levelAnchor('onderzoek_innovatie', 'in_opleiding').nl).toMatch(/stagiaire/);
    expect(Object.isFrozen(LEVEL_ANCHORS.didactiek)).toBe(true);
  });
});
