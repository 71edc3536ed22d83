import { getTranslations } from 'next-intl/server';

/** A GET form: works without JavaScript; the choice lands in the query string (?locatie=<id>). */
export async function SiteFilter({
  action,
  sites,
  selected,
  hidden = {},
}: {
  action: string;
  sites: Array<{ id: string; name: string; teamCount?: number }>;
  selected: string | undefined;
  hidden?: Record<string, string | undefined>;
}) {
  const t = await getTranslations('overview');
  const tc = await getTranslations('common');
  return (
    <search>
      <form method="get" action={action} className="no-print flex flex-wrap items-end gap-2">
        {Object.entries(hidden).map(([name, value]) =>
          value ? <input key={name} type="hidden" name={name} value={value} /> : null,
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-locatie" className="text-sm font-medium text-slate-700">
            {t('filter.site')}
          </label>
          <select
            id="filter-locatie"
            name="locatie"
            defaultValue={selected ?? ''}
            className="min-w-56 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">{t('filter.allSites')}</option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.teamCount === undefined
                  ? site.name
                  : t('filter.siteWithCount', { name: site.name, count: site.teamCount })}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
        >
          {tc('filter')}
        </button>
      </form>
    </search>
  );
}
