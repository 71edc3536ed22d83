import { getTranslations } from 'next-intl/server';
import { FilterSubmit, SiteFilterSelect } from '@/components/filter-form';

/** Site and name filter as a GET form (?locatie=…&zoek=…): works without JavaScript. */
export async function TeamsFilter({
  sites,
  siteId,
  q,
}: {
  sites: Array<{ id: string; name: string }>;
  siteId: string | undefined;
  q: string | undefined;
}) {
  const t = await getTranslations('teamsList');
  const to = await getTranslations('overview');
  const tc = await getTranslations('common');
  return (
    <search>
      <form method="get" action="/teams" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="teams-zoek" className="text-sm font-medium text-slate-700">
            {t('search')}
          </label>
          <input
            id="teams-zoek"
            type="search"
            name="zoek"
            defaultValue={q ?? ''}
            maxLength={200}
            className="w-64 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </div>
        {sites.length > 0 ? (
          <SiteFilterSelect
            id="teams-locatie"
            label={to('filter.site')}
            allLabel={to('filter.allSites')}
            siteId={siteId}
            options={sites.map((site) => ({ value: site.id, label: site.name }))}
          />
        ) : null}
        <FilterSubmit>{tc('filter')}</FilterSubmit>
        {siteId || q ? (
          <a
            href="/teams"
            className="px-2 py-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {t('clear')}
          </a>
        ) : null}
      </form>
    </search>
  );
}
