import { getTranslations } from 'next-intl/server';
import { FilterSubmit, SiteFilterSelect } from '@/components/filter-form';

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
        <SiteFilterSelect
          id="filter-locatie"
          label={t('filter.site')}
          allLabel={t('filter.allSites')}
          siteId={selected}
          options={sites.map((site) => ({
            value: site.id,
            label:
              site.teamCount === undefined
                ? site.name
                : t('filter.siteWithCount', { name: site.name, count: site.teamCount }),
          }))}
        />
        <FilterSubmit>{tc('filter')}</FilterSubmit>
      </form>
    </search>
  );
}
