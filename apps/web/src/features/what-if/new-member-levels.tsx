import { AREA_IDS, LEVEL_IDS, type Locale } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { inputClass } from './field-styles';
import { type ChangeDraft, withNewLevel } from './view-model';

/** The levels per area of someone who joins (none chosen: no level there). */
export function NewMemberLevels({
  levels,
  onChange,
  field,
}: {
  levels: ChangeDraft['newLevels'];
  onChange: (update: (levels: ChangeDraft['newLevels']) => ChangeDraft['newLevels']) => void;
  field: (name: string) => string;
}) {
  const t = useTranslations('whatIf');
  const locale = useLocale() as Locale;
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">{t('levelsPerArea')}</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {AREA_IDS.map((a) => (
          <div key={a}>
            <label htmlFor={field(`lvl-${a}`)} className="block text-xs font-medium text-slate-700">
              {areaLabel(a, locale)}
            </label>
            <select
              id={field(`lvl-${a}`)}
              className={inputClass}
              value={levels[a] ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                onChange((current) => withNewLevel(current, a, value));
              }}
            >
              <option value="">{t('noLevel')}</option>
              {LEVEL_IDS.map((l) => (
                <option key={l} value={l}>
                  {levelLabel(l, locale)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
