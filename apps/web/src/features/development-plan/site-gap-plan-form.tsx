'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SelectField } from '@/components/select-field';
import { planSiteGap } from './actions';
import type { SiteGapPlanView } from './gap-plan';
import { PlanGapResult } from './plan-gap-result';

/**
 * The plan of a site's certificate gap (rule 18): choose a person at the site for a course, or a
 * team of the site for a vacancy. The choices come from the API (`courseCandidates`, `vacancyTeams`).
 */
export function SiteGapPlanForm({ view, context }: { view: SiteGapPlanView; context: string }) {
  const t = useTranslations('development.gaps');
  const [state, action, pending] = useActionState(planSiteGap, null);
  const idBase = `site-gap-${view.siteId}-${view.requirementId}`;
  const button =
    'rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60';
  return (
    <form action={action} className="flex flex-col items-start gap-2" data-testid="site-gap-plan">
      <input type="hidden" name="siteId" value={view.siteId} />
      <input type="hidden" name="requirementId" value={view.requirementId} />
      {view.candidates.length > 0 ? (
        <div className="flex flex-col items-start gap-1">
          <SelectField
            id={`${idBase}-person`}
            name="employeeId"
            label={t('siteCoursePerson')}
            layout="stacked"
            options={view.candidates.map((candidate) => ({
              value: candidate.employeeId,
              label: t('siteCandidate', { name: candidate.name, reason: candidate.reason }),
            }))}
          />
          <button type="submit" name="step" value="course" disabled={pending} className={button}>
            {pending ? t('planning') : t('sitePlanCourse')}
            <span className="sr-only"> — {context}</span>
          </button>
        </div>
      ) : null}
      {view.vacancyPlanned ? (
        <p className="text-sm text-slate-600">{t('siteVacancyPlanned')}</p>
      ) : view.teams.length > 0 ? (
        <div className="flex flex-col items-start gap-1">
          <SelectField
            id={`${idBase}-team`}
            name="teamId"
            label={t('siteVacancyTeam')}
            layout="stacked"
            options={view.teams.map((team) => ({ value: team.id, label: team.name }))}
          />
          <button type="submit" name="step" value="hire" disabled={pending} className={button}>
            {pending ? t('planning') : t('planHiring')}
            <span className="sr-only"> — {context}</span>
          </button>
        </div>
      ) : null}
      <PlanGapResult state={state} hireText={(data) => `${t('planned')} ${data.title}`} />
    </form>
  );
}
