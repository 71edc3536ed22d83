import { DEVELOPMENT_ACTION_TYPES, type Locale, label } from '@teamspiegel/domain';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { load } from '@/lib/api/load';
import { parseSiteId } from '@/lib/params';
import { fetchSites } from '../overview/data';
import { PrintButton } from '../overview/print-button';
import { fetchDevelopmentDemand } from './data';
import { DemandChart } from './demand-chart';
import { DemandFilter } from './demand-filter';
import {
  ACTION_KINDS,
  chartData,
  type DemandColumn,
  KIND_COLOURS,
  kindsPresent,
  parseIsoDate,
  tableGroups,
} from './view-model';

type SearchParams = Record<string, string | string[] | undefined>;

/** /ontwikkelvraag: what people want and plan to learn, per area, level and kind — counts only. */
export async function DemandPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('demand');
  const siteId = parseSiteId(searchParams.locatie);
  let from = parseIsoDate(searchParams.van);
  let until = parseIsoDate(searchParams.tot);
  if (from && until && from > until) [from, until] = [until, from];

  const [demand, sites] = await Promise.all([
    load(fetchDevelopmentDemand({ siteId, from, until })),
    load(fetchSites()),
  ]);

  const kindLabel = (kind: DemandColumn): string => {
    if (kind === 'combined') return t('kinds.combined');
    if (kind === 'ambition') return t('kinds.ambition');
    if (kind === 'other_action') return t('kinds.other_action');
    const item = DEVELOPMENT_ACTION_TYPES.find((a) => a.id === kind);
    return item ? label(item, locale) : kind;
  };

  const heading = (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      {demand.error ? null : <PrintButton label={t('print')} />}
    </div>
  );

  const filter = <DemandFilter sites={sites.data?.items ?? []} siteId={siteId} from={from} until={until} />;

  if (demand.error) {
    return (
      <div className="flex flex-col gap-6">
        {heading}
        {demand.error.code === 'forbidden' ? null : filter}
        <ProblemState code={demand.error.code} />
      </div>
    );
  }

  const data = demand.data;
  const kinds = kindsPresent(data.rows);
  const actionKinds = ACTION_KINDS.filter((k) => kinds.includes(k));
  const hasAmbition = kinds.includes('ambition');
  const hasCombined = kinds.includes('combined');
  const groups = tableGroups(data.rows, locale, t('table.levelsCombined'));
  const kindLabels = Object.fromEntries(kinds.map((k) => [k, kindLabel(k)]));
  const chart = chartData(data.rows, locale);

  const privacy =
    data.minCellSize > 1
      ? t('privacy.combined', {
          min: data.minCellSize,
          combined: data.combinedRows,
          suppressed: data.suppressedRows,
        })
      : t('privacy.aggregate');

  return (
    <div className="flex flex-col gap-8">
      {heading}
      {filter}

      <p
        data-testid="privacy-note"
        className="flex items-start gap-2 rounded-lg bg-brand-50 p-3 text-sm text-brand-900 ring-1 ring-brand-100"
      >
        <svg
          viewBox="0 0 20 20"
          className="mt-0.5 h-4 w-4 shrink-0"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.8}
        >
          <rect x="4" y="9" width="12" height="9" rx="1.5" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
        </svg>
        <span>{privacy}</span>
      </p>

      {data.rows.length === 0 ? (
        <EmptyState title={t('empty.title')}>
          {data.suppressedRows > 0 ? t('empty.suppressed', { min: data.minCellSize }) : t('empty.body')}
        </EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="demand-totals">
            <div className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
              <dt className="text-xs text-slate-600">{t('totals.people')}</dt>
              <dd className="text-2xl font-bold tabular-nums">{data.people}</dd>
            </div>
            <div className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
              <dt className="text-xs text-slate-600">{t('totals.areas')}</dt>
              <dd className="text-2xl font-bold tabular-nums">{groups.length}</dd>
            </div>
            {data.minCellSize > 1 ? (
              <div className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
                <dt className="text-xs text-slate-600">{t('totals.combined')}</dt>
                <dd className="text-2xl font-bold tabular-nums">{data.combinedRows}</dd>
              </div>
            ) : null}
          </dl>

          <section aria-labelledby="demand-chart-title" className="flex flex-col gap-3">
            <h2 id="demand-chart-title" className="text-xl font-semibold">
              {t('chart.title')}
            </h2>
            <figure className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 print:break-inside-avoid">
              <DemandChart
                data={chart}
                kinds={kinds}
                kindLabels={kindLabels}
                peopleLabel={t('chart.people')}
              />
              <figcaption className="mt-2 text-sm text-slate-600">{t('chart.caption')}</figcaption>
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer font-medium text-brand-700">{t('chart.showData')}</summary>
                <table data-testid="demand-chart-data" className="mt-2 w-full border-collapse text-sm">
                  <caption className="py-1 text-left text-slate-600">{t('chart.dataCaption')}</caption>
                  <thead className="bg-slate-50 text-left text-xs text-slate-600">
                    <tr>
                      <th scope="col" className="px-2 py-1">
                        {t('table.area')}
                      </th>
                      {kinds.map((kind) => (
                        <th key={kind} scope="col" className="px-2 py-1 text-right">
                          {kindLabels[kind]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {chart.map((datum) => (
                      <tr key={datum.area} className="border-t border-slate-100">
                        <th scope="row" className="px-2 py-1 text-left font-medium">
                          {datum.label}
                        </th>
                        {kinds.map((kind) => (
                          <td key={kind} className="px-2 py-1 text-right tabular-nums">
                            {datum[kind] ?? 0}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </figure>
          </section>

          <section aria-labelledby="demand-table-title" className="flex flex-col gap-3">
            <h2 id="demand-table-title" className="text-xl font-semibold">
              {t('table.title')}
            </h2>
            <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
              <table data-testid="demand-table" className="w-full border-collapse text-sm">
                <caption className="px-3 py-2 text-left text-sm text-slate-600">{t('table.caption')}</caption>
                <thead className="bg-slate-50 text-left text-xs text-slate-600">
                  <tr>
                    <th scope="col" rowSpan={2} className="px-3 py-2 align-bottom">
                      {t('table.area')}
                    </th>
                    <th scope="col" rowSpan={2} className="px-3 py-2 align-bottom">
                      {t('table.level')}
                    </th>
                    {hasAmbition ? (
                      <th scope="col" rowSpan={2} className="px-3 py-2 text-right align-bottom">
                        <KindKey colour={KIND_COLOURS.ambition} />
                        {kindLabels.ambition}
                      </th>
                    ) : null}
                    {hasCombined ? (
                      <th scope="col" rowSpan={2} className="px-3 py-2 text-right align-bottom">
                        <KindKey colour={KIND_COLOURS.combined} />
                        {kindLabels.combined}
                      </th>
                    ) : null}
                    {actionKinds.length > 0 ? (
                      <th
                        scope="colgroup"
                        colSpan={actionKinds.length}
                        className="border-b border-slate-200 px-3 py-1 text-center"
                      >
                        {t('table.actions')}
                      </th>
                    ) : null}
                  </tr>
                  <tr>
                    {actionKinds.map((kind) => (
                      <th key={kind} scope="col" className="px-3 py-2 text-right">
                        <KindKey colour={KIND_COLOURS[kind]} />
                        {kindLabels[kind]}
                      </th>
                    ))}
                  </tr>
                </thead>
                {groups.map((group) => (
                  <tbody key={group.area} className="border-t border-slate-200">
                    {group.levels.map((level, index) => (
                      <tr key={level.level ?? 'combined'} className="border-t border-slate-100">
                        {index === 0 ? (
                          <th
                            scope="rowgroup"
                            rowSpan={group.levels.length}
                            className="px-3 py-2 text-left align-top font-medium"
                          >
                            {group.label}
                          </th>
                        ) : null}
                        <th scope="row" className="px-3 py-2 text-left font-normal">
                          {level.label}
                        </th>
                        {hasAmbition ? <PeopleCell value={level.people.ambition} /> : null}
                        {hasCombined ? (
                          <PeopleCell
                            value={level.people.combined}
                            note={
                              level.combined > 0
                                ? t('table.groupsCombined', { count: level.combined })
                                : undefined
                            }
                          />
                        ) : null}
                        {actionKinds.map((kind) => (
                          <PeopleCell key={kind} value={level.people[kind]} />
                        ))}
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </div>
            <p className="text-xs text-slate-600">{t('table.note')}</p>
          </section>
        </>
      )}
    </div>
  );
}

/** People in one column; a grey 0 when none, and for a combined cell how many groups it holds. */
function PeopleCell({ value, note }: { value: number | undefined; note?: string | undefined }) {
  return (
    <td className="px-3 py-2 text-right tabular-nums">
      {value ?? <span className="text-slate-400">0</span>}
      {note ? <span className="block text-xs text-slate-600">{note}</span> : null}
    </td>
  );
}

function KindKey({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="mr-1 inline-block h-2.5 w-2.5 rounded-sm align-middle"
      style={{ backgroundColor: colour, printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' }}
    />
  );
}
