import { getTranslations } from 'next-intl/server';
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
        <table className="w-full text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3">
                {t('month')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t('gaps')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t('totalGap')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t('exempt')}
              </th>
              <th scope="col" className="py-1 text-right">
                {t('requirements')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {row.label}
                </th>
                <td
                  className={`py-1 pr-3 text-right tabular-nums ${row.gaps > 0 ? 'font-semibold text-gap' : ''}`}
                >
                  {row.gaps}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{row.totalGap}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{row.exempt}</td>
                <td className="py-1 text-right tabular-nums">{row.requirements}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
