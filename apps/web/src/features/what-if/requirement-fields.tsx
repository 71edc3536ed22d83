import { COMPETENCY_SCORE_LABELS, type Locale } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { scoreLabel } from '@/lib/vocabulary';
import { inputClass, labelClass } from './field-styles';
import { LevelSelect } from './level-select';
import type { WhatIfRequirement } from './options';
import type { ChangeDraft } from './view-model';

type Props = {
  draft: ChangeDraft;
  update: (patch: Partial<ChangeDraft>) => void;
  onChooseRequirement: (id: string) => void;
  requirements: WhatIfRequirement[];
  field: (name: string) => string;
};

/** The fields of a change to the requirements: which one, and what it asks from now on. */
export function RequirementFields({ draft, update, onChooseRequirement, requirements, field }: Props) {
  const t = useTranslations('whatIf');
  const locale = useLocale() as Locale;
  const { type } = draft;
  const selected = requirements.find((r) => r.id === draft.requirementId);
  return (
    <>
      {type === 'requirement_changes' || type === 'requirement_removed' ? (
        <div className="sm:col-span-2">
          <label htmlFor={field('requirement')} className={labelClass}>
            {t('requirement')}
          </label>
          <select
            id={field('requirement')}
            className={inputClass}
            value={draft.requirementId}
            onChange={(e) => onChooseRequirement(e.target.value)}
          >
            {requirements.map((r) => (
              <option key={r.id} value={r.id}>
                {t('requirementOption', { title: r.title, count: r.requirement.count })}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {type === 'requirement_changes' && selected ? (
        <>
          <div>
            <label htmlFor={field('count')} className={labelClass}>
              {t('count')}
            </label>
            <input
              id={field('count')}
              type="number"
              min={0}
              max={50}
              step={1}
              className={inputClass}
              value={draft.count}
              onChange={(e) => update({ count: e.target.value })}
            />
          </div>
          {selected.requirement.kind === 'area' ? (
            <div>
              <LevelSelect
                id={field('minLevel')}
                label={t('minLevel')}
                value={draft.minLevel}
                onChange={(minLevel) => update({ minLevel })}
              />
            </div>
          ) : null}
          {selected.requirement.kind === 'competency' ? (
            <div>
              <label htmlFor={field('minScore')} className={labelClass}>
                {t('minScore')}
              </label>
              <select
                id={field('minScore')}
                className={inputClass}
                value={draft.minScore}
                onChange={(e) => update({ minScore: Number(e.target.value) })}
              >
                {COMPETENCY_SCORE_LABELS.map((s) => (
                  <option key={s.score} value={s.score}>
                    {scoreLabel(s.score, locale)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
