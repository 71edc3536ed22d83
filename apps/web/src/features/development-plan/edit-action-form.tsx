'use client';

import type { DevelopmentStatus } from '@teamspiegel/domain';
import { DEVELOPMENT_STATUS_TRANSITIONS } from '@teamspiegel/domain/api/development-actions';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, startTransition, useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { actionStatusLabel, type Locale } from '@/lib/vocabulary';
import { updateAction } from './actions';

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';

type Initial = { provider: string; cost: string; startDate: string; expectedEndDate: string; notes: string };

/** HR's edit of one action: dates, provider, cost, notes and status (only the allowed next ones). */
export function EditActionForm({
  id,
  version,
  status,
  initial,
}: {
  id: string;
  version: number;
  status: DevelopmentStatus;
  initial: Initial;
}) {
  const t = useTranslations('planTool.action');
  const locale = useLocale() as Locale;
  const [state, action, pending] = useActionState(updateAction, null);
  // Submitted by hand so a refused form keeps what was typed (a form action resets the fields).
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (name: string, errorKey = name) => ({
    id: `edit-${name}`,
    name,
    'aria-invalid': errors[errorKey] ? true : undefined,
    'aria-describedby': errors[errorKey] ? `edit-${name}-error` : undefined,
  });
  const fieldError = (name: string, errorKey = name) =>
    errors[errorKey] ? (
      <p id={`edit-${name}-error`} className="mt-1 text-xs text-gap">
        {t('fieldInvalid')}
      </p>
    ) : null;
  const labelFor = (name: string, text: string) => (
    <label htmlFor={`edit-${name}`} className="block text-sm font-medium text-slate-800">
      {text}
    </label>
  );
  const statuses = [status, ...DEVELOPMENT_STATUS_TRANSITIONS[status]];

  return (
    <form
      action={action}
      onSubmit={submit}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      data-testid="edit-action"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="currentStatus" value={status} />
      <div>
        {labelFor('provider', t('provider'))}
        <input
          {...field('provider')}
          defaultValue={initial.provider}
          maxLength={300}
          className={inputClass}
        />
        {fieldError('provider')}
      </div>
      <div>
        {labelFor('cost', t('cost'))}
        <input
          {...field('cost', 'costCents')}
          defaultValue={initial.cost}
          inputMode="decimal"
          aria-describedby={errors.costCents ? 'edit-cost-error' : 'edit-cost-hint'}
          className={inputClass}
        />
        <p id="edit-cost-hint" className="mt-1 text-xs text-slate-600">
          {t('costHint')}
        </p>
        {fieldError('cost', 'costCents')}
      </div>
      <div>
        {labelFor('startDate', t('startDate'))}
        <input {...field('startDate')} type="date" defaultValue={initial.startDate} className={inputClass} />
        {fieldError('startDate')}
      </div>
      <div>
        {labelFor('expectedEndDate', t('expectedEndDate'))}
        <input
          {...field('expectedEndDate')}
          type="date"
          defaultValue={initial.expectedEndDate}
          className={inputClass}
        />
        {fieldError('expectedEndDate')}
      </div>
      <div>
        {labelFor('status', t('status'))}
        <select {...field('status')} defaultValue={status} className={inputClass}>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {actionStatusLabel(value, locale)}
            </option>
          ))}
        </select>
        {fieldError('status')}
      </div>
      <div className="sm:col-span-2">
        {labelFor('notes', t('notes'))}
        <textarea
          {...field('notes')}
          defaultValue={initial.notes}
          rows={3}
          maxLength={4000}
          className={inputClass}
        />
        {fieldError('notes')}
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? t('saving') : t('save')}
        </button>
        <div aria-live="polite" className="text-sm">
          {state?.ok ? <p className="text-covered">✓ {t('saved')}</p> : null}
        </div>
      </div>
      {state && !state.ok && state.code !== 'validation_failed' ? (
        <div className="sm:col-span-2">
          <ErrorMessage code={state.code} />
        </div>
      ) : null}
    </form>
  );
}
