'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { createExemption } from './actions';

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5';

/** From a gap on the team page: HR exempts the team from the requirement until an end date. */
export function ExemptionForm({
  teamId,
  requirementId,
  people,
}: {
  teamId: string;
  requirementId: string;
  /** Certificate requirements: one member may be exempted instead of the whole team. */
  people: { id: string; name: string }[];
}) {
  const t = useTranslations('exemptions');
  const [state, action, pending] = useActionState(createExemption, null);
  const uid = useId();
  const error = state && !state.ok ? state : null;
  const invalid = (name: string) => (error?.fieldErrors?.[name] ? true : undefined);
  return (
    <details className="mt-2 text-xs no-print" data-testid={`exempt-${requirementId}`}>
      <summary className="inline-flex min-h-9 cursor-pointer items-center font-semibold text-brand-700 underline underline-offset-2">
        {t('open')}
      </summary>
      <form action={action} className="mt-2 w-64 space-y-2" aria-labelledby={`${uid}-title`}>
        <p id={`${uid}-title`} className="font-semibold text-slate-800">
          {t('formTitle')}
        </p>
        <input type="hidden" name="teamId" value={teamId} />
        <input type="hidden" name="requirementId" value={requirementId} />
        {people.length > 0 ? (
          <div>
            <label htmlFor={`${uid}-who`} className="block font-medium text-slate-800">
              {t('whoLabel')}
            </label>
            <select id={`${uid}-who`} name="employeeId" className={inputClass} defaultValue="">
              <option value="">{t('wholeTeam')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor={`${uid}-reason`} className="block font-medium text-slate-800">
            {t('reasonLabel')}
          </label>
          <textarea
            id={`${uid}-reason`}
            name="reason"
            required
            minLength={3}
            maxLength={1000}
            rows={2}
            aria-invalid={invalid('reason')}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={`${uid}-ends`} className="block font-medium text-slate-800">
            {t('endsOnLabel')}
          </label>
          <input
            id={`${uid}-ends`}
            name="endsOn"
            type="date"
            required
            aria-invalid={invalid('endsOn')}
            className={inputClass}
          />
        </div>
        {error ? <ErrorMessage code={error.code} /> : null}
        {state?.ok ? (
          <p role="status" className="rounded-md bg-covered-soft px-2 py-1 text-covered">
            ✓ {t('done')}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {t('submit')}
        </button>
      </form>
    </details>
  );
}
