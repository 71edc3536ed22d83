import type { Locale } from '@teamspiegel/domain';
import type { TCoverageHeadlineView } from '@teamspiegel/domain/api/coverage';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { areaLabel } from '@/lib/vocabulary';
import { teamHref } from './view-model';

/**
 * The overview's first sentence, as the API decided it: "3 van 42 teams hebben een tekort;
 * grootste risico: Gezondheid in De Rupsjes". The risk links to that team's area.
 */
export async function OverviewHeadline({
  headline,
  locale,
}: {
  headline: TCoverageHeadlineView;
  locale: Locale;
}) {
  const t = await getTranslations('overviewAnswer.headline');
  const risk = headline.biggestRisk;
  const area = risk ? areaLabel(risk.area, locale) : '';
  return (
    <p data-testid="overview-headline" className="text-lg font-semibold text-slate-900 sm:text-xl">
      {t('teams', { teamsWithGap: headline.teamsWithGap, teams: headline.teams })}
      {risk ? (
        <>
          {'; '}
          <Link
            href={teamHref(risk.teamId, risk.area)}
            data-testid="overview-biggest-risk"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t('risk', { area, team: risk.teamName })}
          </Link>
        </>
      ) : null}
      .
    </p>
  );
}
