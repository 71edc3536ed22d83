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
} from '@teamspiegel/domain';
import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { useTranslations } from 'next-intl';
import { areaLabel, circleLabel, competencyLabel, levelLabel, scoreLabel } from '@/lib/vocabulary';
import type { EditorLine, LineOf, RoleOption } from './editor-model';
import { type LineControls, LineRow, SelectCell } from './line-controls';

type RowProps<K extends LineOf<'area' | 'role' | 'competency' | 'circle'>['kind']> = {
  controls: LineControls;
  line: LineOf<K>;
};

/** One select of a line: what it shows, and the change of the line a choice makes. */
type Choice = {
  name: string;
  label: string;
  value: string | number;
  options: { value: string | number; label: string }[];
  patch: (value: string) => Partial<TTeamRequirementLine>;
};

/** A line's selects, in order (the first gets the id a new line is focused by), then count and remove. */
function ChoicesRow({
  controls,
  line,
  choices,
}: {
  controls: LineControls;
  line: EditorLine;
  choices: Choice[];
}) {
  return (
    <LineRow controls={controls} line={line}>
      {choices.map((choice, index) => (
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

export function AreaLineRow({ controls, line }: RowProps<'area'>) {
  const t = useTranslations('requirementsEditor');
  const { locale } = controls;
  return (
    <ChoicesRow
      controls={controls}
      line={line}
      choices={[
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
      ]}
    />
  );
}

export function RoleLineRow({ controls, line, roles }: RowProps<'role'> & { roles: RoleOption[] }) {
  const t = useTranslations('requirementsEditor');
  // A role that no longer exists stays selectable as "unknown", so the line is not silently changed.
  const known = !line.roleDefinitionId || roles.some((r) => r.id === line.roleDefinitionId);
  const options = [
    ...(known ? [] : [{ value: line.roleDefinitionId, label: t('unknownRole') }]),
    ...roles.map((r) => ({ value: r.id, label: r.label })),
  ];
  return (
    <ChoicesRow
      controls={controls}
      line={line}
      choices={[
        {
          name: 'roleDefinitionId',
          label: t('columns.role'),
          value: line.roleDefinitionId,
          options,
          patch: (value) => ({ roleDefinitionId: value }),
        },
      ]}
    />
  );
}

export function CompetencyLineRow({ controls, line }: RowProps<'competency'>) {
  const t = useTranslations('requirementsEditor');
  const { locale } = controls;
  return (
    <ChoicesRow
      controls={controls}
      line={line}
      choices={[
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
          options: COMPETENCY_SCORE_LABELS.map((s) => ({
            value: s.score,
            label: scoreLabel(s.score, locale),
          })),
          patch: (value) => ({ minScore: Number(value) }),
        },
      ]}
    />
  );
}

export function CircleLineRow({ controls, line }: RowProps<'circle'>) {
  const t = useTranslations('requirementsEditor');
  const { locale } = controls;
  return (
    <ChoicesRow
      controls={controls}
      line={line}
      choices={[
        {
          name: 'circle',
          label: t('columns.circle'),
          value: line.circle,
          options: CIRCLE_IDS.map((c) => ({ value: c, label: circleLabel(c, locale) })),
          patch: (value) => ({ circle: value as CircleId }),
        },
      ]}
    />
  );
}
