import type { Locale } from '@teamspiegel/domain';
import type { TCoverageHeadlineView } from '@teamspiegel/domain/api/coverage';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { riskSubject } from './view-model';

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
  // An area or a certificate column (rule 10), as the API named it.
  const subject = risk ? riskSubject(risk, locale) : null;
  return (
    <p data-testid="overview-headline" className="text-lg font-semibold text-slate-900 sm:text-xl">
      {t('teams', { teamsWithGap: headline.teamsWithGap, teams: headline.teams })}
      {risk && subject ? (
        <>
          {'; '}
          <Link
            href={subject.href}
            data-testid="overview-biggest-risk"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t('risk', { area: subject.label, team: risk.teamName })}
          </Link>
        </>
      ) : null}
      .
    </p>
  );
}
