'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { planGap } from './actions';
import { PlanGapResult } from './plan-gap-result';

/**
 * The one-click "Plan training for X" / "Plan hiring" button of a gap row. It stays mounted when
 * the gap has no suggestion left (`buttonLabel` null), so "planned" remains visible after the
 * page re-renders with the new action in "al in het plan".
 */
export function GapPlanButton({
  teamId,
  requirementId,
  employeeId,
  buttonLabel,
  context,
  teamName,
}: {
  teamId: string;
  requirementId: string;
  employeeId: string | null;
  buttonLabel: string | null;
  /** Visually hidden: which gap the button belongs to. */
  context: string;
  teamName: string;
}) {
  const t = useTranslations('development.gaps');
  const tTool = useTranslations('planTool');
  const [state, action, pending] = useActionState(planGap, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <input type="hidden" name="employeeId" value={employeeId ?? ''} />
      {buttonLabel ? (
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? t('planning') : buttonLabel}
          <span className="sr-only"> — {context}</span>
        </button>
      ) : null}
      <PlanGapResult state={state} hireText={() => tTool('plannedHire', { team: teamName })} />
    </form>
  );
}
