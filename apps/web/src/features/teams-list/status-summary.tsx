import type { Locale, TCoverageSummary } from '@teamspiegel/domain';
import { getLocale, getTranslations } from 'next-intl/server';
import { STATUS_STYLE, StatusIcon, statusLabel } from '@/components/status';

/** A team's coverage in small counts per status (the domain's labels), icons + words. */
export async function TeamStatusSummary({ summary }: { summary: TCoverageSummary | null }) {
  const t = await getTranslations('teamsList');
  const locale = (await getLocale()) as Locale;
  const counted = (status: 'single_point' | 'no_margin', count: number) =>
    `${count} × ${statusLabel(status, locale).toLowerCase()}`;
  if (!summary) return <span className="text-sm text-slate-500">{t('notAvailable')}</span>;
  if (summary.requirements === 0)
    return <span className="text-sm text-slate-500">{t('noRequirements')}</span>;
  const parts = [
    { status: 'gap' as const, count: summary.gaps, text: t('summary.gaps', { count: summary.gaps }) },
    {
      status: 'single_point' as const,
      count: summary.singlePoints,
      text: counted('single_point', summary.singlePoints),
    },
    { status: 'no_margin' as const, count: summary.noMargin, text: counted('no_margin', summary.noMargin) },
    {
      status: 'covered' as const,
      count: summary.covered,
      text: t('summary.covered', { count: summary.covered }),
    },
  ];
  return (
    <ul
      className="flex flex-wrap gap-1.5"
      data-testid="team-status"
      data-gaps={summary.gaps}
      aria-label={t('summaryLabel', {
        covered: summary.covered,
        noMargin: summary.noMargin,
        spof: summary.singlePoints,
        gaps: summary.gaps,
        requirements: summary.requirements,
      })}
    >
      {parts
        .filter((part) => part.count > 0)
        .map((part) => (
          <li
            key={part.status}
            className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold"
            style={STATUS_STYLE[part.status]}
          >
            <StatusIcon status={part.status} className="h-3.5 w-3.5" />
            {part.text}
          </li>
        ))}
    </ul>
  );
}
