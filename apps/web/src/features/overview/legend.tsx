import { COVERAGE_STATUSES, type Locale } from '@teamspiegel/domain';
import { getTranslations } from 'next-intl/server';
import { STATUS_ORDER, STATUS_STYLE, StatusIcon, statusLabel } from '@/components/status';

/** What the colours, icons and numbers in the heatmap mean. */
export async function HeatmapLegend({ locale }: { locale: Locale }) {
  const t = await getTranslations('overview');
  return (
    <div className="rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200 print:p-1 print:text-xs">
      <h3 className="font-semibold">{t('legend.title')}</h3>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
        {STATUS_ORDER.map((status) => {
          const model = COVERAGE_STATUSES.find((s) => s.id === status);
          return (
            <li key={status} className="flex items-start gap-2">
              <span
                className="mt-0.5 inline-flex h-6 w-8 items-center justify-center rounded"
                style={STATUS_STYLE[status]}
              >
                <StatusIcon status={status} />
              </span>
              <span>
                <span className="font-medium">{statusLabel(status, locale)}</span>
                <span className="block text-xs text-slate-600">
                  {model?.description[locale] || t('legend.none')}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-600">{t('legend.numbers')}</p>
    </div>
  );
}
