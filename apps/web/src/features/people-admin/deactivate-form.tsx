'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { deactivatePerson } from './actions';
import { Field, inputClass } from './field';
import { FormStatus, failureOf, fieldError } from './form-state';

/**
 * A leaver, in two steps: choose the date, then confirm what will happen (memberships end, open
 * actions are cancelled, levels stay). Only the confirmation submits.
 */
export function DeactivateForm({
  id,
  name,
  version,
  currentMemberships,
  today,
  left,
}: {
  id: string;
  name: string;
  version: number;
  currentMemberships: number;
  today: string;
  /** Already registered as leaver (the form then only says so; kept mounted to show its result). */
  left: boolean;
}) {
  const t = useTranslations('peopleAdmin');
  const format = useFormatter();
  const [state, action, pending] = useActionState(deactivatePerson, null);
  const [date, setDate] = useState(today);
  const [confirming, setConfirming] = useState(false);
  const uid = useId();
  const failure = failureOf(state);
  const shownDate = date
    ? format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })
    : '';

  if (state?.ok && state.data) {
    const values = { ...state.data.values, date: shownDate };
    return (
      <p
        role="status"
        data-testid="person-deactivated"
        className="rounded-md bg-covered-soft px-3 py-2 text-sm text-covered"
      >
        ✓ {t('deactivate.done', values)}
      </p>
    );
  }
  if (left) return <p className="text-sm text-slate-700">{t('deactivate.alreadyInactive', { name })}</p>;
  return (
    <form action={action} className="space-y-3" data-testid="deactivate-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field
        id={`${uid}-date`}
        label={t('fields.leaveDate')}
        help={t('fields.leaveDateHelp')}
        error={fieldError(failure, 'date')}
      >
        {(describedBy, invalid) => (
          <input
            id={`${uid}-date`}
            name="date"
            type="date"
            required
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
              setConfirming(false);
            }}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            className={`${inputClass} sm:max-w-xs`}
          />
        )}
      </Field>
      {confirming ? (
        <div className="space-y-3 rounded-lg border border-gap bg-gap-soft p-4">
          <h3 id={`${uid}-confirm`} className="font-semibold text-gap">
            {t('deactivate.confirmTitle')}
          </h3>
          <p className="text-sm text-slate-800">
            {t('deactivate.confirmText', { name, date: shownDate, memberships: currentMemberships })}
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-gap px-4 py-2 text-sm font-semibold text-white hover:opacity-90 disabled:opacity-60"
            >
              {t('deactivate.confirm')}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => setConfirming(false)}
              className="rounded-md px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-brand-600 hover:bg-brand-50"
            >
              {t('deactivate.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          disabled={!date}
          onClick={() => setConfirming(true)}
          className="rounded-md px-4 py-2 text-sm font-semibold text-gap ring-1 ring-gap hover:bg-gap-soft disabled:opacity-60"
        >
          {t('deactivate.next')}
        </button>
      )}
      <FormStatus state={state} pending={pending} />
    </form>
  );
}
