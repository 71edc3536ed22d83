import type { ActionResult } from '@/lib/api/errors';

/**
 * What every admin form shares (structure, people, roles and access): the input's look, the
 * primary button and the field errors of a failed Server Action. The feature kits
 * (features/admin/form-bits, people-admin/field, roles-admin/form-bits) build on these.
 */
export const inputClass =
  'mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-gap';

export const primaryButtonClass =
  'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:opacity-60';

/** The field errors of a failed action, keyed by the API's field paths; none when it succeeded. */
export function fieldErrorsOf(state: ActionResult<unknown> | null): Record<string, string> {
  return state && !state.ok ? (state.fieldErrors ?? {}) : {};
}
