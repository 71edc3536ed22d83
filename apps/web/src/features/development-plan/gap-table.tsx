import type { TPlanGap } from '@teamspiegel/domain/api/development-plan';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusBadge, statusLabel } from '@/components/status';
import { type Locale, levelLabel } from '@/lib/vocabulary';
import { requirementSentence } from '../overview/ranking';
import { describeRequirement } from '../overview/view-model';
import { PlannedLine } from './action-cards';
import { siteGapPlanView } from './gap-plan';
import { GapPlanButton } from './gap-plan-button';
import { SiteGapPlanForm } from './site-gap-plan-form';

/** The plan's gap table: each gap as the API computed it, what is planned, the candidate and the one-click plan. */
export async function GapTable({
  gaps: shownGaps,
  total: totalGaps,
  teamName,
  canEdit,
  locale,
}: {
  gaps: TPlanGap[];
  total: number;
  teamName: Map<string, string>;
  canEdit: boolean;
  locale: Locale;
}) {
  const [t, tc, tOverview, tTargets] = await Promise.all([
    getTranslations('development'),
    getTranslations('common'),
    getTranslations('overview'),
    getTranslations('planTargets'),
  ]);
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="gaps-table">
        <caption className="sr-only">{t('gaps.caption')}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('gaps.colTeam')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('gaps.colArea')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('gaps.colShortfall')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('gaps.colPlanned')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('gaps.colCandidate')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span className={canEdit ? '' : 'sr-only'}>{t('gaps.colAction')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shownGaps.map((gap) => {
            // A site's certificate gap (rule 18) has no team: the row names the site and plans with its form.
            const site = siteGapPlanView(gap);
            const team = site
              ? (gap.siteName ?? tc('unknown'))
              : (gap.teamName ?? teamName.get(gap.teamId ?? '') ?? tc('unknown'));
            const subject = requirementSentence(tOverview, describeRequirement(gap, locale));
            const suggestion = gap.suggestion;
            // Role, competency and surroundings gaps: the button plans a hire aimed at the gap.
            const targeted = gap.hireTarget !== null;
            const rowId =
              gap.kind === 'area' && gap.area && gap.minLevel
                ? `gap-${gap.teamId}-${gap.area}-${gap.minLevel}`
                : `gap-${gap.teamId ?? gap.siteId}-${gap.kind}-${gap.requirementId}`;
            return (
              <tr
                key={`${gap.teamId ?? gap.siteId}-${gap.requirementId}`}
                data-testid={rowId}
                data-kind={gap.kind}
              >
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {site ? (
                    <>
                      {team}
                      <span className="block text-xs font-normal text-slate-600">{t('gaps.siteLabel')}</span>
                    </>
                  ) : (
                    <Link
                      href={`/teams/${gap.teamId}`}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {team}
                    </Link>
                  )}
                  {!site && gap.siteName ? (
                    <span className="block text-xs font-normal text-slate-600">{gap.siteName}</span>
                  ) : null}
                </th>
                <td className="px-3 py-2">{subject}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={gap.status} label={statusLabel(gap.status, locale)} />
                  <span className="block text-xs text-slate-600">
                    {t('gaps.shortfall', { required: gap.count, present: gap.headcount, gap: gap.gap })}
                  </span>
                </td>
                <td className="px-3 py-2 text-slate-700" data-testid="planned">
                  {gap.coveredByPlan ? (
                    <span className="block text-xs font-medium text-covered">
                      ✓ {t('gaps.coveredByPlan')}
                    </span>
                  ) : null}
                  {gap.plannedActions.length === 0
                    ? '—'
                    : gap.plannedActions.map((action) => (
                        <PlannedLine key={action.id} action={action} locale={locale} />
                      ))}
                </td>
                <td className="px-3 py-2">
                  {site ? (
                    <span className="text-slate-700">
                      {site.candidates.length > 0
                        ? t('gaps.siteCandidates', { count: site.candidates.length })
                        : t('gaps.siteNoCandidate')}
                    </span>
                  ) : suggestion?.employeeId ? (
                    <>
                      <Link
                        href={`/mensen/${suggestion.employeeId}`}
                        className="font-medium text-brand-700 underline underline-offset-2"
                      >
                        {suggestion.employeeName}
                      </Link>
                      <span className="block text-xs text-slate-600">
                        {suggestion.reason === 'ambition'
                          ? t('gaps.reasonAmbition')
                          : t('gaps.reasonOneBelow')}
                        {' · '}
                        {t('gaps.currentLevel', {
                          level: levelLabel(suggestion.currentLevel, locale) || tc('none'),
                        })}
                      </span>
                    </>
                  ) : suggestion ? (
                    <span className="text-slate-600">{t('gaps.noCandidate')}</span>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="px-3 py-2">
                  {site ? (
                    canEdit ? (
                      <SiteGapPlanForm view={site} context={`${team}, ${subject}`} />
                    ) : null
                  ) : canEdit && gap.teamId && (suggestion || gap.kind === 'area' || targeted) ? (
                    <GapPlanButton
                      teamId={gap.teamId}
                      requirementId={gap.requirementId}
                      employeeId={suggestion?.employeeId ?? null}
                      buttonLabel={
                        !suggestion
                          ? targeted && !gap.coveredByPlan
                            ? tTargets('planHire')
                            : null
                          : suggestion.employeeId
                            ? t('gaps.planFor', {
                                type: suggestion.type,
                                name: suggestion.employeeName ?? '',
                              })
                            : t('gaps.planHiring')
                      }
                      context={`${team}, ${subject}`}
                      teamName={team}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {totalGaps > shownGaps.length ? (
        <p className="border-t border-slate-100 px-3 py-2 text-sm text-slate-600">
          {t('gaps.more', { count: totalGaps - shownGaps.length })}
        </p>
      ) : null}
    </div>
  );
}
