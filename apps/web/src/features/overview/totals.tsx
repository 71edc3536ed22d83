import type { Locale, TCoverageSummary } from '@teamspiegel/domain';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { statusLabel } from '@/components/status';
import type { AreaTotalRow } from './view-model';

type StatusCounts = Pick<TCoverageSummary, 'requirements' | 'covered' | 'noMargin' | 'singlePoints' | 'gaps'>;

/** A totals table in a region that scrolls sideways on a phone: focusable (with a name) so the keyboard can scroll it too. */
function TotalsRegion({
  caption,
  testId,
  children,
}: {
  caption: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 print:shadow-none"
    >
      <table data-testid={testId} className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** The column headers of the status counts every totals table shows, in the status order. */
async function StatusCountHeaders() {
  const t = await getTranslations('overview');
  const locale = (await getLocale()) as Locale;
  return (
    <>
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
    </>
  );
}

function StatusCountCells({ counts }: { counts: StatusCounts }) {
  return (
    <>
      <td className="px-3 py-2 text-right tabular-nums">{counts.requirements}</td>
      <td className="px-3 py-2 text-right tabular-nums">{counts.covered}</td>
      <td className="px-3 py-2 text-right tabular-nums">{counts.noMargin}</td>
      <td className="px-3 py-2 text-right tabular-nums">{counts.singlePoints}</td>
      <td className="px-3 py-2 text-right tabular-nums">{counts.gaps}</td>
    </>
  );
}

/** Teams with a gap per area: a bar per row, with every number in the table (the chart is the table). */
export async function AreaTotalsTable({ rows }: { rows: AreaTotalRow[] }) {
  const t = await getTranslations('overview');
  return (
    <TotalsRegion caption={t('totals.byAreaCaption')} testId="area-totals">
      <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="px-3 py-2">
            {t('totals.area')}
          </th>
          <th scope="col" className="px-3 py-2">
            {t('totals.teamsWithGap')}
          </th>
          <StatusCountHeaders />
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
            <StatusCountCells counts={row} />
            <td className="px-3 py-2 text-right tabular-nums">{row.required}</td>
            <td className="px-3 py-2 text-right font-semibold tabular-nums">{row.totalGap}</td>
          </tr>
        ))}
      </tbody>
    </TotalsRegion>
  );
}

export async function SiteTotalsTable({
  rows,
}: {
  rows: Array<{ siteId: string; siteName: string; totals: TCoverageSummary }>;
}) {
  const t = await getTranslations('overview');
  return (
    <TotalsRegion caption={t('totals.bySiteCaption')} testId="site-totals">
      <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="px-3 py-2">
            {t('totals.site')}
          </th>
          <StatusCountHeaders />
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
            <StatusCountCells counts={row.totals} />
            <td className="px-3 py-2 text-right font-semibold tabular-nums">{row.totals.totalGap}</td>
            <td className="px-3 py-2 text-right tabular-nums">{row.totals.projectedTotalGap}</td>
          </tr>
        ))}
      </tbody>
    </TotalsRegion>
  );
}
