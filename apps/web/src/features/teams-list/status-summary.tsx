import type { TCoverageSummary } from '@teamspiegel/domain';
import { getTranslations } from 'next-intl/server';
import { STATUS_CLASSES, STATUS_STYLE, StatusIcon } from '@/components/status';

/** A team's coverage in three small counts (gaps, single points of failure, covered), icons + words. */
export async function TeamStatusSummary({ summary }: { summary: TCoverageSummary | null }) {
  const t = await getTranslations('teamsList');
  if (!summary) return <span className="text-sm text-slate-500">{t('notAvailable')}</span>;
  if (summary.requirements === 0)
    return <span className="text-sm text-slate-500">{t('noRequirements')}</span>;
  const parts = [
    { status: 'gap' as const, count: summary.gaps, text: t('summary.gaps', { count: summary.gaps }) },
    {
      status: 'single_point_of_failure' as const,
      count: summary.singlePointsOfFailure,
      text: t('summary.spof', { count: summary.singlePointsOfFailure }),
    },
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
        spof: summary.singlePointsOfFailure,
        gaps: summary.gaps,
        requirements: summary.requirements,
      })}
    >
      {parts
        .filter((part) => part.count > 0)
        .map((part) => (
          <li
            key={part.status}
            className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_CLASSES[part.status]}`}
            style={STATUS_STYLE[part.status]}
          >
            <StatusIcon status={part.status} className="h-3.5 w-3.5" />
            {part.text}
          </li>
        ))}
    </ul>
  );
}
