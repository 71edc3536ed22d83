import { AREA_IDS, type AreaId, type Locale } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { inputClass, labelClass } from './field-styles';
import { LevelSelect } from './level-select';
import type { WhatIfMember } from './options';
import type { ChangeDraft } from './view-model';

type Props = {
  draft: ChangeDraft;
  update: (patch: Partial<ChangeDraft>) => void;
  members: WhatIfMember[];
  field: (name: string) => string;
};

/** The fields of a change to the people: who leaves or grows (and to what), or who joins. */
export function MemberFields({ draft, update, members, field }: Props) {
  const t = useTranslations('whatIf');
  const locale = useLocale() as Locale;
  const { type, memberId, area } = draft;
  const currentLevel = members.find((m) => m.employeeId === memberId)?.levels[area];
  return (
    <>
      {type === 'member_leaves' || type === 'member_reaches_level' ? (
        <div>
          <label htmlFor={field('member')} className={labelClass}>
            {t('member')}
          </label>
          <select
            id={field('member')}
            className={inputClass}
            value={memberId}
            onChange={(e) => update({ memberId: e.target.value })}
          >
            {members.map((m) => (
              <option key={m.employeeId} value={m.employeeId}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {type === 'member_reaches_level' ? (
        <>
          <div>
            <label htmlFor={field('area')} className={labelClass}>
              {t('area')}
            </label>
            <select
              id={field('area')}
              className={inputClass}
              value={area}
              onChange={(e) => update({ area: e.target.value as AreaId })}
            >
              {AREA_IDS.map((a) => (
                <option key={a} value={a}>
                  {areaLabel(a, locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <LevelSelect
              id={field('level')}
              label={t('level')}
              value={draft.level}
              onChange={(level) => update({ level })}
            />
            {memberId ? (
              <p className="mt-1 text-xs text-slate-600">
                {t('currentLevel', {
                  level: currentLevel ? levelLabel(currentLevel, locale) : t('noLevel'),
                })}
              </p>
            ) : null}
          </div>
        </>
      ) : null}

      {type === 'member_joins' ? (
        <>
          <div>
            <label htmlFor={field('name')} className={labelClass}>
              {t('name')}
            </label>
            <input
              id={field('name')}
              className={inputClass}
              value={draft.newName}
              onChange={(e) => update({ newName: e.target.value })}
              placeholder={t('namePlaceholder')}
              autoComplete="off"
            />
          </div>
          <div>
            <label htmlFor={field('fte')} className={labelClass}>
              {t('fte')}
            </label>
            <input
              id={field('fte')}
              className={inputClass}
              inputMode="decimal"
              value={draft.newFte}
              onChange={(e) => update({ newFte: e.target.value })}
            />
          </div>
        </>
      ) : null}
    </>
  );
}
