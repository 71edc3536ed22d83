import {
  AMBITION_DIRECTIONS,
  AREAS,
  type AreaId,
  CIRCLES,
  COMPETENCIES,
  DEVELOPMENT_ACTION_TYPES,
  DEVELOPMENT_STATUSES,
  LEVEL_RANK,
  LEVELS,
  type LevelId,
  label,
} from '@teamspiegel/domain';

/** Labels of the beroepsbeeld vocabulary in the user's language, read from the domain model. */
export type Locale = 'nl' | 'en';

function lookup<T extends { id: string; label: { nl: string; en: string } }>(items: readonly T[]) {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id: string | null | undefined, locale: Locale): string => {
    if (!id) return '';
    const item = byId.get(id);
    return item ? label(item, locale) : id;
  };
}

export const areaLabel = lookup(AREAS);
export const levelLabel = lookup(LEVELS);
export const actionTypeLabel = lookup(DEVELOPMENT_ACTION_TYPES);
export const actionStatusLabel = lookup(DEVELOPMENT_STATUSES);
export const directionLabel = lookup(AMBITION_DIRECTIONS);
export const competencyLabel = lookup(COMPETENCIES);
export const circleLabel = lookup(CIRCLES);

export function levelRankOf(level: LevelId | null | undefined): number {
  return level ? LEVEL_RANK[level] : 0;
}

export function isArea(value: string | undefined): value is AreaId {
  return Boolean(value) && AREAS.some((area) => area.id === value);
}

export function isLevel(value: string | undefined): value is LevelId {
  return Boolean(value) && LEVELS.some((level) => level.id === value);
}

/** Format an ISO date (or date-time) as a short local date. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export function formatFte(fte: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(fte);
}
