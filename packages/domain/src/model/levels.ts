import { deepFreeze } from './freeze.js';
import type { ModelItem } from './types.js';

export const LEVEL_IDS = deepFreeze(['in_opleiding', 'starter', 'ervaren', 'expert'] as const);
export type LevelId = (typeof LEVEL_IDS)[number];

export type Level = ModelItem<LevelId> & { readonly rank: 1 | 2 | 3 | 4 };

export const LEVELS: readonly Level[] = deepFreeze([
  {
    id: 'in_opleiding',
    rank: 1,
    label: { nl: 'In opleiding (stagiaire)', en: 'In training (intern)' },
    description: {
      nl: 'Je leert het vak als stagiaire in opleiding en werkt onder begeleiding.',
      en: 'Learning the profession as an intern in training, working under supervision.',
    },
  },
  {
    id: 'starter',
    rank: 2,
    label: { nl: 'Starter', en: 'Starter' },
    description: {
      nl: 'Je bent startbekwaam en groeit met begeleiding als starter verder in het domein.',
      en: 'Qualified to start; growing further in the area with starter guidance.',
    },
  },
  {
    id: 'ervaren',
    rank: 3,
    label: { nl: 'Ervaren', en: 'Experienced' },
    description: {
      nl: 'Je werkt zelfstandig en met ervaring in het domein.',
      en: 'Working independently and with experience in the area.',
    },
  },
  {
    id: 'expert',
    rank: 4,
    label: { nl: 'Expert', en: 'Expert' },
    description: {
      nl: 'Je hebt je verdiept tot expert in je vakgebied en bent vraagbaak voor anderen.',
      en: 'Deepened into an expert in the field; a point of reference for others.',
    },
  },
]);

/** Numeric ranks, so the engine compares numbers instead of strings. */
export const LEVEL_RANK: Readonly<Record<LevelId, 1 | 2 | 3 | 4>> = deepFreeze({
  in_opleiding: 1,
  starter: 2,
  ervaren: 3,
  expert: 4,
});

export function levelRank(id: LevelId): 1 | 2 | 3 | 4 {
  return LEVEL_RANK[id];
}

/** Inverse of levelRank; 0 (no level) and out-of-range ranks give null. */
export function levelAtRank(rank: number): LevelId | null {
  return LEVEL_IDS[rank - 1] ?? null;
}

export function isLevelId(value: string): value is LevelId {
  return Object.hasOwn(LEVEL_RANK, value);
}
