'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState, useTransition } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { bulkApprove, undoApprovals } from './actions';
import { UNDO_VISIBLE_MS } from './undo-window';

/**
 * The bulk approval of the validation queue: the ticked checkboxes (`form={formId}` on each item)
 * are approved in one request; the success message offers an undo for a few seconds.
 */
export function BulkApproveBar({ formId }: { formId: string }) {
  const t = useTranslations('validationQueue');
  const [state, action, pending] = useActionState(bulkApprove, null);
  const [undoing, startUndo] = useTransition();
  const [shown, setShown] = useState<{ ids: string[]; undone: boolean; error: string | null } | null>(null);

  useEffect(() => {
    if (!state?.ok || !state.data) return;
    setShown({ ids: state.data.validatedIds, undone: false, error: null });
    const timer = setTimeout(
      () => setShown((current) => (current && !current.undone ? null : current)),
      UNDO_VISIBLE_MS,
    );
    return () => clearTimeout(timer);
  }, [state]);

  const selectAll = (checked: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${formId}"][name="ids"]`)) {
      box.checked = checked;
    }
  };
  const undo = (ids: string[]) =>
    startUndo(async () => {
      const result = await undoApprovals(ids);
      setShown({ ids, undone: result.ok, error: result.ok ? null : result.code });
    });

  return (
    <div className="sticky top-0 z-10 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
      <form id={formId} action={action} className="flex flex-wrap items-center gap-4">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" className="size-5" onChange={(event) => selectAll(event.target.checked)} />
          {t('selectAll')}
        </label>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? t('approving') : t('approveSelected')}
        </button>
      </form>
      <div aria-live="polite" className="mt-2 text-sm empty:mt-0" data-testid="bulk-status">
        {shown && !shown.undone ? (
          <p className="flex flex-wrap items-center gap-3 text-covered">
            ✓ {t('approved', { count: shown.ids.length })}
            <button
              type="button"
              onClick={() => undo(shown.ids)}
              disabled={undoing}
              className="min-h-11 rounded-md px-3 py-1 font-semibold text-brand-700 underline ring-1 ring-brand-700 disabled:opacity-60"
            >
              {undoing ? t('undoing') : t('undo')}
            </button>
          </p>
        ) : null}
        {shown?.undone ? <p className="text-slate-700">{t('undone', { count: shown.ids.length })}</p> : null}
      </div>
      {shown?.error ? <ErrorMessage code={shown.error} /> : null}
      {state && !state.ok ? (
        state.code === 'nothing_selected' ? (
          <p role="alert" className="mt-2 text-sm text-gap">
            {t('noneSelected')}
          </p>
        ) : (
          <ErrorMessage code={state.code} />
        )
      ) : null}
    </div>
  );
}
