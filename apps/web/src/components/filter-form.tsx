import type { ReactNode } from 'react';
import { SelectField, type SelectOption } from './select-field';

/*
 * The parts every GET filter bar shares (overview, teams, trend, demand, development plan): the site
 * select and the submit button, so the bars look and name their fields alike.
 */

/** The site choice of a filter bar (?locatie=<id>): "all sites" first, then the given options. */
export function SiteFilterSelect({
  id,
  label,
  allLabel,
  siteId,
  options,
}: {
  id: string;
  label: string;
  allLabel: string;
  siteId: string | null | undefined;
  options: readonly SelectOption[];
}) {
  return (
    <SelectField
      layout="stacked"
      id={id}
      name="locatie"
      label={label}
      defaultValue={siteId ?? ''}
      allLabel={allLabel}
      options={options}
      selectClassName="min-w-56"
    />
  );
}

/** The submit button of a filter bar. */
export function FilterSubmit({ children }: { children: ReactNode }) {
  return (
    <button
      type="submit"
      className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
    >
      {children}
    </button>
  );
}
