import { getTranslations } from 'next-intl/server';
import { MonthFiguresTable } from './month-figures-table';
import type { SiteRequirementRow } from './view-model';

/**
 * Rule 18 in the trend: the site certificate requirements (e.g. kinder-EHBO per kindercentrum) per
 * month, beside the team figures above and not part of them.
 */
export async function SiteRequirementsTrend({ rows }: { rows: readonly SiteRequirementRow[] }) {
  const t = await getTranslations('trend.sites');
  const last = rows.at(-1);
  return (
    <section
      aria-labelledby="trend-locatie-eisen"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="trend-locatie-eisen" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      {last ? <p className="mt-2 text-sm text-slate-800">{t('now', { count: last.gaps })}</p> : null}
      <div className="mt-2 overflow-x-auto">
        <MonthFiguresTable
          caption={t('caption')}
          captionClassName="sr-only"
          monthHeader={t('month')}
          columns={[
            { header: t('gaps'), gapWhenPositive: true },
            { header: t('totalGap') },
            { header: t('exempt') },
            { header: t('requirements') },
          ]}
          rows={rows.map((row) => ({
            month: row.month,
            label: row.label,
            values: [row.gaps, row.totalGap, row.exempt, row.requirements],
          }))}
        />
      </div>
    </section>
  );
}
