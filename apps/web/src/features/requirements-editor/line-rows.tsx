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
import { useTranslations } from 'next-intl';
import { areaLabel, circleLabel, competencyLabel, levelLabel, scoreLabel } from '@/lib/vocabulary';
import type { LineOf, RoleOption } from './editor-model';
import { type LineControls, LineRow, SelectCell } from './line-controls';

type RowProps<K extends LineOf<'area' | 'role' | 'competency' | 'circle'>['kind']> = {
  controls: LineControls;
  line: LineOf<K>;
};

export function AreaLineRow({ controls, line }: RowProps<'area'>) {
  const t = useTranslations('requirementsEditor');
  const { locale, update } = controls;
  return (
    <LineRow controls={controls} line={line}>
      <SelectCell
        controls={controls}
        line={line}
        name="area"
        first
        label={t('columns.area')}
        value={line.area}
        options={AREA_IDS.map((a) => ({ value: a, label: areaLabel(a, locale) }))}
        onChange={(value) => update(line.key, { area: value as AreaId })}
      />
      <SelectCell
        controls={controls}
        line={line}
        name="minLevel"
        label={`${t('columns.minLevel')}: ${areaLabel(line.area, locale)}`}
        value={line.minLevel}
        options={LEVEL_IDS.map((l) => ({ value: l, label: levelLabel(l, locale) }))}
        onChange={(value) => update(line.key, { minLevel: value as LevelId })}
      />
    </LineRow>
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
    <LineRow controls={controls} line={line}>
      <SelectCell
        controls={controls}
        line={line}
        name="roleDefinitionId"
        first
        label={t('columns.role')}
        value={line.roleDefinitionId}
        options={options}
        onChange={(value) => controls.update(line.key, { roleDefinitionId: value })}
      />
    </LineRow>
  );
}

export function CompetencyLineRow({ controls, line }: RowProps<'competency'>) {
  const t = useTranslations('requirementsEditor');
  const { locale, update } = controls;
  return (
    <LineRow controls={controls} line={line}>
      <SelectCell
        controls={controls}
        line={line}
        name="competency"
        first
        label={t('columns.competency')}
        value={line.competency}
        options={COMPETENCY_IDS.map((c) => ({ value: c, label: competencyLabel(c, locale) }))}
        onChange={(value) => update(line.key, { competency: value as CompetencyId })}
      />
      <SelectCell
        controls={controls}
        line={line}
        name="minScore"
        label={`${t('columns.minScore')} — ${competencyLabel(line.competency, locale)}`}
        value={line.minScore}
        options={COMPETENCY_SCORE_LABELS.map((s) => ({ value: s.score, label: scoreLabel(s.score, locale) }))}
        onChange={(value) => update(line.key, { minScore: Number(value) })}
      />
    </LineRow>
  );
}

export function CircleLineRow({ controls, line }: RowProps<'circle'>) {
  const t = useTranslations('requirementsEditor');
  const { locale } = controls;
  return (
    <LineRow controls={controls} line={line}>
      <SelectCell
        controls={controls}
        line={line}
        name="circle"
        first
        label={t('columns.circle')}
        value={line.circle}
        options={CIRCLE_IDS.map((c) => ({ value: c, label: circleLabel(c, locale) }))}
        onChange={(value) => controls.update(line.key, { circle: value as CircleId })}
      />
    </LineRow>
  );
}
