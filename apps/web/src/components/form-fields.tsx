'use client';

import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { invalidAt, problemOf } from './form-kit';

/**
 * The small record forms' kit (a certificate, an exemption): labelled fields, a date field, a
 * select, and the submit bar with the action's problem, its success and the pending state.
 */
export const recordInputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5';

/** A label above its control, with an optional hint the control points at (`${id}-hint`). */
export function LabelledField({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = {
  id: string;
  name: string;
  label: string;
  /** The action's last result: the field is marked invalid when its problem names `name`. */
  state: ActionResult<unknown> | null;
  required?: boolean;
};

export function DateField({ id, name, label, state, required, hint }: FieldProps & { hint?: string }) {
  return (
    <LabelledField id={id} label={label} {...(hint ? { hint } : {})}>
      <input
        id={id}
        name={name}
        type="date"
        required={required}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={invalidAt(state, name)}
        className={recordInputClass}
      />
    </LabelledField>
  );
}

export function SelectField({
  id,
  name,
  label,
  required,
  empty,
  options,
}: Omit<FieldProps, 'state'> & {
  /** A first, empty choice (e.g. "the whole team"); without it the first option is chosen. */
  empty?: string;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <LabelledField id={id} label={label}>
      <select
        id={id}
        name={name}
        required={required}
        className={recordInputClass}
        {...(empty === undefined ? {} : { defaultValue: '' })}
      >
        {empty === undefined ? null : <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

const SIZES = {
  small: { done: 'px-2 py-1', button: 'px-3 py-1.5' },
  normal: { done: 'px-3 py-2', button: 'px-4 py-2' },
} as const;

/** The action's problem (in the user's language), its success, and the submit button (off while pending). */
export function SubmitBar({
  state,
  pending,
  done,
  submit,
  size = 'normal',
}: {
  state: ActionResult<unknown> | null;
  pending: boolean;
  done: string;
  submit: string;
  size?: keyof typeof SIZES;
}) {
  const problem = problemOf(state);
  return (
    <>
      {problem ? <ErrorMessage code={problem.code} /> : null}
      {state?.ok ? (
        <p role="status" className={`rounded-md bg-covered-soft ${SIZES[size].done} text-covered`}>
          ✓ {done}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md bg-brand-700 ${SIZES[size].button} font-semibold text-white hover:bg-brand-900 disabled:opacity-60`}
      >
        {submit}
      </button>
    </>
  );
}
