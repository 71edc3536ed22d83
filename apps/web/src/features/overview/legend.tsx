import { COVERAGE_STATUSES, type Locale } from '@teamspiegel/domain';
import { getTranslations } from 'next-intl/server';
import { STATUS_ORDER, STATUS_STYLE, StatusIcon, statusLabel } from '@/components/status';

/**
 * What the colours, icons and numbers in the heatmap mean, in one line above it (labels and colours
 * from the domain's coverage statuses); the longer descriptions fold out.
 */
export async function HeatmapLegend({
  locale,
  withCertificates = false,
}: {
  locale: Locale;
  /** Whether the heatmap has certificate columns: their numbers count holders, not levels. */
  withCertificates?: boolean;
}) {
  const t = await getTranslations('overview');
  const ta = await getTranslations('overviewAnswer.legend');
  return (
    <div data-testid="legend" className="text-xs text-slate-700">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-semibold">{ta('label')}:</span>
        <ul className="contents">
          {STATUS_ORDER.map((status) => (
            <li key={status} className="inline-flex items-center gap-1">
              <span
                className="inline-flex h-5 w-6 items-center justify-center rounded"
                style={STATUS_STYLE[status]}
              >
                <StatusIcon status={status} className="h-3.5 w-3.5" />
              </span>
              {statusLabel(status, locale)}
            </li>
          ))}
        </ul>
        <span>{ta('numbers')}</span>
        {withCertificates ? <span data-testid="legend-certificates">{ta('certificates')}</span> : null}
      </div>
      <details className="mt-1 print:hidden">
        <summary className="inline-flex min-h-6 cursor-pointer items-center text-brand-700 underline underline-offset-2">
          {ta('more')}
        </summary>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          {COVERAGE_STATUSES.map((model) => (
            <li key={model.id}>
              <span className="font-medium">{model.label[locale]}</span>:{' '}
              {model.description[locale] || t('legend.none')}
            </li>
          ))}
        </ul>
        <p className="mt-1">{t('legend.numbers')}</p>
      </details>
    </div>
  );
}
