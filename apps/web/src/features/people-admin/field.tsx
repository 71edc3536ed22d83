'use client';

import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { inputClass } from '@/components/form-kit';

export { inputClass };

/**
 * A labelled input (or select, as children) with its help text and the server's field error, tied
 * together with aria-describedby so a screen reader reads the error with the field.
 */
export function Field({
  id,
  label,
  error,
  help,
  children,
}: {
  id: string;
  label: string;
  /** The API's field error code or message; shown translated when it is a known code. */
  error?: string | undefined;
  help?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const t = useTranslations('peopleAdmin');
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(describedBy || undefined, Boolean(error))}
      {help ? (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-gap">
          {fieldErrorText(t, error)}
        </p>
      ) : null}
    </div>
  );
}

/** The common case: a Field around a plain input, wired to its help and error. */
export function InputField({
  id,
  label,
  error,
  help,
  ...input
}: {
  id: string;
  label: string;
  error?: string | undefined;
  help?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-invalid' | 'aria-describedby'>) {
  return (
    <Field id={id} label={label} error={error} help={help}>
      {(describedBy, invalid) => (
        <input
          id={id}
          {...input}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
    </Field>
  );
}

type T = ReturnType<typeof useTranslations<'peopleAdmin'>>;

/** Field errors carry an API code where there is one (email_taken, invalid_period), else a message. */
export function fieldErrorText(t: T, error: string): string {
  const key = `errors.${error}` as Parameters<T>[0];
  if (t.has(key)) return t(key);
  if (/required|too_small|at least 1/i.test(error)) return t('required');
  return t('invalid');
}

/** An API error code in this feature's words, or null to fall back to the shared messages. */
export function knownError(t: T, code: string): string | null {
  const key = `errors.${code}` as Parameters<T>[0];
  return t.has(key) ? t(key) : null;
}
