'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { DateField, LabelledField, recordInputClass, SelectField, SubmitBar } from '@/components/form-fields';
import { invalidAt } from '@/components/form-kit';
import { createExemption } from './actions';

/**
 * From a gap on the team page (or a site requirement's line under Locaties): HR exempts the team
 * (or site) from the requirement until an end date.
 */
export function ExemptionForm({
  teamId,
  requirementId,
  site = false,
  people,
}: {
  /** The team page's team; empty for a site requirement. */
  teamId: string;
  requirementId: string;
  /** The requirement is a site's (rule 18): it is sent as `siteRequirementId`. */
  site?: boolean;
  /** Certificate requirements: one member may be exempted instead of the whole team (or site). */
  people: { id: string; name: string }[];
}) {
  const t = useTranslations('exemptions');
  const [state, action, pending] = useActionState(createExemption, null);
  const uid = useId();
  return (
    <details className="mt-2 text-xs no-print" data-testid={`exempt-${requirementId}`}>
      <summary className="inline-flex min-h-9 cursor-pointer items-center font-semibold text-brand-700 underline underline-offset-2">
        {t('open')}
      </summary>
      <form action={action} className="mt-2 w-64 space-y-2" aria-labelledby={`${uid}-title`}>
        <p id={`${uid}-title`} className="font-semibold text-slate-800">
          {t(site ? 'siteFormTitle' : 'formTitle')}
        </p>
        <input type="hidden" name="teamId" value={teamId} />
        <input type="hidden" name={site ? 'siteRequirementId' : 'requirementId'} value={requirementId} />
        {people.length > 0 ? (
          <SelectField
            id={`${uid}-who`}
            name="employeeId"
            label={t('whoLabel')}
            empty={t(site ? 'wholeSite' : 'wholeTeam')}
            options={people.map((person) => ({ value: person.id, label: person.name }))}
          />
        ) : null}
        <LabelledField id={`${uid}-reason`} label={t('reasonLabel')}>
          <textarea
            id={`${uid}-reason`}
            name="reason"
            required
            minLength={3}
            maxLength={1000}
            rows={2}
            aria-invalid={invalidAt(state, 'reason')}
            className={recordInputClass}
          />
        </LabelledField>
        <DateField id={`${uid}-ends`} name="endsOn" label={t('endsOnLabel')} state={state} required />
        <SubmitBar state={state} pending={pending} done={t('done')} submit={t('submit')} size="small" />
      </form>
    </details>
  );
}
