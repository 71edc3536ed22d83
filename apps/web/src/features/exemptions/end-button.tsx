'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { endExemption } from './actions';

/** HR ends an exemption early; it stays in the list as history. */
export function EndExemptionButton({ exemptionId, teamId }: { exemptionId: string; teamId: string }) {
  const t = useTranslations('exemptions');
  const [state, action, pending] = useActionState(endExemption, null);
  return (
    <form action={action} className="mt-1 no-print">
      <input type="hidden" name="exemptionId" value={exemptionId} />
      <input type="hidden" name="teamId" value={teamId} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-9 text-xs font-semibold text-brand-700 underline underline-offset-2 disabled:opacity-60"
      >
        {t('end')}
      </button>
      {state && !state.ok ? <ErrorMessage code={state.code} /> : null}
      {state?.ok ? (
        <p role="status" className="text-xs text-covered">
          {t('ended')}
        </p>
      ) : null}
    </form>
  );
}
