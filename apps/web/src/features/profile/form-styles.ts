/** The profile form's fields: 44 px high (touch), red border when invalid. */
export const inputClass =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-gap';
