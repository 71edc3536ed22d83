import { getTranslations } from 'next-intl/server';
import { FilterSubmit, SiteFilterSelect } from '@/components/filter-form';

/** Site and period as a GET form (?locatie=…&van=…&tot=…): works without JavaScript. */
export async function DemandFilter({
  sites,
  siteId,
  from,
  until,
}: {
  sites: Array<{ id: string; name: string }>;
  siteId: string | undefined;
  from: string | undefined;
  until: string | undefined;
}) {
  const t = await getTranslations('demand');
  const to = await getTranslations('overview');
  const tc = await getTranslations('common');
  const field = 'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';
  return (
    <search className="no-print">
      <form method="get" action="/ontwikkelvraag" className="flex flex-wrap items-end gap-3">
        <SiteFilterSelect
          id="demand-locatie"
          label={to('filter.site')}
          allLabel={to('filter.allSites')}
          siteId={siteId}
          options={sites.map((site) => ({ value: site.id, label: site.name }))}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="demand-van" className="text-sm font-medium text-slate-700">
            {t('filter.from')}
          </label>
          <input id="demand-van" type="date" name="van" defaultValue={from ?? ''} className={field} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="demand-tot" className="text-sm font-medium text-slate-700">
            {t('filter.until')}
          </label>
          <input id="demand-tot" type="date" name="tot" defaultValue={until ?? ''} className={field} />
        </div>
        <FilterSubmit>{tc('filter')}</FilterSubmit>
        {siteId || from || until ? (
          <a
            href="/ontwikkelvraag"
            className="px-2 py-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {t('filter.clear')}
          </a>
        ) : null}
      </form>
      <p className="mt-1 text-xs text-slate-600">{t('filter.periodHint')}</p>
    </search>
  );
}
