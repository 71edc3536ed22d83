'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { planCertificateCourse } from './plan-course-action';

/** "Plan a refresher course" for one holder whose certificate lapses before the horizon. */
export function PlanCourseButton({
  teamId,
  employeeId,
  certificateTypeId,
  context,
}: {
  teamId: string;
  employeeId: string;
  certificateTypeId: string;
  /** Visually hidden: whose certificate the button is for. */
  context: string;
}) {
  const t = useTranslations('compliance.course');
  const [state, action, pending] = useActionState(planCertificateCourse, null);
  return (
    <form action={action} className="mt-1 flex flex-col items-start gap-1">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="employeeId" value={employeeId} />
      <input type="hidden" name="certificateTypeId" value={certificateTypeId} />
      {state?.ok ? null : (
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-2 py-1 text-xs font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? t('planning') : t('plan')}
          <span className="sr-only"> — {context}</span>
        </button>
      )}
      <div aria-live="polite" className="text-xs">
        {state?.ok ? <p className="text-covered">✓ {t('planned')}</p> : null}
        {state && !state.ok ? <ErrorMessage code={state.code} /> : null}
      </div>
    </form>
  );
}
