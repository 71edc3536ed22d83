import type { Locale, TCoverageSummary } from '@teamspiegel/domain';
import type { TRequirementCoverageView, TSimulationView } from '@teamspiegel/domain/api/coverage';
import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/status';
import { buttonClass } from './field-styles';
import { resultRows, summaryRows } from './view-model';

function SummaryCompare({ before, after }: { before: TCoverageSummary; after: TCoverageSummary }) {
  const t = useTranslations('whatIf.result');
  const rows = summaryRows(before, after);
  return (
    <table className="w-full max-w-xl text-sm" data-testid="what-if-summary">
      <caption className="text-left font-semibold">{t('summaryCaption')}</caption>
      <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="py-1">
            {t('measure')}
          </th>
          <th scope="col" className="py-1 text-right">
            {t('before')}
          </th>
          <th scope="col" className="py-1 text-right">
            {t('after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, b, a]) => (
          <tr
            key={key}
            className={`border-t border-slate-200 ${a !== b ? 'bg-spof-soft font-semibold' : ''}`}
          >
            <th scope="row" className="py-1 text-left font-normal">
              {t(`measures.${key}`)}
            </th>
            <td className="py-1 text-right tabular-nums">{b}</td>
            <td className="py-1 text-right tabular-nums">
              {a !== b ? <span className="sr-only">{t('changed')} </span> : null}
              {a}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Snapshot({
  row,
  statusText,
  nameOf,
}: {
  row: TRequirementCoverageView | undefined;
  statusText: (s: string) => string;
  nameOf: (id: string) => string;
}) {
  const t = useTranslations('whatIf.result');
  if (!row) return <span className="text-slate-600">{t('absent')}</span>;
  const only = row.status === 'single_point' ? row.suppliers[0] : undefined;
  return (
    <div className="space-y-1">
      <StatusBadge status={row.status} label={statusText(row.status)} variant="pill" />
      <div className="text-xs text-slate-700">
        {t('snapshot', { needed: row.requirement.count, supply: row.supply.headcount, gap: row.gap })}
      </div>
      {only ? (
        <div className="text-xs font-semibold text-spof">
          {t('only', { name: only.name ?? nameOf(only.employeeId) })}
        </div>
      ) : row.status === 'no_margin' ? (
        <div className="text-xs font-semibold text-spof">{t('noSlack', { count: row.supply.headcount })}</div>
      ) : null}
    </div>
  );
}

export function SimulationResult({
  result,
  locale,
  showAll,
  onToggle,
  nameOf,
  statusText,
}: {
  result: TSimulationView;
  locale: Locale;
  showAll: boolean;
  onToggle: () => void;
  nameOf: (id: string) => string;
  statusText: (s: string) => string;
}) {
  const t = useTranslations('whatIf.result');
  const rows = resultRows(result, showAll, locale);

  return (
    <div data-testid="what-if-result" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="text-base font-semibold">{t('title')}</h3>
      <p className="text-sm text-slate-700">{t('notSaved')}</p>
      <SummaryCompare before={result.beforeSummary} after={result.afterSummary} />
      {result.differences.length === 0 && !showAll ? (
        <p className="text-sm">{t('noDifferences')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="text-left font-semibold">
              {showAll ? t('allCaption') : t('differencesCaption', { count: result.differences.length })}
            </caption>
            <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  {t('requirement')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('before')}
                </th>
                <th scope="col" className="py-1">
                  {t('after')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ id, title, changed: isChanged, before, after: afterRow }) => {
                return (
                  <tr
                    key={id}
                    data-testid={`what-if-row-${id}`}
                    data-changed={isChanged}
                    data-status-after={afterRow?.status ?? 'removed'}
                    className={`border-t border-slate-200 align-top ${isChanged ? 'bg-spof-soft/60' : 'text-slate-600'}`}
                  >
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {title}
                      {isChanged ? (
                        <span className="ml-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                          {t('changedTag')}
                        </span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-3">
                      <Snapshot row={before} statusText={statusText} nameOf={nameOf} />
                    </td>
                    <td className="py-2">
                      <Snapshot row={afterRow} statusText={statusText} nameOf={nameOf} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" onClick={onToggle} className={buttonClass} aria-pressed={showAll}>
        {showAll ? t('showDifferences') : t('showAll')}
      </button>
    </div>
  );
}
