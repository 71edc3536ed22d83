'use client';

import { type AreaId, LEVELS, type LevelId, type Locale, label, levelAnchor } from '@teamspiegel/domain';
import type { TAreaLevel } from '@teamspiegel/domain/api/area-levels';
import { useFormatter, useTranslations } from 'next-intl';

const selectClass =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-gap';

type Props = {
  id: string;
  area: AreaId;
  areaLabel: string;
  description: string | null;
  value: LevelId | '';
  /** Her current row in this area (null: none yet). */
  current: TAreaLevel | undefined;
  invalid: boolean;
  errorMessage: string;
  locale: Locale;
  onChange: (value: string) => void;
};

/**
 * Her level in one area, with the beroepsbeeld's anchor of the chosen level in that area (domain
 * data, LEVEL_ANCHORS) and all four anchors one tap away, so "ervaren" means the same to everyone.
 */
export function LevelField({
  id,
  area,
  areaLabel,
  description,
  value,
  current,
  invalid,
  errorMessage,
  locale,
  onChange,
}: Props) {
  const t = useTranslations('profile');
  const tAnchor = useTranslations('levelAnchors');
  const format = useFormatter();
  const changed = (current?.level ?? '') !== value;
  const level = LEVELS.find((l) => l.id === value);
  return (
    <div
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`level-field-${area}`}
    >
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {areaLabel}
      </label>
      {description ? (
        <p id={`${id}-desc`} className="mt-1 text-sm text-slate-600">
          {description}
        </p>
      ) : null}
      <select
        id={id}
        name={`level-${area}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${description ? `${id}-desc ` : ''}${id}-status ${id}-level`}
        aria-invalid={invalid || undefined}
        className={selectClass}
      >
        <option value="">{t('levels.none')}</option>
        {LEVELS.map((option) => (
          <option key={option.id} value={option.id}>
            {label(option, locale)}
          </option>
        ))}
      </select>
      <div
        id={`${id}-level`}
        className="mt-2 rounded-md bg-slate-50 p-2 text-sm text-slate-800"
        data-testid="level-anchor"
      >
        {level ? (
          <>
            <span className="font-medium">
              {tAnchor('chosen', { level: label(level, locale).toLowerCase(), area: areaLabel })}
            </span>{' '}
            {levelAnchor(area, level.id)[locale]}
          </>
        ) : (
          tAnchor('none')
        )}
      </div>
      <details className="mt-2 text-sm">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-700">
          {tAnchor('allTitle', { area: areaLabel })}
        </summary>
        <dl className="space-y-2 pb-1">
          {LEVELS.map((option) => (
            <div key={option.id}>
              <dt className="font-semibold">
                {option.rank}. {label(option, locale)}
              </dt>
              <dd className="text-slate-700">{levelAnchor(area, option.id)[locale]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p id={`${id}-status`} className="mt-2 text-sm">
        {changed ? (
          <span className="inline-flex items-center gap-1 rounded bg-spof-soft px-2 py-0.5 text-spof">
            <span aria-hidden>✎</span> {value ? t('levels.willBeSelfAssessed') : t('levels.willBeRemoved')}
          </span>
        ) : current?.status === 'validated' ? (
          <span className="inline-flex items-center gap-1 rounded bg-covered-soft px-2 py-0.5 text-covered">
            <span aria-hidden>✓</span>{' '}
            {current.validatedAt
              ? t('levels.validatedOn', {
                  date: format.dateTime(new Date(current.validatedAt), { dateStyle: 'medium' }),
                })
              : t('levels.validated')}
          </span>
        ) : current ? (
          <span className="inline-flex items-center gap-1 rounded bg-spof-soft px-2 py-0.5 text-spof">
            <span aria-hidden>◔</span> {t('levels.selfAssessed')}
          </span>
        ) : null}
        {/* The outcome of validation: an adjustment comes with the validator's explanation. */}
        {!changed && current?.status === 'validated' && current.comment ? (
          <span className="mt-1 block text-slate-700">
            {t('levels.validationComment', { comment: current.comment })}
          </span>
        ) : null}
      </p>
      {invalid ? <p className="mt-1 text-sm font-medium text-gap">{errorMessage}</p> : null}
    </div>
  );
}
