'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { declineRequest } from './actions';

/** Declining needs an answer: she reads it in her notifications. */
export function DeclineForm({ id, who }: { id: string; who: string }) {
  const t = useTranslations('developmentRequests');
  const uid = useId();
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(declineRequest, null);
  const invalid = Boolean(result && !result.ok && result.fieldErrors?.answer);
  return (
    <details className="mt-2">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-gap">
        {t('decline')}
      </summary>
      <form action={action} className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <label htmlFor={`${uid}-answer`} className="block text-sm font-medium">
          {t('answer', { name: who })}
        </label>
        <textarea
          id={`${uid}-answer`}
          name="answer"
          rows={2}
          maxLength={2000}
          required
          aria-invalid={invalid || undefined}
          className="block min-h-11 w-full rounded-md border border-slate-400 px-3 py-2"
        />
        {result && !result.ok ? (
          invalid ? (
            <p role="alert" className="text-sm text-gap">
              {t('answerRequired')}
            </p>
          ) : (
            <ErrorMessage code={result.code} />
          )
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md border border-gap px-3 py-2 text-sm font-semibold text-gap hover:bg-gap-soft disabled:opacity-60"
        >
          {t('declineSubmit')}
        </button>
      </form>
    </details>
  );
}
