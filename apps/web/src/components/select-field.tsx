export type SelectOption = { value: string; label: string };

/** The two looks of a labelled select in the app's GET filter forms. */
const LAYOUTS = {
  /** Label above a full-width select (filter grids: people, development plan). */
  block: {
    wrapper: undefined,
    label: 'block text-sm font-medium text-slate-800',
    select: 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm',
  },
  /** Label and select in a column (filter bars: teams, trend, sites, demand). */
  stacked: {
    wrapper: 'flex flex-col gap-1',
    label: 'text-sm font-medium text-slate-700',
    select: 'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm',
  },
} as const;

/**
 * A `<label>` + `<select>` pair for filter forms: the label names the select (htmlFor/id), an
 * optional first option with the empty value means "all". Works in server and client components.
 */
export function SelectField({
  id,
  name,
  label,
  options,
  defaultValue,
  allLabel,
  layout = 'block',
  labelClassName,
  selectClassName,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly SelectOption[];
  defaultValue?: string;
  /** Text of a first option with value "" (no filter); left out when not given. */
  allLabel?: string;
  layout?: keyof typeof LAYOUTS;
  /** Replaces the layout's label classes. */
  labelClassName?: string;
  /** Extra classes on the select (e.g. a minimum width). */
  selectClassName?: string;
}) {
  const look = LAYOUTS[layout];
  return (
    <div className={look.wrapper}>
      <label htmlFor={id} className={labelClassName ?? look.label}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={selectClassName ? `${selectClassName} ${look.select}` : look.select}
      >
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
