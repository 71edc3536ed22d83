import { type Locale, statusRank } from '@teamspiegel/domain';
import type { TAmbitionImpact } from '@teamspiegel/domain/api/ambition-impact';
import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import { getTranslations } from 'next-intl/server';
import { StatusBadge, statusLabel } from '@/components/status';
import { areaLabel, circleLabel, competencyLabel, levelLabel } from '@/lib/vocabulary';
import type { TeamCoverageResult } from './data';
import { requirementText } from './pending-levels';

/**
 * "Jouw ambitie zou het hiaat Pedagogiek, minimaal ervaren in Unit 3–6 dichten" for each gap that
 * GET /api/me/ambition-impact says an active ambition would close or narrow (the web computes none).
 */
export async function AmbitionImpactPanel({
  impact,
  hasAmbition,
  teams,
  locale,
}: {
  impact: TAmbitionImpact | null;
  hasAmbition: boolean;
  teams: TeamCoverageResult[];
  locale: Locale;
}) {
  const t = await getTranslations('profile.impact');
  const tRequirement = await getTranslations('pendingLevels');
  const failed = teams.filter((team) => team.error);
  const effects = (impact?.ambitions ?? []).flatMap((ambition) =>
    ambition.requirements.map((item) => ({ ambitionId: ambition.ambitionId, item })),
  );
  return (
    <section
      aria-labelledby="ambition-impact-title"
      data-testid="ambition-impact"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="ambition-impact-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t('intro')}</p>
      {teams.length === 0 ? (
        <p className="text-slate-700">{t('noTeams')}</p>
      ) : !hasAmbition ? (
        <p className="text-slate-700">{t('noAmbition')}</p>
      ) : impact === null ? (
        <p role="alert" className="text-sm text-gap">
          {t('error')}
        </p>
      ) : effects.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <ul className="space-y-2">
          {effects.map(({ ambitionId, item }) => (
            <li
              key={`${ambitionId}-${item.teamId}-${item.requirementId}`}
              data-testid="ambition-effect"
              data-requirement={item.requirementId}
              className="rounded-lg border border-covered bg-covered-soft p-3 text-slate-900"
            >
              <p className="font-medium">
                <span aria-hidden className="mr-1 text-covered">
                  ★
                </span>
                {t(item.after.gap === 0 ? 'closes' : 'reduces', {
                  requirement: requirementText(item, locale, tRequirement),
                  team: item.teamName,
                })}
              </p>
              <p className="text-sm text-slate-700">
                {t('detail', { count: item.count, supply: item.before.headcount, gap: item.before.gap })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {failed.map((team) => (
        <p key={team.teamId} role="alert" className="mt-2 text-sm text-gap">
          {t('coverageError', { team: team.teamName })}
        </p>
      ))}
    </section>
  );
}

function teamRequirementText(
  item: TRequirementCoverageView,
  locale: Locale,
  t: Awaited<ReturnType<typeof getTranslations<'profile.team'>>>,
) {
  const requirement = item.requirement;
  switch (requirement.kind) {
    case 'area': {
      return t('areaRequirement', {
        area: areaLabel(requirement.area, locale),
        level: levelLabel(requirement.minLevel, locale).toLowerCase(),
      });
    }
    case 'role':
      return t('roleRequirement', { role: item.roleLabel ? item.roleLabel[locale] : '—' });
    case 'competency':
      return t('competencyRequirement', {
        competency: competencyLabel(requirement.competency, locale),
        score: requirement.minScore,
      });
    case 'circle':
      return t('circleRequirement', { circle: circleLabel(requirement.circle, locale) });
  }
}

/** The team's aggregate coverage (counts only, no names): what the anonymised view offers. */
export async function TeamCoveragePanel({ teams, locale }: { teams: TeamCoverageResult[]; locale: Locale }) {
  const t = await getTranslations('profile.team');
  const loaded = teams.filter((team) => team.coverage);
  if (loaded.length === 0) return null;
  return (
    <section aria-labelledby="team-coverage-title" className="space-y-4">
      <div>
        <h2 id="team-coverage-title" className="text-xl font-semibold">
          {t('title', { count: loaded.length })}
        </h2>
        <p className="text-sm text-slate-600">{t('intro', { count: loaded.length })}</p>
      </div>
      {loaded.map(({ coverage }) => {
        if (!coverage) return null;
        const summary = coverage.summary;
        const requirements = [...coverage.requirements].sort(
          (a, b) => statusRank(b.status) - statusRank(a.status) || b.severity - a.severity,
        );
        return (
          <article key={coverage.team.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <h3 className="text-lg font-semibold">{coverage.team.name}</h3>
            <p className="text-sm text-slate-600">
              {coverage.team.siteName ? `${coverage.team.siteName} · ` : ''}
              {t('members', { count: coverage.profile.memberCount })}
            </p>
            <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
              <div className="rounded-md bg-slate-100 p-2">
                <dt className="text-sm text-slate-700">{t('requirements')}</dt>
                <dd className="text-2xl font-semibold">{summary.requirements}</dd>
              </div>
              <div className="rounded-md bg-covered-soft p-2 text-covered">
                <dt className="text-sm">✓ {t('covered')}</dt>
                <dd className="text-2xl font-semibold">{summary.covered}</dd>
              </div>
              <div className="rounded-md bg-spof-soft p-2 text-spof">
                <dt className="text-sm">! {statusLabel('single_point', locale)}</dt>
                <dd className="text-2xl font-semibold">{summary.singlePoints}</dd>
              </div>
              <div className="rounded-md bg-spof-soft p-2 text-spof">
                <dt className="text-sm">= {statusLabel('no_margin', locale)}</dt>
                <dd className="text-2xl font-semibold">{summary.noMargin}</dd>
              </div>
              <div className="rounded-md bg-gap-soft p-2 text-gap">
                <dt className="text-sm">✕ {t('gaps')}</dt>
                <dd className="text-2xl font-semibold">{summary.gaps}</dd>
              </div>
            </dl>
            {summary.totalGap > 0 ? (
              <p className="mt-2 text-sm text-slate-700">
                {t('projected', { gap: summary.projectedTotalGap })}
              </p>
            ) : null}
            {requirements.length === 0 ? (
              <p className="mt-3 text-slate-600">{t('noRequirements')}</p>
            ) : (
              // On a phone the table stacks: one card per requirement, the figures labelled in the row.
              <div className="mt-3 sm:overflow-x-auto">
                <table className="w-full text-left text-sm max-sm:block">
                  <caption className="sr-only">{t('tableCaption', { team: coverage.team.name })}</caption>
                  <thead className="max-sm:sr-only">
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-2 pr-3">
                        {t('requirement')}
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right">
                        {t('needed')}
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right">
                        {t('present')}
                      </th>
                      <th scope="col" className="py-2">
                        {t('status')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="max-sm:block">
                    {requirements.map((item) => {
                      return (
                        <tr
                          key={item.requirement.id}
                          className="border-b border-slate-100 max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-x-3 max-sm:py-2"
                        >
                          <th
                            scope="row"
                            className="py-2 pr-3 font-normal max-sm:w-full max-sm:py-0 max-sm:font-medium"
                          >
                            {teamRequirementText(item, locale, t)}
                          </th>
                          <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0">
                            <span className="sm:hidden">{t('needed')}: </span>
                            {item.requirement.count}
                          </td>
                          <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0">
                            <span className="sm:hidden">{t('present')}: </span>
                            {item.supply.headcount}
                          </td>
                          <td className="py-2 max-sm:py-0">
                            <StatusBadge status={item.status} label={statusLabel(item.status, locale)} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        );
      })}
    </section>
  );
}
