'use client';

import { DEVELOPMENT_ACTION_TYPES, label } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { ActionTargetFields, type CertificateOption, type RoleOption } from './action-target-fields';
import { createAction } from './actions';

type Option = { id: string; name: string };

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';

/** HR's form for a new development action (type, person or hiring, what it aims at, dates, cost). */
export function CreateActionForm({
  employees,
  teams,
  roles,
  certificates,
  defaults,
}: {
  employees: Option[];
  teams: Option[];
  roles: RoleOption[];
  certificates: CertificateOption[];
  defaults: { teamId?: string; area?: string; targetLevel?: string };
}) {
  const t = useTranslations('development.form');
  const locale = useLocale() as 'nl' | 'en';
  const [state, action, pending] = useActionState(createAction, null);
  const [type, setType] = useState('training');
  const formRef = useRef<HTMLFormElement>(null);
  // Submitted by hand so that a refused form keeps what was typed (a form action resets the
  // fields); cleared only once the action is created.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (name: string) => ({
    id: `new-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `new-${name}-error` : undefined,
  });
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`new-${name}-error`} className="mt-1 text-xs text-gap">
        {t('fieldInvalid')}
      </p>
    ) : null;
  const labelFor = (name: string, text: string, required = false) => (
    <label htmlFor={`new-${name}`} className="block text-sm font-medium text-slate-800">
      {text}
      {required ? <span className="text-gap"> *</span> : null}
    </label>
  );

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={submit}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      noValidate
    >
      <div>
        {labelFor('type', t('type'), true)}
        <select
          {...field('type')}
          value={type}
          onChange={(e) => setType(e.target.value)}
          className={inputClass}
        >
          {DEVELOPMENT_ACTION_TYPES.map((item) => (
            <option key={item.id} value={item.id}>
              {label(item, locale)}
            </option>
          ))}
        </select>
        {fieldError('type')}
      </div>
      <div className="lg:col-span-2">
        {labelFor('title', t('title'), true)}
        <input {...field('title')} required maxLength={300} className={inputClass} />
        {fieldError('title')}
      </div>
      <div>
        {labelFor('employeeId', t('employee'), type !== 'werving')}
        <select {...field('employeeId')} disabled={type === 'werving'} defaultValue="" className={inputClass}>
          <option value="">{type === 'werving' ? t('noEmployeeForHiring') : t('chooseEmployee')}</option>
          {employees.map((employee) => (
            <option key={employee.id} value={employee.id}>
              {employee.name}
            </option>
          ))}
        </select>
        {fieldError('employeeId')}
      </div>
      <div>
        {labelFor('teamId', t('team'))}
        <select {...field('teamId')} defaultValue={defaults.teamId ?? ''} className={inputClass}>
          <option value="">{t('noTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
        {fieldError('teamId')}
      </div>
      <ActionTargetFields
        roles={roles}
        certificates={certificates}
        defaults={defaults}
        field={field}
        fieldError={fieldError}
        labelFor={labelFor}
        inputClass={inputClass}
      />
      <div>
        {labelFor('provider', t('provider'))}
        <input {...field('provider')} maxLength={300} className={inputClass} />
        {fieldError('provider')}
      </div>
      <div>
        {labelFor('startDate', t('startDate'))}
        <input {...field('startDate')} type="date" className={inputClass} />
        {fieldError('startDate')}
      </div>
      <div>
        {labelFor('expectedEndDate', t('expectedEndDate'))}
        <input {...field('expectedEndDate')} type="date" className={inputClass} />
        {fieldError('expectedEndDate')}
      </div>
      <div>
        <label htmlFor="new-cost" className="block text-sm font-medium text-slate-800">
          {t('cost')}
        </label>
        <input
          id="new-cost"
          name="cost"
          inputMode="decimal"
          aria-invalid={errors.costCents ? true : undefined}
          aria-describedby={errors.costCents ? 'new-costCents-error' : undefined}
          className={inputClass}
        />
        {fieldError('costCents')}
      </div>
      <div>
        {labelFor('status', t('status'))}
        <select {...field('status')} defaultValue="planned" className={inputClass}>
          <option value="planned">{t('statusPlanned')}</option>
          <option value="in_progress">{t('statusInProgress')}</option>
        </select>
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        {labelFor('notes', t('notes'))}
        <textarea {...field('notes')} rows={2} maxLength={4000} className={inputClass} />
        {fieldError('notes')}
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? t('saving') : t('submit')}
        </button>
        <div aria-live="polite">
          {state?.ok ? <p className="text-sm text-covered">✓ {t('created')}</p> : null}
          {state && !state.ok ? <ErrorMessage code={state.code} /> : null}
        </div>
      </div>
    </form>
  );
}
