import type { AreaId, Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { ProblemState } from '@/components/problem-state';
import { load } from '@/lib/api/load';
import { areaAbbreviation, areaLabel, formatFte, levelLabel } from '@/lib/vocabulary';
import { pageCount } from '../overview/view-model';
import { loadTeamMatrix, MATRIX_PAGE_SIZE } from './api';
import { ariaSort, type MatrixSort, pageHref, sortHref } from './view-model';

/** The heading of a sortable column: a link (keyboard reachable), its state in aria-sort. */
async function SortHeader({
  teamId,
  sort,
  column,
  text,
  full,
}: {
  teamId: string;
  sort: MatrixSort;
  column: 'name' | AreaId;
  text: string;
  full: string;
}) {
  const t = await getTranslations('teamMatrix');
  const state = ariaSort(sort, column);
  const arrow = state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '';
  return (
    <th scope="col" aria-sort={state} className="px-2 py-2 text-left font-semibold">
      <Link
        href={sortHref(teamId, sort, column)}
        scroll={false}
        className="inline-flex items-center gap-1 rounded text-brand-700 underline-offset-2 hover:underline"
        data-testid={`matrix-sort-${column}`}
      >
        <abbr title={full} className="no-underline">
          {text}
        </abbr>
        <span className="sr-only">{t('sortBy', { column: full })}</span>
        {arrow ? <span aria-hidden="true">{arrow}</span> : null}
      </Link>
    </th>
  );
}

/**
 * The skills matrix HR knows: the team's members × the eight areas, each cell the current level
 * from the API (self-assessed levels marked with * and a visually hidden note). Sorting and paging
 * are links, so the server sorts (the API) and every heading works with the keyboard.
 */
export async function TeamMatrix({
  teamId,
  sort,
  locale,
}: {
  teamId: string;
  sort: MatrixSort;
  locale: Locale;
}) {
  const t = await getTranslations('teamMatrix');
  const result = await load(loadTeamMatrix(teamId, sort));
  return (
    <section id="teammatrix" aria-labelledby="teammatrix-kop" className="space-y-3">
      <h2 id="teammatrix-kop" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      {result.error ? (
        <ProblemState code={result.error.code} />
      ) : result.data.total === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <>
          <p className="text-xs text-slate-600">{t('legendSelf')}</p>
          <div className="relative max-w-full overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table data-testid="team-matrix" className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <SortHeader teamId={teamId} sort={sort} column="name" text={t('name')} full={t('name')} />
                  <th scope="col" className="px-2 py-2 text-right font-semibold">
                    {t('fte')}
                  </th>
                  {result.data.areas.map((area) => (
                    <SortHeader
                      key={area}
                      teamId={teamId}
                      sort={sort}
                      column={area}
                      text={areaAbbreviation(area, locale)}
                      full={areaLabel(area, locale)}
                    />
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.data.items.map((row) => (
                  <tr key={row.employeeId} data-testid="matrix-row">
                    <th scope="row" className="px-2 py-2 text-left font-medium">
                      <Link
                        href={`/mensen/${row.employeeId}`}
                        className="break-words text-brand-700 underline-offset-2 hover:underline"
                      >
                        {row.name}
                      </Link>
                    </th>
                    <td className="px-2 py-2 text-right tabular-nums">{formatFte(row.fte, locale)}</td>
                    {result.data.areas.map((area) => {
                      const cell = row.levels[area];
                      return (
                        <td key={area} className="whitespace-nowrap px-2 py-2" data-area={area}>
                          {cell ? (
                            <span
                              className={
                                cell.status === 'self_assessed' ? 'italic text-amber-900' : undefined
                              }
                            >
                              {levelLabel(cell.level, locale)}
                              {cell.status === 'self_assessed' ? (
                                <>
                                  <span aria-hidden="true" data-testid="self-assessed-mark">
                                    *
                                  </span>
                                  <span className="sr-only"> ({t('selfAssessed')})</span>
                                </>
                              ) : null}
                            </span>
                          ) : (
                            <span className="text-slate-500">
                              <span aria-hidden="true">{t('none')}</span>
                              <span className="sr-only">{t('noLevel')}</span>
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            href={(page) => pageHref(teamId, sort, page)}
            page={result.data.page}
            pages={pageCount(result.data.total, MATRIX_PAGE_SIZE)}
          />
        </>
      )}
    </section>
  );
}
