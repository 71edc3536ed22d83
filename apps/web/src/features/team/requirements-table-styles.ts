/** The team page's requirement tables: full width, stacking into cards on a phone. */
export const tableClass = 'w-full border-collapse text-sm max-sm:block sm:min-w-[56rem]';
export const tableWrapClass = 'rounded-xl border border-slate-200 bg-white shadow-sm sm:overflow-x-auto';
