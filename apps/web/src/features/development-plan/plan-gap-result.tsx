'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { actionTypeLabel, type Locale } from '@/lib/vocabulary';
import type { PlannedGapResult } from './actions';

/**
 * What planning a gap answered, for a team's and a site's gap alike. The confirmation names who the
 * action is for, so it cannot be read as the next candidate's; a hire names what `hireText` says.
 */
export function PlanGapResult({
  state,
  hireText,
}: {
  state: ActionResult<PlannedGapResult> | null;
  hireText: (data: PlannedGapResult) => string;
}) {
  const tTool = useTranslations('planTool');
  const locale = useLocale() as Locale;
  const confirmation = (data: PlannedGapResult) =>
    !data.created
      ? tTool('alreadyPlanned', { title: data.title })
      : data.employeeName
        ? tTool('plannedFor', {
            type: actionTypeLabel(data.type, locale).toLowerCase(),
            name: data.employeeName,
          })
        : hireText(data);
  return (
    <div aria-live="polite" className="text-sm">
      {state?.ok && state.data ? (
        <p className="text-covered" data-testid="plan-confirmation">
          ✓ {confirmation(state.data)}
        </p>
      ) : null}
      {state && !state.ok ? <ErrorMessage code={state.code} /> : null}
    </div>
  );
}
