'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { ActionResult } from '@/lib/api/errors';

export { fieldErrorsOf, inputClass, primaryButtonClass as primaryButton } from '@/components/form-kit';
export const secondaryButton =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-60';

/** The sentence for an error code: the admin screens' own codes first, then the app's. */
export function useErrorText() {
  const own = useTranslations('structure.errors');
  const app = useTranslations('errors');
  return (code: string) => (own.has(code) ? own(code) : app.has(code) ? app(code) : app('generic', { code }));
}

/** A labelled input with its error, tied together for screen readers (aria-describedby). */
export function Field({
  id,
  label,
  required,
  error,
  help,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  /** The error sentence shown under the field (the field gets aria-invalid from the caller). */
  error?: string;
  help?: string;
  children: ReactNode;
}) {
  const t = useTranslations('structure');
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span className="text-gap">
            {' '}
            * <span className="sr-only">({t('required')})</span>
          </span>
        ) : null}
      </label>
      {children}
      {help ? (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-gap">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Props of an input that may carry a field error. */
export function fieldProps(id: string, name: string, error: string | undefined, help?: boolean) {
  const describedBy = [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ');
  return {
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

/** The form's general error (not tied to one field), announced. */
export function FormError({ state }: { state: ActionResult<unknown> | null }) {
  const errorText = useErrorText();
  if (!state || state.ok) return null;
  // With field errors the sentence sits at the field; here only the pointer to it.
  const atFields = Object.keys(state.fieldErrors ?? {}).length > 0;
  return (
    <p role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
      {errorText(atFields ? 'validation_failed' : state.code)}
    </p>
  );
}
