'use client';

import { useTranslations } from 'next-intl';
import {
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
} from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';

/** Shared pieces of the admin forms (roles, access): inputs, field errors, outcome, confirmation. */

export { fieldErrorsOf, inputClass, primaryButtonClass as primaryClass } from '@/components/form-kit';
export const secondaryClass =
  'rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-50';
export const dangerClass =
  'rounded-md border border-gap px-3 py-1.5 text-sm font-semibold text-gap hover:bg-gap-soft disabled:opacity-50';

export type FormState = ActionResult<{ message: string }> | null;

/**
 * A form bound to a Server Action without React's reset after submit (a refused form keeps what was
 * typed) and with no second submit while one is under way (the button is disabled too; the API
 * refuses duplicates on its own).
 */
export function useAdminForm(fn: (previous: FormState, form: FormData) => Promise<FormState>) {
  const [state, dispatch, pending] = useActionState(fn, null);
  const inFlight = useRef(false);
  useEffect(() => {
    if (!pending) inFlight.current = false;
  }, [pending]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, onSubmit, pending };
}

/** Props that tie an input to its label and, when invalid, to its error text. */
export function fieldProps(prefix: string, name: string, errors: Record<string, string>) {
  const invalid = Object.keys(errors).some((path) => path === name || path.startsWith(`${name}.`));
  return {
    id: `${prefix}-${name}`,
    name,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': invalid ? `${prefix}-${name}-error` : undefined,
  };
}

export function FieldError({
  prefix,
  name,
  errors,
}: {
  prefix: string;
  name: string;
  errors: Record<string, string>;
}) {
  const t = useTranslations('adminForms');
  const message = Object.entries(errors).find(([path]) => path === name || path.startsWith(`${name}.`))?.[1];
  if (!message) return null;
  return (
    <p id={`${prefix}-${name}-error`} className="mt-1 text-xs text-gap">
      {t('fieldInvalid', { detail: message })}
    </p>
  );
}

/** What happened: a success sentence (polite live region) or the translated error. */
export function Outcome({ state }: { state: FormState }) {
  const t = useTranslations('adminForms');
  if (!state) return null;
  if (state.ok) {
    return (
      <p
        role="status"
        className="rounded-md border border-covered bg-covered-soft px-3 py-2 text-sm text-slate-900"
      >
        {state.data?.message}
      </p>
    );
  }
  return t.has(`errors.${state.code}`) ? (
    <p role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
      {t(`errors.${state.code}`)}
    </p>
  ) : (
    <ErrorMessage code={state.code} />
  );
}

export function Label({
  htmlFor,
  children,
  required,
}: {
  htmlFor: string;
  children: ReactNode;
  required?: boolean;
}) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
      {children}
      {/* The input itself carries `required`; the star is for the eye only. */}
      {required ? (
        <span aria-hidden="true" className="text-gap">
          {' *'}
        </span>
      ) : null}
    </label>
  );
}

/**
 * A destructive step in two clicks: the first shows what will happen and a confirm button (focused),
 * the second submits the surrounding form. Escape or "cancel" goes back.
 */
export function ConfirmSubmit({
  label,
  question,
  confirmLabel,
  pending,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
}) {
  const t = useTranslations('adminForms');
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setAsking(false);
  };
  if (!asking) {
    return (
      <button type="button" className={dangerClass} onClick={() => setAsking(true)} disabled={pending}>
        {label}
      </button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-800">{question}</span>
      <button ref={confirm} type="submit" className={dangerClass} disabled={pending} onKeyDown={onEscape}>
        {pending ? t('busy') : confirmLabel}
      </button>
      <button
        type="button"
        className={secondaryClass}
        onClick={() => setAsking(false)}
        onKeyDown={onEscape}
        disabled={pending}
      >
        {t('cancel')}
      </button>
    </span>
  );
}
