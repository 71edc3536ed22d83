import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/select-field';

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
        <SelectField
          layout="stacked"
          id="filter-locatie"
          name="locatie"
          label={t('filter.site')}
          defaultValue={selected ?? ''}
          allLabel={t('filter.allSites')}
          options={sites.map((site) => ({
            value: site.id,
            label:
              site.teamCount === undefined
                ? site.name
                : t('filter.siteWithCount', { name: site.name, count: site.teamCount }),
          }))}
          selectClassName="min-w-56"
        />
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
