import { AMBITION_DIRECTIONS, type Locale, label } from '@teamspiegel/domain';
import { type TAmbitionVisibility, ZAmbitionVisibility } from '@teamspiegel/domain/api/ambitions';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { AmbitionRow } from './form-model';

const VISIBILITIES: readonly TAmbitionVisibility[] = ZAmbitionVisibility.options;
const choiceClass =
  'flex cursor-pointer gap-2 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50';

type Props<T> = {
  /** The radios' group name (unique per ambition). */
  name: string;
  value: T;
  onChange: (value: T) => void;
  invalid?: boolean;
  error: ReactNode;
  locale: Locale;
};

/** Broaden or deepen, each with the model's explanation. */
export function DirectionChoice({
  name,
  value,
  onChange,
  invalid,
  error,
  locale,
}: Props<AmbitionRow['direction']>) {
  const t = useTranslations('profile');
  return (
    <fieldset aria-invalid={invalid || undefined}>
      <legend className="text-sm font-medium">{t('ambition.direction')}</legend>
      <div className="mt-1 grid gap-2 sm:grid-cols-2">
        {AMBITION_DIRECTIONS.map((direction) => (
          <label key={direction.id} className={choiceClass}>
            <input
              type="radio"
              name={name}
              value={direction.id}
              checked={value === direction.id}
              onChange={() => onChange(direction.id)}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{label(direction, locale)}</span>
              <span className="block text-sm text-slate-600">{direction.description[locale]}</span>
            </span>
          </label>
        ))}
      </div>
      {error}
    </fieldset>
  );
}

/** Who may see the ambition. */
export function VisibilityChoice({ name, value, onChange, error }: Props<TAmbitionVisibility>) {
  const t = useTranslations('profile');
  return (
    <fieldset>
      <legend className="text-sm font-medium">{t('ambition.visibility')}</legend>
      <p className="text-sm text-slate-600">{t('ambition.visibilityNote')}</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {VISIBILITIES.map((visibility) => (
          <label key={visibility} className={choiceClass}>
            <input
              type="radio"
              name={name}
              value={visibility}
              checked={value === visibility}
              onChange={() => onChange(visibility)}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{t(`ambition.visibilityOptions.${visibility}`)}</span>
              <span className="block text-sm text-slate-600">
                {t(`ambition.visibilityHelp.${visibility}`)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error}
    </fieldset>
  );
}
