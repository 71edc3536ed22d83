'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { saveSettings } from './actions';

/** The reassessment cycle in months; empty = levels never expire (rule 16). */
export function SettingsForm({ reassessmentMonths }: { reassessmentMonths: number | null }) {
  const t = useTranslations('settingsAdmin');
  const [state, action, pending] = useActionState(saveSettings, null);
  const uid = useId();
  const error = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex max-w-md flex-col gap-3 text-sm">
      <div>
        <label htmlFor={`${uid}-months`} className="block font-medium text-slate-800">
          {t('cycleLabel')}
        </label>
        <input
          id={`${uid}-months`}
          name="reassessmentMonths"
          type="number"
          min={1}
          max={120}
          inputMode="numeric"
          defaultValue={reassessmentMonths ?? ''}
          aria-describedby={`${uid}-hint`}
          aria-invalid={error?.fieldErrors?.reassessmentMonths ? true : undefined}
          className="mt-1 block w-32 rounded-md border border-slate-300 px-2 py-1.5"
        />
        <p id={`${uid}-hint`} className="mt-1 text-xs text-slate-600">
          {t('cycleHint')}
        </p>
      </div>
      {error ? <ErrorMessage code={error.code} /> : null}
      {state?.ok ? (
        <p role="status" className="rounded-md bg-covered-soft px-3 py-2 text-covered">
          ✓ {t('saved')}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {t('submit')}
      </button>
    </form>
  );
}
