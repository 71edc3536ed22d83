import { getLocale, getTranslations } from 'next-intl/server';
import { FilterSubmit, SiteFilterSelect } from '@/components/filter-form';
import { ProblemState } from '@/components/problem-state';
import { SelectField } from '@/components/select-field';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { parseSiteId } from '@/lib/params';
import { getSession } from '@/lib/session';
import { fetchCoverageTrend, fetchTrendSites } from './data';
import { MonthFiguresTable } from './month-figures-table';
import { SiteRequirementsTrend } from './site-requirements-trend';
import { TrendChart } from './trend-chart';
import {
  areaSeries,
  chartRows,
  direction,
  type Locale,
  monthLabel,
  parseMonths,
  siteRequirementRows,
  sparklinePoints,
  TREND_MONTH_OPTIONS,
} from './view-model';

type SearchParams = Record<string, string | string[] | undefined>;

const SPARK_WIDTH = 160;
const SPARK_HEIGHT = 40;

/** /trend: how the organisation's gaps and single points of failure developed month by month. */
export async function TrendPage({ searchParams }: { searchParams: SearchParams }) {
  const months = parseMonths(searchParams.maanden);
  const siteId = parseSiteId(searchParams.locatie);
  const locale = ((await getLocale()) === 'en' ? 'en' : 'nl') as Locale;
  const t = await getTranslations('trend');
  const tc = await getTranslations('common');
  const session = await getSession();
  const [result, sites] = await Promise.all([
    load(fetchCoverageTrend({ months, siteId })),
    load(fetchTrendSites()),
  ]);

  const heading = (
    <div>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        {can(session.role, 'coverage.trend', 'led_teams') ? t('introManager') : t('intro')}
      </p>
    </div>
  );
  if (result.error) {
    return (
      <div className="space-y-6">
        {heading}
        <ProblemState code={result.error.code} />
      </div>
    );
  }

  const trend = result.data;
  const points = trend.points;
  const rows = chartRows(points, locale);
  const series = areaSeries(points, locale);
  const siteRows = siteRequirementRows(points, locale);
  const first = points[0];
  const last = points.at(-1);
  const siteOptions = sites.data?.items ?? [];
  const rangeLabel =
    first && last
      ? t('range', {
          from: monthLabel(first.month, locale, 'long'),
          to: monthLabel(last.month, locale, 'long'),
        })
      : '';

  return (
    <div className="flex flex-col gap-8">
      {heading}

      <search>
        <form method="get" action="/trend" className="flex flex-wrap items-end gap-3">
          <SelectField
            layout="stacked"
            id="trend-maanden"
            name="maanden"
            label={t('filter.months')}
            defaultValue={String(months)}
            options={TREND_MONTH_OPTIONS.map((option) => ({
              value: String(option),
              label: t('filter.monthsOption', { count: option }),
            }))}
          />
          {siteOptions.length > 1 ? (
            <SiteFilterSelect
              id="trend-locatie"
              label={t('filter.site')}
              allLabel={t('filter.allSites')}
              siteId={siteId}
              options={siteOptions.map((site) => ({ value: site.id, label: site.name }))}
            />
          ) : null}
          <FilterSubmit>{tc('filter')}</FilterSubmit>
        </form>
      </search>

      {first && last ? (
        <dl className="grid gap-4 sm:grid-cols-3" aria-label={t('summaryLabel')}>
          {(
            [
              ['gaps', first.totals.gaps, last.totals.gaps],
              ['spof', first.totals.singlePoints, last.totals.singlePoints],
              ['totalGap', first.totals.totalGap, last.totals.totalGap],
            ] as const
          ).map(([key, from, to]) => {
            const change = direction(from, to);
            return (
              <div key={key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <dt className="text-sm text-slate-600">{t(`series.${key}`)}</dt>
                <dd className="mt-1 text-3xl font-bold tabular-nums text-slate-900">{to}</dd>
                <dd
                  className={`mt-1 text-sm ${change === 'better' ? 'text-covered' : change === 'worse' ? 'text-gap' : 'text-slate-600'}`}
                >
                  <span aria-hidden="true">
                    {change === 'better' ? '▼ ' : change === 'worse' ? '▲ ' : '= '}
                  </span>
                  {t(`change.${change}`, { from, months: points.length })}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : null}

      <section
        aria-labelledby="trend-grafiek"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="trend-grafiek" className="text-lg font-semibold">
          {t('chartTitle')}
        </h2>
        <p className="text-sm text-slate-600">{rangeLabel}</p>
        <figure className="mt-2">
          <TrendChart
            rows={rows}
            labels={{ gaps: t('series.gaps'), spof: t('series.spof'), totalGap: t('series.totalGap') }}
          />
          <figcaption className="mt-2 text-sm text-slate-600">{t('requirementsAsOf')}</figcaption>
        </figure>
        <div className="mt-4 overflow-x-auto">
          <MonthFiguresTable
            caption={t('tableCaption')}
            captionClassName="py-2 text-left font-medium text-slate-800"
            monthHeader={t('month')}
            columns={[
              { header: t('series.gaps') },
              { header: t('series.spof') },
              { header: t('series.totalGap') },
              { header: t('series.covered') },
              { header: t('series.requirements') },
            ]}
            rows={points.map((point) => ({
              month: point.month,
              label: monthLabel(point.month, locale, 'long'),
              values: [
                point.totals.gaps,
                point.totals.singlePoints,
                point.totals.totalGap,
                point.totals.covered,
                point.totals.requirements,
              ],
            }))}
          />
        </div>
      </section>

      {siteRows ? <SiteRequirementsTrend rows={siteRows} /> : null}

      <section aria-labelledby="trend-gebieden">
        <h2 id="trend-gebieden" className="text-lg font-semibold">
          {t('areasTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('areasIntro')}</p>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {series.map((area) => {
            const change = direction(area.first, area.last);
            return (
              <li key={area.area} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                <h3 className="text-sm font-semibold text-slate-900">{area.label}</h3>
                <svg
                  aria-hidden="true"
                  width={SPARK_WIDTH}
                  height={SPARK_HEIGHT}
                  viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`}
                  className="mt-2 w-full"
                  preserveAspectRatio="none"
                >
                  <line
                    x1="0"
                    y1={SPARK_HEIGHT - 1}
                    x2={SPARK_WIDTH}
                    y2={SPARK_HEIGHT - 1}
                    stroke="#e2e8f0"
                  />
                  <polyline
                    points={sparklinePoints(area.values, SPARK_WIDTH, SPARK_HEIGHT, area.max)}
                    fill="none"
                    stroke={area.max > 0 ? 'var(--color-gap)' : 'var(--color-covered)'}
                    strokeWidth="2"
                  />
                </svg>
                <p className="mt-1 text-sm text-slate-700">
                  {t('areaNow', { count: area.last })}{' '}
                  <span
                    className={change === 'better' ? 'text-covered' : change === 'worse' ? 'text-gap' : ''}
                  >
                    ({t(`change.${change}`, { from: area.first, months: points.length })})
                  </span>
                </p>
              </li>
            );
          })}
        </ul>
        <details className="mt-4 rounded-xl border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('areasTable')}</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="text-sm">
              <caption className="sr-only">{t('areasTableCaption')}</caption>
              <thead className="text-left text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    {t('area')}
                  </th>
                  {points.map((point) => (
                    <th key={point.month} scope="col" className="whitespace-nowrap px-2 py-1 text-right">
                      {monthLabel(point.month, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.map((area) => (
                  <tr key={area.area} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {area.label}
                    </th>
                    {area.values.map((value, index) => (
                      <td key={points[index]?.month ?? index} className="px-2 py-1 text-right tabular-nums">
                        {value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>
    </div>
  );
}
