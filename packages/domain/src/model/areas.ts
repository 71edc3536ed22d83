import { DOMAINS, type DomainId } from './domains.js';
import { deepFreeze } from './freeze.js';
import { SPECIALISATIONS } from './specialisations.js';
import type { ModelItem } from './types.js';

/**
 * The 8 coverage areas: the 5 specialisations of domain 1, then the 3 other domains.
 * The order is the canonical column order of the team × area matrix.
 */
export const AREA_IDS = deepFreeze([
  'didactiek',
  'pedagogiek',
  'gezondheid',
  'verzorging',
  'psychologie_orthopedagogiek',
  'onderzoek_innovatie',
  'professionele_versterking',
  'organisatie_samenwerking',
] as const);
export type AreaId = (typeof AREA_IDS)[number];

export type Area = ModelItem<AreaId> & {
  readonly domainId: DomainId;
  /** Whether the area is a specialisation of domain 1 or a whole domain. */
  readonly kind: 'specialisation' | 'domain';
};

const domainAreas = DOMAINS.filter((d) => d.id !== 'leren_ontwikkelen').map((d) => ({
  id: d.id as AreaId,
  domainId: d.id,
  kind: 'domain' as const,
  label: d.label,
  description: d.description,
}));

const specialisationAreas = SPECIALISATIONS.map((s) => ({
  id: s.id as AreaId,
  domainId: s.domainId as DomainId,
  kind: 'specialisation' as const,
  label: s.label,
  description: s.description,
}));

export const AREAS: readonly Area[] = deepFreeze([...specialisationAreas, ...domainAreas]);

/** Position of each area in AREA_IDS; the engine indexes typed arrays with it. */
export const AREA_INDEX: Readonly<Record<AreaId, number>> = deepFreeze(
  Object.fromEntries(AREA_IDS.map((id, i) => [id, i])) as Record<AreaId, number>,
);

export const AREA_COUNT = AREA_IDS.length;

export function isAreaId(value: string): value is AreaId {
  return Object.hasOwn(AREA_INDEX, value);
}
