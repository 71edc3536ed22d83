import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../../src/db/seed/archetypes.ts';
import { areaLevelRows } from '../../src/db/seed/area-level-rows.ts';
import { seedId } from '../../src/db/seed/ids.ts';
import { personLevels, uniqueEmailLocalPart } from '../../src/db/seed/person-profile.ts';
import type { PersonState } from '../../src/db/seed/person-spec.ts';
import { createRandom, type Random } from '../../src/db/seed/prng.ts';
import { requirementRow } from '../../src/db/seed/requirement-rows.ts';
import type { RowContext } from '../../src/db/seed/row-context.ts';

const anchor = new Date(Date.UTC(2026, 7, 1));

function context(random: Random = createRandom(7)): RowContext {
  return {
    slug: 't',
    organisationId: 'org',
    anchor,
    random,
    rowId: (table, key) => seedId('t', table, key),
    teamId: (key) => seedId('t', 'team', key),
    employeeId: (key) => seedId('t', 'employee', key),
  };
}

/** A PRNG that counts its draws. */
function counting(seed: number): Random & { draws: () => number } {
  const inner = createRandom(seed);
  let draws = 0;
  const next = () => {
    draws++;
    return inner.next();
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as never,
    shuffle: (items) => [...items],
    draws: () => draws,
  };
}

describe('seed person profile', () => {
  it('adds random extras on top of the core without lowering it, then applies the overrides', () => {
    const archetype = ARCHETYPES.pm_baby;
    for (let seed = 1; seed <= 50; seed++) {
      const levels = personLevels(createRandom(seed), archetype, 'senior', {
        key: 'p',
        teams: [],
        levels: { gezondheid: 0, didactiek: 3 },
      });
      for (const [area, rank] of Object.entries(archetype.core.senior)) {
        if (area === 'gezondheid') continue;
        expect(levels[area as keyof typeof levels]).toBeGreaterThanOrEqual(rank);
      }
      expect(levels.gezondheid).toBeUndefined();
      expect(levels.didactiek).toBe(3);
    }
  });

  it('draws nothing for an exact person', () => {
    const random = counting(3);
    const levels = personLevels(random, ARCHETYPES.pm_baby, 'medior', { key: 'p', teams: [], exact: true });
    expect(random.draws()).toBe(0);
    expect(levels).toEqual(ARCHETYPES.pm_baby.core.medior);
  });

  it('numbers an e-mail local part that is taken', () => {
    const used = new Set<string>();
    const name = { firstName: 'Anouk', lastName: 'de Vries' };
    const first = uniqueEmailLocalPart(name, used);
    expect(uniqueEmailLocalPart(name, used)).toBe(`${first}2`);
    expect(uniqueEmailLocalPart(name, used)).toBe(`${first}3`);
  });
});

describe('seed area level rows', () => {
  const person: PersonState = {
    id: 'e1',
    key: 'p',
    name: { firstName: 'A', lastName: 'B' },
    archetype: null,
    teams: ['t1'],
    levels: { pedagogiek: 3, verzorging: 1, didactiek: 2 },
  };

  it('gives a self-assessed or grown area a closed, one lower validated row before the current one', () => {
    const rows = areaLevelRows(context(), person, {
      spec: {
        key: 'p',
        teams: [],
        selfAssessed: ['pedagogiek'],
        grewIn: ['didactiek', 'verzorging'],
        exact: true,
      },
      seniority: 'medior',
      detail: true,
      validator: 'u1',
    });
    const current = rows.filter((row) => row.isCurrent === true);
    expect(current.map((row) => [row.area, row.level, row.status])).toEqual([
      ['didactiek', 'starter', 'validated'],
      ['pedagogiek', 'ervaren', 'self_assessed'],
      ['verzorging', 'in_opleiding', 'validated'],
    ]);
    for (const area of ['pedagogiek', 'didactiek'] as const) {
      const now = current.find((row) => row.area === area);
      const earlier = rows.find((row) => row.area === area && row.isCurrent === null);
      expect(earlier?.status).toBe('validated');
      expect(earlier?.validTo).toEqual(now?.validFrom);
      expect(earlier?.validatedByUserId).toBe('u1');
    }
    // Rank 1 has nothing lower to grow from.
    expect(rows.filter((row) => row.area === 'verzorging')).toHaveLength(1);
    expect(current.find((row) => row.area === 'pedagogiek')?.validatedByUserId).toBeNull();
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});

describe('seed requirement rows', () => {
  it('fills only the columns of its kind and keys it by kind and target', () => {
    const since = new Date(Date.UTC(2023, 7, 1));
    const area = requirementRow(context(), 'baby', {
      kind: 'area',
      area: 'pedagogiek',
      minLevel: 'ervaren',
      count: 2,
      note: undefined,
      since,
    });
    const role = requirementRow(context(), 'baby', { kind: 'role', role: 'bhv', count: 1, note: 'x', since });
    expect(area).toMatchObject({
      id: seedId('t', 'requirement', 'baby/area/pedagogiek/ervaren'),
      teamId: seedId('t', 'team', 'baby'),
      kind: 'area',
      area: 'pedagogiek',
      minLevel: 'ervaren',
      roleDefinitionId: null,
      competency: null,
      minScore: null,
      circle: null,
      note: null,
      createdAt: since,
    });
    expect(role).toMatchObject({
      id: seedId('t', 'requirement', 'baby/role/bhv'),
      kind: 'role',
      area: null,
      minLevel: null,
      roleDefinitionId: seedId('t', 'role', 'bhv'),
      note: 'x',
    });
  });
});
