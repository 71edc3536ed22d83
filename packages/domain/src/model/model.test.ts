import { describe, expect, it } from 'vitest';
import {
  AMBITION_DIRECTIONS,
  AREA_IDS,
  AREAS,
  CIRCLES,
  COMPETENCIES,
  COMPETENCY_IDS,
  COMPETENCY_SCORE_LABELS,
  COMPETENCY_SCORE_MAX,
  COMPETENCY_SCORE_MIN,
  COVERAGE_STATUSES,
  DEVELOPMENT_ACTION_TYPES,
  DEVELOPMENT_STATUSES,
  DOMAINS,
  LEVEL_IDS,
  LEVELS,
  label,
  levelAtRank,
  levelRank,
  ROLE_CATALOGUE,
  SPECIALISATIONS,
  WELLBEING_CAPACITIES,
  WELLBEING_INDICATORS,
} from './index.js';

const collections = {
  DOMAINS,
  SPECIALISATIONS,
  AREAS,
  LEVELS,
  COMPETENCIES,
  CIRCLES,
  WELLBEING_INDICATORS,
  WELLBEING_CAPACITIES,
  ROLE_CATALOGUE,
  DEVELOPMENT_ACTION_TYPES,
  AMBITION_DIRECTIONS,
  DEVELOPMENT_STATUSES,
  COVERAGE_STATUSES,
};

describe('the beroepsbeeld model', () => {
  for (const [name, items] of Object.entries(collections)) {
    it(`${name}: unique ids and non-empty nl/en labels and descriptions`, () => {
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const item of items) {
        expect(item.id).toMatch(/^[a-z0-9_]+$/);
        for (const text of [item.label.nl, item.label.en, item.description.nl, item.description.en]) {
          expect(text.trim().length).toBeGreaterThan(0);
        }
      }
    });
  }

  it('has 4 domains, 5 specialisations of domain 1 and 8 coverage areas in canonical order', () => {
    expect(DOMAINS.map((d) => d.id)).toEqual([
      'leren_ontwikkelen',
      'onderzoek_innovatie',
      'professionele_versterking',
      'organisatie_samenwerking',
    ]);
    expect(SPECIALISATIONS.every((s) => s.domainId === 'leren_ontwikkelen')).toBe(true);
    expect(AREAS).toHaveLength(8);
    expect(AREAS.map((a) => a.id)).toEqual([...AREA_IDS]);
    expect(AREAS.filter((a) => a.domainId === 'leren_ontwikkelen').map((a) => a.id)).toEqual(
      SPECIALISATIONS.map((s) => s.id),
    );
  });

  it('has 4 levels ranked 1..4 in order', () => {
    expect(LEVELS.map((l) => l.rank)).toEqual([1, 2, 3, 4]);
    expect(LEVELS.map((l) => l.id)).toEqual([...LEVEL_IDS]);
    for (const level of LEVELS) {
      expect(levelRank(level.id)).toBe(level.rank);
      expect(levelAtRank(level.rank)).toBe(level.id);
    }
    expect(levelAtRank(0)).toBeNull();
  });

  it('has the 8 team competencies, the 5 circles with examples and the GIRFEC frame', () => {
    expect(COMPETENCIES.map((c) => c.id)).toEqual([...COMPETENCY_IDS]);
    expect(COMPETENCY_SCORE_LABELS.map((s) => s.score)).toEqual(
      Array.from(
        { length: COMPETENCY_SCORE_MAX - COMPETENCY_SCORE_MIN + 1 },
        (_, i) => i + COMPETENCY_SCORE_MIN,
      ),
    );
    expect(CIRCLES.map((c) => c.id)).toEqual([
      'buurt',
      'partners',
      'politiek_beleid',
      'samenleving',
      'wetenschap',
    ]);
    expect(CIRCLES.every((c) => c.examples.length > 0 && c.examples.every((e) => e.nl && e.en))).toBe(true);
    expect(WELLBEING_INDICATORS).toHaveLength(8);
    expect(WELLBEING_CAPACITIES).toHaveLength(4);
  });

  it('has at least 12 roles that reference only valid areas, levels and competencies', () => {
    expect(ROLE_CATALOGUE.length).toBeGreaterThanOrEqual(12);
    const ids = ROLE_CATALOGUE.map((r) => r.id);
    for (const id of [
      'leerkracht',
      'pedagogisch_medewerker',
      'bso_medewerker',
      'onderwijsassistent',
      'leraarondersteuner',
      'intern_begeleider',
      'pedagogisch_coach',
      'orthopedagoog',
      'inclusiepedagoog',
      'stagiaire',
      'eventmanager',
      'coordinator_unit_3_6',
      'directeur',
      'beleidsmedewerker',
      'ikc_raad_lid',
    ]) {
      expect(ids).toContain(id);
    }
    for (const role of ROLE_CATALOGUE) {
      expect(role.requirements.length).toBeGreaterThan(0);
      for (const r of role.requirements) {
        expect(AREA_IDS).toContain(r.area);
        expect(LEVEL_IDS).toContain(r.minLevel);
      }
      for (const c of role.competencies ?? []) {
        expect(COMPETENCY_IDS).toContain(c.competency);
        expect(Number.isInteger(c.minScore)).toBe(true);
        expect(c.minScore).toBeGreaterThanOrEqual(COMPETENCY_SCORE_MIN);
        expect(c.minScore).toBeLessThanOrEqual(COMPETENCY_SCORE_MAX);
      }
    }
  });

  it('is deeply frozen', () => {
    const isDeepFrozen = (value: unknown): boolean =>
      value === null ||
      typeof value !== 'object' ||
      (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
    for (const items of Object.values(collections)) expect(isDeepFrozen(items)).toBe(true);
    expect(isDeepFrozen(AREA_IDS)).toBe(true);
    const requirements = ROLE_CATALOGUE[0]?.requirements ?? [];
    expect(() => {
      (requirements as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('labels in Dutch first, English beside it', () => {
    const area = AREAS.find((a) => a.id === 'psychologie_orthopedagogiek');
    expect(area && label(area, 'nl')).toBe('Psychologie/orthopedagogiek');
    expect(area && label(area, 'en')).toBe('Psychology / remedial education');
  });
});
