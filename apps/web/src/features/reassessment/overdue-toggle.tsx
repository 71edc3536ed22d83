import type { TReassessmentInfo } from '@teamspiegel/domain/api/coverage';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The query parameter of the switch: `verlopen=zonder` leaves levels overdue for reassessment out. */
export const OVERDUE_PARAM = 'verlopen';
export const OVERDUE_EXCLUDED = 'zonder';

/** Whether the page's query asks for figures without overdue levels (rule 16; default: with them). */
export function excludesOverdue(query: { [OVERDUE_PARAM]?: string | string[] | undefined }): boolean {
  return query[OVERDUE_PARAM] === OVERDUE_EXCLUDED;
}

/**
 * Two links that count levels overdue for reassessment in the figures or leave them out (the API
 * computes both). Shown only when the organisation has a reassessment cycle.
 */
export async function OverdueToggle({
  info,
  path,
  keep = {},
}: {
  info: TReassessmentInfo | undefined;
  path: string;
  /** Other query parameters of the page to keep. */
  keep?: Record<string, string | undefined>;
}) {
  if (!info || info.cycleMonths === null) return null;
  const t = await getTranslations('reassessment');
  const href = (exclude: boolean) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(keep)) if (value) params.set(key, value);
    if (exclude) params.set(OVERDUE_PARAM, OVERDUE_EXCLUDED);
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  return (
    <nav
      aria-label={t('toggleLabel')}
      className="no-print flex flex-wrap items-center gap-2 text-sm"
      data-testid="overdue-toggle"
    >
      <span className="text-slate-600">{t('toggleLabel')}:</span>
      {[false, true].map((exclude) => {
        const current = exclude === !info.included;
        return (
          <Link
            key={String(exclude)}
            href={href(exclude)}
            aria-current={current ? 'true' : undefined}
            className={`inline-flex min-h-11 items-center rounded-md px-3 ring-1 sm:min-h-9 ${
              current
                ? 'bg-brand-700 font-semibold text-white ring-brand-700'
                : 'bg-white text-brand-700 ring-slate-300 hover:bg-brand-50'
            }`}
          >
            {exclude ? t('exclude') : t('include')}
          </Link>
        );
      })}
      <span className="text-slate-600" data-testid="overdue-count">
        {t('overdueCount', { count: info.overdueLevels, months: info.cycleMonths })}
      </span>
    </nav>
  );
}
