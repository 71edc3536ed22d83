import {
  COMPETENCIES,
  COMPETENCY_SCORE_LABELS,
  type CompetencyId,
  type Locale,
  label,
} from '@teamspiegel/domain';
import { useTranslations } from 'next-intl';
import { scoreLabel } from '@/lib/vocabulary';
import type { FieldErrorLookup, ProfileFormState } from './form-model';
import { inputClass } from './form-styles';

type Props = {
  uid: string;
  ratings: ProfileFormState['ratings'];
  errors: FieldErrorLookup;
  messageFor: (field: string) => string;
  locale: Locale;
  onChange: (competency: CompetencyId, value: string) => void;
};

/** Competencies, 1–5 on the model's scale. */
export function CompetenciesSection({ uid, ratings, errors, messageFor, locale, onChange }: Props) {
  const t = useTranslations('profile');
  return (
    <section aria-labelledby={`${uid}-competencies`} className="space-y-4">
      <h2 id={`${uid}-competencies`} className="text-xl font-semibold">
        {t('competencies.title')}
      </h2>
      <p className="text-slate-700">{t('competencies.intro')}</p>
      <details className="rounded-lg bg-brand-50 p-4">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-900">
          {t('competencies.scaleTitle')}
        </summary>
        <dl className="mt-3 grid gap-2 sm:grid-cols-2">
          {COMPETENCY_SCORE_LABELS.map((item) => (
            <div key={item.score}>
              <dt className="font-semibold">
                {item.score}. {item.label[locale]}
              </dt>
              <dd className="text-sm text-slate-700">{item.description[locale]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="grid gap-3 md:grid-cols-2">
        {COMPETENCIES.map((competency) => {
          const id = `${uid}-competency-${competency.id}`;
          const invalid = errors.rating(competency.id);
          return (
            <div key={competency.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <label htmlFor={id} className="block font-semibold">
                {label(competency, locale)}
              </label>
              <p id={`${id}-desc`} className="mt-1 text-sm text-slate-600">
                {competency.description[locale]}
              </p>
              <select
                id={id}
                value={ratings[competency.id] ?? ''}
                onChange={(event) => onChange(competency.id, event.target.value)}
                aria-describedby={`${id}-desc`}
                aria-invalid={invalid || undefined}
                className={inputClass}
              >
                <option value="">{t('competencies.notRated')}</option>
                {COMPETENCY_SCORE_LABELS.map((item) => (
                  <option key={item.score} value={item.score}>
                    {scoreLabel(item.score, locale)}
                  </option>
                ))}
              </select>
              {invalid ? <p className="mt-1 text-sm font-medium text-gap">{messageFor('score')}</p> : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
