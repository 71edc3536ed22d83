import { AREA_IDS, type TAreaCellStatus } from '@teamspiegel/domain';
import type { TOrganisationCoverageView } from '@teamspiegel/domain/api/coverage';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ProblemState } from '@/components/problem-state';
import { StatusBadge, statusLabel } from '@/components/status';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { areaLabel, formatDate, type Locale } from '@/lib/vocabulary';
import { ExportButtons } from '../export/export-buttons';
import { LARGE_EXPORT_TEAMS } from '../export/export-job-state';
import { fetchOrganisationCoverage } from '../overview/data';
import { PrintButton } from '../overview/print-button';
import { requirementSentence } from '../overview/ranking';
import { SiteRequirementsSection } from '../overview/site-requirements';
import { describeRequirement } from '../overview/view-model';
import { ReportPdfDownload } from './pdf-download';
import { ReportHeatmap } from './report-heatmap';

const TOP_GAPS = 10;

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="report-block rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:p-0 print:shadow-none print:ring-0"
    >
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const cell = 'px-2 py-1';

/**
 * /rapport (board, hr): a printable board report — heatmap summary, totals per area and per site,
 * the most severe gaps and the sites' certificate requirements (rule 18). Only what the coverage
 * API computes; nothing invented.
 */
export async function ReportPage() {
  const t = await getTranslations('report');
  const to = await getTranslations('overview');
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const result = await load(fetchOrganisationCoverage({ page: 1, pageSize: 1000, rankingLimit: TOP_GAPS }));
  if (result.error) return <ProblemState code={result.error.code} />;
  const view: TOrganisationCoverageView = result.data;
  const overall = view.totals.overall;
  const statusText = (status: TAreaCellStatus) => statusLabel(status, locale);
  const subject = (entry: TOrganisationCoverageView['ranking'][number]) =>
    requirementSentence(to, describeRequirement(entry, locale));

  return (
    <article className="report space-y-6">
      <style>
        {
          '@media print { @page { size: A4 landscape; margin: 12mm; } .report-block { break-inside: avoid; } .report { font-size: 10pt; } }'
        }
      </style>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">{session.organisation?.name}</p>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-sm text-slate-600">
            {t('date', { date: formatDate(new Date().toISOString(), locale) })}
          </p>
        </div>
        <div className="no-print flex flex-wrap items-center gap-3">
          <ReportPdfDownload asJob={view.matrix.total >= LARGE_EXPORT_TEAMS} />
          <ExportButtons scope="organisation" />
          <PrintButton label={t('print')} />
        </div>
      </header>

      <Block id="report-summary" title={t('summary.title')}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {(
            [
              ['requirements', overall.requirements],
              ['covered', overall.covered],
              ['no_margin', overall.noMargin],
              ['single_point', overall.singlePoints],
              ['gaps', overall.gaps],
              ['totalGap', overall.totalGap],
              ['projectedTotalGap', overall.projectedTotalGap],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="rounded-lg bg-slate-50 p-3 print:border print:border-slate-300">
              <dt className="text-xs text-slate-600">
                {key === 'no_margin' || key === 'single_point' ? statusText(key) : t(`summary.${key}`)}
              </dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          {t('summary.teams', { teams: view.matrix.total, sites: view.sites.length })}
        </p>
      </Block>

      <Block id="report-heatmap" title={t('heatmap.title')}>
        <ReportHeatmap view={view} locale={locale} />
      </Block>

      <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2">
        <Block id="report-areas" title={t('areas.title')}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={`${cell} text-left`}>
                  {t('areas.area')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('areas.required')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('areas.gaps')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('areas.totalGap')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('areas.teamsWithGap')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {AREA_IDS.map((area) => {
                const totals = view.totals.byArea[area];
                return (
                  <tr key={area}>
                    <th scope="row" className={`${cell} text-left font-normal`}>
                      {areaLabel(area, locale)}
                    </th>
                    <td className={`${cell} text-right tabular-nums`}>{totals?.required ?? 0}</td>
                    <td className={`${cell} text-right tabular-nums`}>{totals?.gaps ?? 0}</td>
                    <td className={`${cell} text-right tabular-nums`}>{totals?.totalGap ?? 0}</td>
                    <td className={`${cell} text-right tabular-nums`}>{totals?.teamsWithGap ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Block>

        <Block id="report-sites" title={t('sites.title')}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={`${cell} text-left`}>
                  {t('sites.site')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('summary.requirements')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('summary.covered')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {statusText('no_margin')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {statusText('single_point')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('summary.gaps')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('summary.totalGap')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {view.totals.bySite.map((site) => (
                <tr key={site.siteId}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {site.siteName}
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{site.totals.requirements}</td>
                  <td className={`${cell} text-right tabular-nums`}>{site.totals.covered}</td>
                  <td className={`${cell} text-right tabular-nums`}>{site.totals.noMargin}</td>
                  <td className={`${cell} text-right tabular-nums`}>{site.totals.singlePoints}</td>
                  <td className={`${cell} text-right tabular-nums`}>{site.totals.gaps}</td>
                  <td className={`${cell} text-right tabular-nums`}>{site.totals.totalGap}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Block>
      </div>

      <Block id="report-gaps" title={t('gaps.title', { count: view.ranking.length })}>
        {view.ranking.length === 0 ? (
          <p className="text-sm text-slate-600">{t('gaps.none')}</p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {view.ranking.map((entry, index) => (
              <li
                key={`${entry.teamId}-${entry.requirementId}`}
                className="flex flex-wrap items-baseline gap-x-3 py-1.5 text-sm"
              >
                <span className="w-6 tabular-nums text-slate-500">{index + 1}.</span>
                <span className="font-medium">
                  {entry.teamId === null ? to('ranking.wholeSite') : entry.teamName}
                </span>
                <span className="text-slate-600">{entry.siteName}</span>
                <span>{subject(entry)}</span>
                <StatusBadge status={entry.status} label={statusText(entry.status)} />
                <span className="tabular-nums text-slate-700">
                  {t('gaps.numbers', {
                    have: entry.headcount,
                    need: entry.count,
                    gap: entry.gap,
                    projected: entry.projectedGap,
                  })}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Block>
      {view.siteRequirements.length > 0 ? (
        <SiteRequirementsSection sites={view.siteRequirements} locale={locale} />
      ) : null}
      <footer className="text-xs text-slate-500">{t('footer', { version: view.dataVersion })}</footer>
    </article>
  );
}
