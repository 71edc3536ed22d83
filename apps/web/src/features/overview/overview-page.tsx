import type { Locale } from '@teamspiegel/domain';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { statusLabel } from '@/components/status';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { excludesOverdue, OverdueToggle } from '../reassessment/overdue-toggle';
import { RemindersPanel } from '../reminders/reminders-panel';
import { fetchIkkCoachHours, fetchOrganisationCoverage, HEATMAP_PAGE_SIZE } from './data';
import { OverviewHeadline } from './headline';
import { Heatmap } from './heatmap';
import { IkkCoachHoursSection } from './ikk-coach-hours';
import { KpiTiles } from './kpi-tiles';
import { HeatmapLegend } from './legend';
import { PrintButton } from './print-button';
import { RankingTable } from './ranking';
import { SiteFilter } from './site-filter';
import { SiteRequirementsSection } from './site-requirements';
import { SortSwitch } from './sort-switch';
import { AreaTotalsTable, SiteTotalsTable } from './totals';
import {
  areaTotals,
  heatmapGroups,
  pageCount,
  parsePage,
  parseSiteId,
  parseSort,
  sortParam,
} from './view-model';

/** The heatmap fits one A4 landscape sheet; the screen-only chrome stays off paper. */
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  #inhoud { max-width: none !important; padding: 0 !important; }
  .overview-page { gap: 4mm !important; }
  .heatmap { font-size: 7.5pt; }
  .heatmap caption { padding: 0 0 2mm 0; }
  .heatmap th, .heatmap td { padding: 0.5mm 1mm; }
  .heatmap td a { min-height: 0 !important; padding: 0.5mm !important; }
  .heatmap thead { display: table-header-group; }
  .heatmap tr { break-inside: avoid; }
  .heatmap .sticky { position: static !important; }
  .overview-after-heatmap { break-before: page; }
}
`;

type SearchParams = Record<string, string | string[] | undefined>;

/** /overzicht: the organisation's coverage at a glance for board, HR and managers (API-scoped). */
export async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const siteId = parseSiteId(searchParams.locatie);
  const page = parsePage(searchParams.pagina);
  const sort = parseSort(searchParams.volgorde);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('overview');
  const ta = await getTranslations('overviewAnswer');
  // The four statuses of docs/coverage-rules.md, named as every badge names them.
  const statusNames = {
    gap: statusLabel('gap', locale),
    singlePoint: statusLabel('single_point', locale),
    noMargin: statusLabel('no_margin', locale),
    covered: statusLabel('covered', locale),
  };
  const session = await getSession();
  const ledTeamsOnly = can(session.role, 'coverage.read.overview', 'led_teams');
  const excludeOverdue = excludesOverdue(searchParams);
  const [result, ikk] = await Promise.all([
    load(fetchOrganisationCoverage({ siteId, page, sort, excludeOverdue })),
    // Wet IKK coach hours belong to the board report: only who may open it sees them here.
    can(session.role, 'coverage.report') ? load(fetchIkkCoachHours()) : null,
  ]);

  const intro = (
    <p className="max-w-3xl text-sm text-slate-700">
      {t(ledTeamsOnly ? 'introManager' : 'intro', statusNames)}
    </p>
  );
  const heading = (tools?: ReactNode) => (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        {result.error || result.data.matrix.total === 0 ? (
          intro
        ) : (
          <OverviewHeadline headline={result.data.headline} locale={locale} />
        )}
      </div>
      {result.error ? null : (
        <div className="flex flex-wrap items-end gap-3">
          {tools}
          <PrintButton label={t('print')} />
        </div>
      )}
    </div>
  );

  if (result.error) {
    return (
      <div className="space-y-6">
        {heading()}
        <ProblemState code={result.error.code} />
      </div>
    );
  }

  const data = result.data;
  const matrix = data.matrix;
  const pages = pageCount(matrix.total, matrix.pageSize || HEATMAP_PAGE_SIZE);
  const selectedSite = data.sites.find((s) => s.id === data.siteId);
  // Only sites with teams in the caller's scope (a manager's led teams), plus the chosen one.
  const visibleSites = data.sites.filter((s) => s.teamCount > 0 || s.id === data.siteId);
  const overall = data.totals.overall;
  const groups = heatmapGroups(matrix.items, locale, sort === 'site', data.certificateColumns);
  const firstRow = (matrix.page - 1) * matrix.pageSize + 1;
  const lastRow = firstRow + matrix.items.length - 1;

  return (
    <div className="overview-page flex flex-col gap-4">
      <style>{PRINT_CSS}</style>
      {heading(
        visibleSites.length > 1 || siteId ? (
          <SiteFilter
            action="/overzicht"
            sites={visibleSites}
            selected={data.siteId ?? undefined}
            hidden={{ volgorde: sortParam(sort) }}
          />
        ) : null,
      )}
      <RemindersPanel />
      {selectedSite ? (
        <p className="hidden text-sm print:block">{t('filter.printedFor', { site: selectedSite.name })}</p>
      ) : null}

      {matrix.total === 0 ? (
        <EmptyState title={ledTeamsOnly ? t('empty.manager') : t('empty.title')}>
          {t('empty.body')}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="overall-title" className="no-print-break">
            <h2 id="overall-title" className="sr-only">
              {t('overall.title')}
            </h2>
            {data.pending.changes > 0 ? (
              <p data-testid="pending-changes" className="mb-2 text-sm text-slate-700">
                {t('pendingChanges', { count: data.pending.changes })}
              </p>
            ) : null}
            <KpiTiles overall={overall} change={data.change} locale={locale} />
            <OverdueToggle
              info={data.reassessment}
              path="/overzicht"
              keep={{ locatie: siteId, volgorde: sortParam(sort) }}
            />
          </section>

          <section aria-labelledby="heatmap-title" className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="heatmap-title" className="text-lg font-semibold">
                {t('heatmap.title')}
              </h2>
              <SortSwitch sort={sort} siteId={siteId} />
            </div>
            <HeatmapLegend locale={locale} withCertificates={data.certificateColumns.length > 0} />
            <Heatmap
              groups={groups}
              locale={locale}
              certificateColumns={data.certificateColumns}
              caption={t('heatmap.caption', {
                first: firstRow,
                last: lastRow,
                total: matrix.total,
                site: selectedSite?.name ?? '',
                hasSite: selectedSite ? 'yes' : 'no',
              })}
            />
            <Pagination
              path="/overzicht"
              params={{ locatie: siteId, volgorde: sortParam(sort) }}
              page={matrix.page}
              pages={pages}
              label={t('heatmap.pagination')}
            />
          </section>

          <section
            aria-labelledby="ranking-title"
            className="overview-after-heatmap mt-4 flex flex-col gap-3"
          >
            <h2 id="ranking-title" className="text-xl font-semibold">
              {t('ranking.title')}
            </h2>
            {data.ranking.length === 0 ? (
              <EmptyState title={t('ranking.empty')} />
            ) : (
              <RankingTable entries={data.ranking} locale={locale} />
            )}
          </section>

          {data.siteRequirements.length > 0 ? (
            <SiteRequirementsSection
              sites={data.siteRequirements}
              locale={locale}
              canPlan={can(session.role, 'development.gaps')}
            />
          ) : null}

          {ikk?.data ? <IkkCoachHoursSection ikk={ikk.data} locale={locale} /> : null}

          <section aria-labelledby="totals-title" className="mt-4 flex flex-col gap-3">
            <h2 id="totals-title" className="text-xl font-semibold">
              {t('totals.title')}
            </h2>
            <div className="flex flex-col gap-6">
              <AreaTotalsTable rows={areaTotals(data.totals, locale)} />
              {data.totals.bySite.length > 0 ? <SiteTotalsTable rows={data.totals.bySite} /> : null}
            </div>
          </section>

          <section aria-labelledby="about-title" className="mt-4 flex flex-col gap-2">
            <h2 id="about-title" className="text-lg font-semibold">
              {ta('about')}
            </h2>
            {intro}
          </section>
        </>
      )}
    </div>
  );
}
