import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type OverviewSort, sortParam } from './view-model';

/** Two links that reorder the heatmap (the API sorts); the current one is marked for screen readers. */
export async function SortSwitch({ sort, siteId }: { sort: OverviewSort; siteId: string | undefined }) {
  const t = await getTranslations('overviewAnswer.sort');
  const href = (target: OverviewSort) => {
    const params = new URLSearchParams();
    if (siteId) params.set('locatie', siteId);
    const value = sortParam(target);
    if (value) params.set('volgorde', value);
    const query = params.toString();
    return query ? `/overzicht?${query}` : '/overzicht';
  };
  return (
    <nav aria-label={t('label')} className="no-print flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{t('label')}:</span>
      {(['severity', 'site'] as const).map((option) => (
        <Link
          key={option}
          href={href(option)}
          aria-current={option === sort ? 'true' : undefined}
          data-testid={`sort-${option}`}
          className={`inline-flex min-h-11 items-center rounded-md px-3 ring-1 sm:min-h-9 ${
            option === sort
              ? 'bg-brand-700 font-semibold text-white ring-brand-700'
              : 'bg-white text-brand-700 ring-slate-300 hover:bg-brand-50'
          }`}
        >
          {t(option)}
        </Link>
      ))}
    </nav>
  );
}
