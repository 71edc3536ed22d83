import {
  AREA_IDS,
  AREAS,
  CIRCLE_IDS,
  CIRCLES,
  COMPETENCIES,
  COMPETENCY_IDS,
  COMPETENCY_SCORE_LABELS,
  DEVELOPMENT_ACTION_TYPES,
  LEVEL_RANK,
  LEVELS,
  type Locale,
  label,
} from '@teamspiegel/domain';
import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';

/**
 * Vocabulary labels of the beroepsbeeld in the user's language, read from the domain package
 * (never duplicated in messages). Pure: used by server and client components alike.
 */
type AreaId = (typeof AREA_IDS)[number];
type LevelId = keyof typeof LEVEL_RANK;
type CompetencyId = (typeof COMPETENCY_IDS)[number];
type CircleId = (typeof CIRCLE_IDS)[number];

export function areaLabel(id: AreaId, locale: Locale): string {
  const item = AREAS.find((a) => a.id === id);
  return item ? label(item, locale) : id;
}

export function levelLabel(id: LevelId, locale: Locale): string {
  const item = LEVELS.find((l) => l.id === id);
  return item ? label(item, locale) : id;
}

export function competencyLabel(id: CompetencyId, locale: Locale): string {
  const item = COMPETENCIES.find((c) => c.id === id);
  return item ? label(item, locale) : id;
}

export function circleLabel(id: CircleId, locale: Locale): string {
  const item = CIRCLES.find((c) => c.id === id);
  return item ? label(item, locale) : id;
}

export function scoreLabel(score: number, locale: Locale): string {
  const item = COMPETENCY_SCORE_LABELS.find((s) => s.score === score);
  return item ? `${score} – ${label(item, locale)}` : String(score);
}

export function actionTypeLabel(id: string, locale: Locale): string {
  const item = DEVELOPMENT_ACTION_TYPES.find((a) => a.id === id);
  return item ? label(item, locale) : id;
}

/** Short column heading of an area (first three letters), e.g. "Ped" for Pedagogiek. */
export function areaAbbreviation(id: AreaId, locale: Locale): string {
  const letters = areaLabel(id, locale)
    .replace(/\([^)]*\)/g, '')
    .replace(/[^\p{L}]/gu, '')
    .slice(0, 3);
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

export function levelRankOf(id: LevelId | undefined): number {
  return id ? LEVEL_RANK[id] : 0;
}

/** One line describing what a requirement asks, e.g. "Pedagogiek — minimaal Ervaren". */
export function requirementTitle(
  requirement: TRequirementCoverageView['requirement'],
  roleLabel: TRequirementCoverageView['roleLabel'],
  locale: Locale,
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
  }
}

export type { AreaId, CircleId, CompetencyId, LevelId };
export { AREA_IDS, CIRCLE_IDS, COMPETENCY_IDS };
