import type { TTrainingBudget } from '@teamspiegel/domain/api/development-plan';
import { getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { formatEuros, type Locale } from '@/lib/vocabulary';

const cell = 'px-3 py-2';

/**
 * "Opleidingsbudget": the costs per year, site and team exactly as GET /api/development-plan/budget
 * summed them (rule 12), with the file downloads; the page adds nothing up itself.
 */
export async function BudgetSection({
  budget,
  errorCode,
  locale,
  teamId,
}: {
  budget: TTrainingBudget | null;
  errorCode: string | null;
  locale: Locale;
  teamId?: string;
}) {
  const t = await getTranslations('planTool.budget');
  const euros = (cents: number) => formatEuros(cents, locale);
  const query = teamId ? `&teamId=${teamId}` : '';
  return (
    <section aria-labelledby="budget-title" className="space-y-3" data-testid="training-budget">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="budget-title" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="no-print flex flex-wrap gap-3 text-sm">
          <a
            href={`/export/opleidingsbudget?format=xlsx${query}`}
            className="font-medium text-brand-700 underline"
          >
            {t('downloadXlsx')}
          </a>
          <a
            href={`/export/opleidingsbudget?format=csv${query}`}
            className="font-medium text-brand-700 underline"
          >
            {t('downloadCsv')}
          </a>
        </p>
      </div>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      {errorCode || !budget ? (
        <ProblemState code={errorCode ?? 'bad_request'} />
      ) : budget.years.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <>
          <p className="font-medium" data-testid="budget-total">
            {t('total', { amount: euros(budget.totalCents) })}
          </p>
          {budget.withoutCostCount > 0 ? (
            <p className="text-sm text-slate-700">{t('withoutCost', { count: budget.withoutCostCount })}</p>
          ) : null}
          <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className={cell}>
                    {t('colSite')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('colTeam')}
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    {t('colActions')}
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    {t('colCost')}
                  </th>
                </tr>
              </thead>
              {budget.years.map((year) => (
                <tbody key={year.year} className="divide-y divide-slate-100 border-t border-slate-200">
                  <tr className="bg-slate-100">
                    <th scope="rowgroup" colSpan={4} className={`${cell} text-left font-semibold`}>
                      {t('year', { year: String(year.year) })}
                    </th>
                  </tr>
                  {year.sites.flatMap((site) => {
                    const siteName = site.siteName ?? t('noSite');
                    return [
                      ...site.teams.map((team) => (
                        <tr key={`${year.year}-${site.siteId}-${team.teamId}`} data-testid="budget-team">
                          <td className={cell}>{siteName}</td>
                          <th scope="row" className={`${cell} text-left font-normal`}>
                            {team.teamName ?? t('noTeam')}
                          </th>
                          <td className={`${cell} text-right tabular-nums`}>{team.actionCount}</td>
                          <td className={`${cell} text-right tabular-nums`}>{euros(team.totalCents)}</td>
                        </tr>
                      )),
                      <tr key={`${year.year}-${site.siteId}-total`} className="font-medium">
                        <th scope="row" colSpan={2} className={`${cell} text-left`}>
                          {t('siteTotal', { site: siteName })}
                        </th>
                        <td className={`${cell} text-right tabular-nums`}>{site.actionCount}</td>
                        <td className={`${cell} text-right tabular-nums`}>{euros(site.totalCents)}</td>
                      </tr>,
                    ];
                  })}
                  <tr className="font-semibold" data-testid={`budget-year-${year.year}`}>
                    <th scope="row" colSpan={2} className={`${cell} text-left`}>
                      {t('yearTotal', { year: String(year.year) })}
                    </th>
                    <td className={`${cell} text-right tabular-nums`}>{year.actionCount}</td>
                    <td className={`${cell} text-right tabular-nums`}>{euros(year.totalCents)}</td>
                  </tr>
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
