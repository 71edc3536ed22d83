'use client';

import type { AreaId, LevelId, Locale } from '@teamspiegel/domain';
import { ZDevelopmentRequestType } from '@teamspiegel/domain/api/development-requests';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { requestDevelopment } from './actions';

export type AmbitionChoice = { id: string; area: AreaId; targetLevel: LevelId };

const inputClass =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900';

/** Ask for a training or coaching towards one of her active ambitions. */
export function RequestForm({ ambitions, locale }: { ambitions: AmbitionChoice[]; locale: Locale }) {
  const t = useTranslations('ownDevelopment.requests');
  const uid = useId();
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(requestDevelopment, null);
  return (
    <form action={action} className="space-y-4" data-testid="request-form">
      <div>
        <label htmlFor={`${uid}-ambition`} className="block font-medium">
          {t('ambition')}
        </label>
        <select id={`${uid}-ambition`} name="ambitionId" required className={inputClass}>
          {ambitions.map((ambition) => (
            <option key={ambition.id} value={ambition.id}>
              {t('ambitionOption', {
                area: areaLabel(ambition.area, locale),
                level: levelLabel(ambition.targetLevel, locale).toLowerCase(),
              })}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="font-medium">{t('type')}</legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-2">
          {ZDevelopmentRequestType.options.map((type, index) => (
            <label
              key={type}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="type" value={type} defaultChecked={index === 0} className="h-5 w-5" />
              {t(`types.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${uid}-note`} className="block font-medium">
          {t('note')}
        </label>
        <p id={`${uid}-note-help`} className="text-sm text-slate-600">
          {t('noteHelp')}
        </p>
        <textarea
          id={`${uid}-note`}
          name="note"
          rows={3}
          maxLength={2000}
          aria-describedby={`${uid}-note-help`}
          className={inputClass}
        />
      </div>
      {result?.ok ? (
        <p role="status" className="rounded-md border border-covered bg-covered-soft px-3 py-2 text-covered">
          {t('sent')}
        </p>
      ) : result ? (
        <ErrorMessage code={result.code} />
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
