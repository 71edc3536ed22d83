'use client';

import type { TEmployee } from '@teamspiegel/domain/api/employees';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { formatFte, type Locale } from '@/lib/vocabulary';
import { createPerson, updatePerson } from './actions';
import { Field, inputClass } from './field';
import { FormStatus, failureOf, fieldError } from './form-state';

const FIELDS = ['firstName', 'lastName', 'email', 'jobTitle', 'fte', 'startDate', 'endDate'] as const;

/**
 * Create (no `person`) or edit a person's record. The submit button is disabled while the action
 * runs, and the API refuses a second person with the same e-mail, so a double click makes one person.
 * Edits send the version shown as If-Match: someone else's newer save is never overwritten.
 */
export function PersonForm({ person }: { person?: TEmployee }) {
  const t = useTranslations('peopleAdmin');
  const [state, action, pending] = useActionState(person ? updatePerson : createPerson, null);
  const uid = useId();
  const locale = useLocale() as Locale;
  const failure = failureOf(state);
  const types: Record<(typeof FIELDS)[number], string> = {
    firstName: 'text',
    lastName: 'text',
    email: 'email',
    jobTitle: 'text',
    fte: 'text',
    startDate: 'date',
    endDate: 'date',
  };
  const values: Record<(typeof FIELDS)[number], string> = {
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    email: person?.email ?? '',
    jobTitle: person?.jobTitle ?? '',
    // Written the user's way (0,8 in Dutch); the action reads a comma as the decimal sign.
    fte: person ? formatFte(person.fte, locale) : '1',
    startDate: person?.startDate ?? '',
    endDate: person?.endDate ?? '',
  };
  return (
    <form
      action={action}
      className="space-y-4"
      data-testid={person ? 'person-edit-form' : 'person-create-form'}
    >
      {person ? (
        <>
          <input type="hidden" name="id" value={person.id} />
          <input type="hidden" name="version" value={person.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((name) => (
          <Field
            key={name}
            id={`${uid}-${name}`}
            label={t(`fields.${name}`)}
            help={name === 'fte' ? t('fields.fteHelp') : undefined}
            error={fieldError(failure, name)}
          >
            {(describedBy, invalid) => (
              <input
                id={`${uid}-${name}`}
                name={name}
                type={types[name]}
                inputMode={name === 'fte' ? 'decimal' : undefined}
                required={name === 'firstName' || name === 'lastName' || name === 'email'}
                autoComplete={name === 'email' ? 'off' : undefined}
                defaultValue={values[name]}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                className={inputClass}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {person ? t('edit.submit') : t('create.submit')}
        </button>
      </div>
      <FormStatus state={state} pending={pending} testId="person-saved" />
    </form>
  );
}
