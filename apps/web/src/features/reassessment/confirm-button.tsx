'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { confirmLevel } from './actions';

/** Confirms the same level after a reassessment conversation: a new cycle starts. */
export function ConfirmLevelButton({
  employeeId,
  area,
  level,
  label,
}: {
  employeeId: string;
  area: string;
  level: string;
  label: string;
}) {
  const t = useTranslations('reassessment');
  const [state, action, pending] = useActionState(confirmLevel, null);
  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-covered">
        ✓ {t('confirmed')}
      </p>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="employeeId" value={employeeId} />
      <input type="hidden" name="area" value={area} />
      <input type="hidden" name="level" value={level} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-9 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {label}
      </button>
      {state && !state.ok ? <ErrorMessage code={state.code} /> : null}
    </form>
  );
}
