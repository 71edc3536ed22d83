'use client';

import { useTranslations } from 'next-intl';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import type { Done } from './actions';
import { knownError } from './field';

type Failure = Extract<ActionResult, { ok: false }>;

export function failureOf(state: ActionResult<Done> | ActionResult | null): Failure | null {
  return state && !state.ok ? state : null;
}

/** The error a field shows: the problem's code when the field caused it (email_taken), else its message. */
export function fieldError(failure: Failure | null, field: string): string | undefined {
  const message = failure?.fieldErrors?.[field];
  if (!message) return undefined;
  return failure.code === 'validation_failed' || failure.code === 'bad_request' ? message : failure.code;
}

/** A form's outcome: the success sentence, the pending note, or the error not shown at a field. */
export function FormStatus({
  state,
  pending,
  testId,
}: {
  state: ActionResult<Done> | ActionResult | null;
  pending: boolean;
  testId?: string;
}) {
  const t = useTranslations('peopleAdmin');
  const failure = failureOf(state);
  if (pending) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t('saving')}
      </p>
    );
  }
  if (state?.ok && state.data) {
    const done = state.data as Done;
    return (
      <p
        role="status"
        data-testid={testId}
        className="rounded-md bg-covered-soft px-3 py-2 text-sm text-covered"
      >
        ✓ {t(done.message as Parameters<typeof t>[0], done.values)}
      </p>
    );
  }
  if (!failure || Object.keys(failure.fieldErrors ?? {}).length > 0) return null;
  const own = knownError(t, failure.code);
  return own ? (
    <p role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
      {own}
    </p>
  ) : (
    <ErrorMessage code={failure.code} />
  );
}
