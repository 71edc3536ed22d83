'use client';

import {
  AREA_IDS,
  type AreaId,
  CIRCLE_IDS,
  type CircleId,
  COMPETENCY_IDS,
  COMPETENCY_SCORE_LABELS,
  type CompetencyId,
  LEVEL_IDS,
  type LevelId,
  type Locale,
} from '@teamspiegel/domain';
import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { useTranslations } from 'next-intl';
import { areaLabel, circleLabel, competencyLabel, levelLabel, scoreLabel } from '@/lib/vocabulary';
import type { LineOf, RoleOption } from './editor-model';
import { type LineControls, LineRow, SelectCell } from './line-controls';

type EditedKind = 'area' | 'role' | 'competency' | 'circle';
type Translate = ReturnType<typeof useTranslations<'requirementsEditor'>>;
type ChoiceContext = { t: Translate; locale: Locale; roles: readonly RoleOption[] };

/** One select of a line: what it shows, and the change of the line a choice makes. */
type Choice = {
  name: string;
  label: string;
  value: string | number;
  options: { value: string | number; label: string }[];
  patch: (value: string) => Partial<TTeamRequirementLine>;
};

/** The selects of a line, per kind: what it asks for (and at what minimum). */
const CHOICES: { [K in EditedKind]: (line: LineOf<K>, context: ChoiceContext) => Choice[] } = {
  area: (line, { t, locale }) => [
    {
      name: 'area',
      label: t('columns.area'),
      value: line.area,
      options: AREA_IDS.map((a) => ({ value: a, label: areaLabel(a, locale) })),
      patch: (value) => ({ area: value as AreaId }),
    },
    {
      name: 'minLevel',
      label: `${t('columns.minLevel')}: ${areaLabel(line.area, locale)}`,
      value: line.minLevel,
      options: LEVEL_IDS.map((l) => ({ value: l, label: levelLabel(l, locale) })),
      patch: (value) => ({ minLevel: value as LevelId }),
    },
  ],
  role: (line, { t, roles }) => {
    // A role that no longer exists stays selectable as "unknown", so the line is not silently changed.
    const known = !line.roleDefinitionId || roles.some((r) => r.id === line.roleDefinitionId);
    return [
      {
        name: 'roleDefinitionId',
        label: t('columns.role'),
        value: line.roleDefinitionId,
        options: [
          ...(known ? [] : [{ value: line.roleDefinitionId, label: t('unknownRole') }]),
          ...roles.map((r) => ({ value: r.id, label: r.label })),
        ],
        patch: (value) => ({ roleDefinitionId: value }),
      },
    ];
  },
  competency: (line, { t, locale }) => [
    {
      name: 'competency',
      label: t('columns.competency'),
      value: line.competency,
      options: COMPETENCY_IDS.map((c) => ({ value: c, label: competencyLabel(c, locale) })),
      patch: (value) => ({ competency: value as CompetencyId }),
    },
    {
      name: 'minScore',
      label: `${t('columns.minScore')} — ${competencyLabel(line.competency, locale)}`,
      value: line.minScore,
      options: COMPETENCY_SCORE_LABELS.map((s) => ({ value: s.score, label: scoreLabel(s.score, locale) })),
      patch: (value) => ({ minScore: Number(value) }),
    },
  ],
  circle: (line, { t, locale }) => [
    {
      name: 'circle',
      label: t('columns.circle'),
      value: line.circle,
      options: CIRCLE_IDS.map((c) => ({ value: c, label: circleLabel(c, locale) })),
      patch: (value) => ({ circle: value as CircleId }),
    },
  ],
};

/**
 * A requirement line as a table row: the selects of its kind in order (the first gets the id a new
 * line is focused by), then its count and remove button.
 */
export function RequirementLineRow<K extends EditedKind>({
  controls,
  line,
  roles = [],
}: {
  controls: LineControls;
  line: LineOf<K>;
  /** The organisation's roles, for a role line. */
  roles?: readonly RoleOption[];
}) {
  const t = useTranslations('requirementsEditor');
  const choicesOf = CHOICES[line.kind] as (line: LineOf<K>, context: ChoiceContext) => Choice[];
  return (
    <LineRow controls={controls} line={line}>
      {choicesOf(line, { t, locale: controls.locale, roles }).map((choice, index) => (
        <SelectCell
          key={choice.name}
          controls={controls}
          line={line}
          name={choice.name}
          first={index === 0}
          label={choice.label}
          value={choice.value}
          options={choice.options}
          onChange={(value) => controls.update(line.key, choice.patch(value))}
        />
      ))}
    </LineRow>
  );
}
