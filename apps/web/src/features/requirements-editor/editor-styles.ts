/** The editor's own control styles (denser than the admin forms' form-kit: many lines on one page). */
export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm';
export const invalidClass = 'border-gap ring-1 ring-gap';
export const buttonClass =
  'rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-50';
export const primaryClass =
  'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60';
