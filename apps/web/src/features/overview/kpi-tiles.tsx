import { coverageStatusItem, type Locale, type TCoverageSummary } from '@teamspiegel/domain';
import type { TCoverageChange } from '@teamspiegel/domain/api/coverage';
import { getTranslations } from 'next-intl/server';
import { StatusIcon, statusLabel } from '@/components/status';
import { signedDelta } from './view-model';

type Tile = {
  key: string;
  label: string;
  value: number;
  /** The status whose colours the tile wears; null for a neutral tile. */
  status: 'gap' | 'single_point' | 'no_margin' | 'covered' | null;
  delta: number | null;
};

/** The name of the month a change is measured against ("november"), from the API's 'YYYY-MM'. */
function monthName(month: string, locale: Locale): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 2000, (index ?? 1) - 1, 15)));
}

/**
 * The overall figures as tiles in the colours of their status, each with the change since the end
 * of last month as the API computed it (absent for roles without the trend).
 */
export async function KpiTiles({
  overall,
  change,
  locale,
}: {
  overall: TCoverageSummary;
  change: TCoverageChange | null;
  locale: Locale;
}) {
  const t = await getTranslations('overviewAnswer.tiles');
  const delta = change?.delta;
  const tiles: Tile[] = [
    { key: 'gaps', label: t('gaps'), value: overall.gaps, status: 'gap', delta: delta?.gaps ?? null },
    {
      key: 'single_point',
      label: statusLabel('single_point', locale),
      value: overall.singlePoints,
      status: 'single_point',
      delta: delta?.singlePoints ?? null,
    },
    {
      key: 'no_margin',
      label: statusLabel('no_margin', locale),
      value: overall.noMargin,
      status: 'no_margin',
      delta: delta?.noMargin ?? null,
    },
    {
      key: 'covered',
      label: statusLabel('covered', locale),
      value: overall.covered,
      status: 'covered',
      delta: delta?.covered ?? null,
    },
    {
      key: 'totalGap',
      label: t('totalGap'),
      value: overall.totalGap,
      status: overall.totalGap > 0 ? 'gap' : null,
      delta: delta?.totalGap ?? null,
    },
    {
      key: 'projectedTotalGap',
      label: t('projectedTotalGap'),
      value: overall.projectedTotalGap,
      status: null,
      delta: null,
    },
  ];
  const month = change ? monthName(change.since, locale) : '';
  return (
    <dl
      data-testid="overall"
      aria-label={t('label')}
      className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6"
    >
      {tiles.map((tile) => {
        const colour = tile.status ? coverageStatusItem(tile.status).colour : null;
        return (
          <div
            key={tile.key}
            data-testid={`tile-${tile.key}`}
            data-status={tile.status ?? undefined}
            className="flex flex-col rounded-lg border-l-4 bg-white px-3 py-2 ring-1 ring-slate-200"
            style={
              colour
                ? { borderLeftColor: colour.border, backgroundColor: colour.background, color: colour.text }
                : { borderLeftColor: '#94a3b8' }
            }
          >
            <dt className="flex items-center gap-1.5 text-xs font-medium">
              {tile.status ? <StatusIcon status={tile.status} className="h-3.5 w-3.5" /> : null}
              <span className={colour ? '' : 'text-slate-600'}>{tile.label}</span>
            </dt>
            <dd className="flex flex-wrap items-baseline gap-x-2">
              <span className={`text-2xl font-bold tabular-nums ${colour ? '' : 'text-slate-900'}`}>
                {tile.value}
              </span>
              {tile.key === 'gaps' ? (
                <span className="text-xs">{t('requirements', { count: overall.requirements })}</span>
              ) : null}
              {tile.delta !== null ? (
                <span data-testid="tile-change" className="basis-full text-xs tabular-nums">
                  {tile.delta === 0
                    ? t('unchanged', { month })
                    : t('change', { delta: signedDelta(tile.delta), month })}
                </span>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
