import type { Locale, TCoverageSummary } from '@teamspiegel/domain';
import { getLocale, getTranslations } from 'next-intl/server';
import { statusLabel } from '@/components/status';
import type { AreaTotalRow } from './view-model';

/** Teams with a gap per area: a bar per row, with every number in the table (the chart is the table). */
export async function AreaTotalsTable({ rows }: { rows: AreaTotalRow[] }) {
  const t = await getTranslations('overview');
  const locale = (await getLocale()) as Locale;
  // Scrolls sideways on a phone: focusable (with a name) so the keyboard can scroll it too.
  return (
    <section
      aria-label={t('totals.byAreaCaption')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 print:shadow-none"
    >
      <table data-testid="area-totals" className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{t('totals.byAreaCaption')}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('totals.area')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('totals.teamsWithGap')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.requirements')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.covered')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {statusLabel('no_margin', locale)}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {statusLabel('single_point', locale)}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.gaps')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.required')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.totalGap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.area} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {row.label}
              </th>
              <td className="px-3 py-2">
                <div className="flex items-center gap-2">
                  <span className="w-6 text-right font-semibold tabular-nums">{row.teamsWithGap}</span>
                  <span className="h-3 w-40 rounded bg-slate-100" aria-hidden>
                    <span
                      className="block h-3 rounded bg-gap"
                      style={{
                        width: `${Math.round(row.share * 100)}%`,
                        printColorAdjust: 'exact',
                        WebkitPrintColorAdjust: 'exact',
                      }}
                    />
                  </span>
                </div>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{row.requirements}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.covered}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.noMargin}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.singlePoints}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.gaps}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.required}</td>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{row.totalGap}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export async function SiteTotalsTable({
  rows,
}: {
  rows: Array<{ siteId: string; siteName: string; totals: TCoverageSummary }>;
}) {
  const t = await getTranslations('overview');
  const locale = (await getLocale()) as Locale;
  return (
    <section
      aria-label={t('totals.bySiteCaption')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 print:shadow-none"
    >
      <table data-testid="site-totals" className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{t('totals.bySiteCaption')}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('totals.site')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.requirements')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.covered')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {statusLabel('no_margin', locale)}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {statusLabel('single_point', locale)}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.gaps')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.totalGap')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('totals.projectedTotalGap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.siteId} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {row.siteName}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{row.totals.requirements}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.totals.covered}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.totals.noMargin}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.totals.singlePoints}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.totals.gaps}</td>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{row.totals.totalGap}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.totals.projectedTotalGap}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
