import { LEVEL_IDS, type LevelId, type Locale } from '@teamspiegel/domain';
import { useLocale } from 'next-intl';
import { levelLabel } from '@/lib/vocabulary';
import { inputClass, labelClass } from './field-styles';

/** A labelled select of the levels (a member's new level, a requirement's minimum level). */
export function LevelSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: LevelId;
  onChange: (level: LevelId) => void;
}) {
  const locale = useLocale() as Locale;
  return (
    <>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value as LevelId)}
      >
        {LEVEL_IDS.map((l) => (
          <option key={l} value={l}>
            {levelLabel(l, locale)}
          </option>
        ))}
      </select>
    </>
  );
}
