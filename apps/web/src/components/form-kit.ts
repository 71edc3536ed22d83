import type { ActionResult } from '@/lib/api/errors';

/**
 * What every admin form shares (structure, people, roles and access): the input's look, the
 * primary button and the reading of a failed Server Action's problem (its code and field errors).
 * The feature kits (features/admin/form-bits, people-admin/field, roles-admin/form-bits) build on
 * these; the small record forms (certificates, exemptions) use components/form-fields.
 */
export const inputClass =
  'mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-gap';

export const primaryButtonClass =
  'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:opacity-60';

/** The field errors of a failed action, keyed by the API's field paths; none when it succeeded. */
export function fieldErrorsOf(state: ActionResult<unknown> | null): Record<string, string> {
  return state && !state.ok ? (state.fieldErrors ?? {}) : {};
}

/** The problem of a failed action (its code, status and field errors); null when none. */
export function problemOf<T>(state: ActionResult<T> | null) {
  return state && !state.ok ? state : null;
}

/** `aria-invalid` for a field the problem names (undefined, not false, so the attribute is left out). */
export function invalidAt(state: ActionResult<unknown> | null, name: string): true | undefined {
  return problemOf(state)?.fieldErrors?.[name] ? true : undefined;
}
