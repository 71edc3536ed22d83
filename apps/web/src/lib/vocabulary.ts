import {
  AMBITION_DIRECTIONS,
  AREAS,
  type AreaId,
  CIRCLES,
  COMPETENCIES,
  COMPETENCY_SCORE_LABELS,
  DEVELOPMENT_ACTION_TYPES,
  DEVELOPMENT_STATUSES,
  formatNumber,
  LEVEL_RANK,
  LEVELS,
  type LevelId,
  type Locale,
  label,
} from '@teamspiegel/domain';
import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';

/**
 * Labels of the beroepsbeeld vocabulary in the user's language, read from the domain model
 * (never duplicated in messages). Pure: used by server and client components alike.
 *
 * Every label helper accepts null/undefined (→ '') and falls back to the raw id when the id
 * is not part of the model.
 */

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

/** A competency score with its label, e.g. "3 (Zelfstandig)"; the bare number when unknown. ("–" only means a range.) */
export function scoreLabel(score: number, locale: Locale): string {
  const item = COMPETENCY_SCORE_LABELS.find((s) => s.score === score);
  return item ? `${score} (${label(item, locale)})` : String(score);
}

/** Short column heading of an area (first three letters), e.g. "Ped" for Pedagogiek. */
export function areaAbbreviation(id: AreaId, locale: Locale): string {
  const letters = areaLabel(id, locale)
    .replace(/\([^)]*\)/g, '')
    .replace(/[^\p{L}]/gu, '')
    .slice(0, 3);
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

export function levelRankOf(level: LevelId | null | undefined): number {
  return level ? LEVEL_RANK[level] : 0;
}

export function isArea(value: string | undefined): value is AreaId {
  return Boolean(value) && AREAS.some((area) => area.id === value);
}

export function isLevel(value: string | undefined): value is LevelId {
  return Boolean(value) && LEVELS.some((level) => level.id === value);
}

/** One line describing what a requirement asks, e.g. "Pedagogiek · ≥ Ervaren". */
export function requirementTitle(
  requirement: TRequirementCoverageView['requirement'],
  roleLabel: TRequirementCoverageView['roleLabel'],
  locale: Locale,
  certificateLabel?: TRequirementCoverageView['certificateLabel'],
): string {
  switch (requirement.kind) {
    case 'area':
      return `${areaLabel(requirement.area, locale)} · ≥ ${levelLabel(requirement.minLevel, locale)}`;
    case 'role':
      return roleLabel ? roleLabel[locale] : requirement.roleId;
    case 'competency':
      return `${competencyLabel(requirement.competency, locale)} · ≥ ${requirement.minScore}`;
    case 'circle':
      return circleLabel(requirement.circle, locale);
    case 'certificate':
      return certificateLabel ? certificateLabel[locale] : '';
  }
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

/** A number with at most two decimals, the local way (1,5 in Dutch), through the domain's one formatter. */
export function formatDecimal(value: number, locale: Locale): string {
  return formatNumber(value, locale, 2);
}

/** The number of an fte (0,9 / 0.9) through the domain's one number formatter; messages add the unit. */
export function formatFte(fte: number, locale: Locale): string {
  return formatNumber(fte, locale, 2);
}

export type { Locale };

/** Cents as euros the local way: "€ 1.250,50" in Dutch, "€1,250.50" in English. */
export function formatEuros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}
export { formatNumber };
