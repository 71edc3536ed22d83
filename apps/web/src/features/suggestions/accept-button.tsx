'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { acceptSuggestion } from './actions';

export type AcceptFields = {
  teamId: string;
  requirementId: string;
  type: string;
  employeeId: string | null;
  area: string;
  targetLevel: string;
};

/** "Accepteren": plans the suggested action; the result is announced politely to screen readers. */
export function AcceptButton({ fields, describedBy }: { fields: AcceptFields; describedBy: string }) {
  const t = useTranslations('suggestions');
  const [state, action, pending] = useActionState<
    ActionResult<{ id: string; title: string }> | null,
    FormData
  >(acceptSuggestion, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value ?? ''} />
      ))}
      <button
        type="submit"
        disabled={pending || state?.ok === true}
        aria-describedby={describedBy}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? t('accepting') : state?.ok ? t('accepted') : t('accept')}
      </button>
      <div aria-live="polite">
        {state?.ok === true ? (
          <p className="text-sm text-covered">{t('acceptedAs', { title: state.data?.title ?? '' })}</p>
        ) : null}
        {state && !state.ok ? <ErrorMessage code={state.code} /> : null}
      </div>
    </form>
  );
}
