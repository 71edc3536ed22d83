'use client';

import type { TEraseResult } from '@teamspiegel/domain/api/privacy';
import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { eraseEmployee } from './actions';

/**
 * "Gegevens wissen" for a leaver: a clear warning, the full name typed as confirmation (the
 * button stays disabled until it matches; the API checks it again), and the outcome announced.
 */
export function EraseForm({
  employeeId,
  fullName,
  erased,
}: {
  employeeId: string;
  fullName: string;
  /** Already erased (now, or earlier): only the outcome or a notice is shown. */
  erased: boolean;
}) {
  const t = useTranslations('privacy.erase');
  const [typed, setTyped] = useState('');
  const [state, action, pending] = useActionState<ActionResult<TEraseResult> | null, FormData>(
    eraseEmployee,
    null,
  );
  const id = useId();
  const matches = typed.trim().replace(/\s+/g, ' ').toLowerCase() === fullName.toLowerCase();

  if (state?.ok && state.data) {
    const r = state.data;
    return (
      <div
        role="status"
        className="rounded-lg border border-covered bg-covered-soft p-4 text-sm text-slate-900"
      >
        <p className="font-semibold">{t('done')}</p>
        <ul className="mt-2 list-disc pl-5">
          <li>
            {t('doneRemoved', { contacts: r.removed.surroundingsContacts, ambitions: r.removed.ambitions })}
          </li>
          <li>{t('doneAudit', { count: r.anonymised.auditEvents })}</li>
          <li>
            {t('doneFields', {
              count: r.anonymised.otherTextFields,
              fields: r.redacted.fields
                .map((field) => `${field.table}.${field.column} (${field.rows})`)
                .join(', '),
            })}
          </li>
          <li>{t(`doneLogin.${r.login}`)}</li>
        </ul>
      </div>
    );
  }

  if (erased) {
    return (
      <p role="status" className="text-sm text-slate-700">
        {t('alreadyErased')}
      </p>
    );
  }

  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="employeeId" value={employeeId} />
      <div role="note" className="rounded-lg border border-gap bg-gap-soft p-4 text-sm text-slate-900">
        <p className="font-semibold text-gap">
          <span aria-hidden="true">⚠ </span>
          {t('warningTitle')}
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t('warningRemoved')}</li>
          <li>{t('warningKept')}</li>
          <li>{t('warningLogin')}</li>
          <li>{t('warningFinal')}</li>
        </ul>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-confirm`} className="text-sm font-medium text-slate-800">
          {t('confirmLabel', { name: fullName })}
        </label>
        <input
          id={`${id}-confirm`}
          name="confirm"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-describedby={`${id}-hint`}
          aria-invalid={state && !state.ok && state.code === 'confirmation_mismatch' ? true : undefined}
          className="max-w-md rounded-md border border-slate-300 px-3 py-2"
        />
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t('confirmHint')}
        </p>
      </div>
      <div aria-live="polite">{state && !state.ok ? <ErrorMessage code={state.code} /> : null}</div>
      <button
        type="submit"
        disabled={!matches || pending}
        className="self-start rounded-md bg-gap px-4 py-2 text-sm font-semibold text-white hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {pending ? t('erasing') : t('submit')}
      </button>
    </form>
  );
}
