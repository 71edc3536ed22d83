'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/api/errors';
import { FormError, primaryButton, secondaryButton } from './form-bits';

type Action = (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;

/**
 * Archive (after a confirmation: the first click asks, the second does it) or restore a row. The
 * button is disabled while the request runs; the server treats a repeated archive as done.
 */
export function ArchiveButton({
  action,
  id,
  etag,
  archive,
  name,
  confirmText,
  testId,
}: {
  action: Action;
  id: string;
  etag: string;
  archive: boolean;
  name: string;
  confirmText: string;
  testId?: string;
}) {
  const t = useTranslations('structure');
  const [state, formAction, pending] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="etag" value={etag} />
      <input type="hidden" name="archive" value={archive ? '1' : '0'} />
    </>
  );

  if (!archive) {
    return (
      <form action={formAction} className="flex flex-col gap-2">
        {hidden}
        <button
          type="submit"
          disabled={pending}
          className={secondaryButton}
          aria-label={t('unarchiveOf', { name })}
          data-testid={testId}
        >
          {pending ? t('working') : t('unarchive')}
        </button>
        <FormError state={state} />
      </form>
    );
  }

  if (!confirming) {
    return (
      <div className="flex flex-col gap-2">
        <button
          type="button"
          className={secondaryButton}
          aria-label={t('archiveOf', { name })}
          onClick={() => setConfirming(true)}
          data-testid={testId}
        >
          {t('archive')}
        </button>
        <FormError state={state} />
      </div>
    );
  }

  return (
    <form
      action={formAction}
      aria-label={t('archiveOf', { name })}
      className="flex max-w-xs flex-col gap-2 rounded-md border border-gap bg-gap-soft p-3"
    >
      {hidden}
      <p className="text-sm text-slate-900">{confirmText}</p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="submit"
          disabled={pending}
          className={primaryButton}
          data-testid={testId ? `${testId}-confirm` : undefined}
        >
          {pending ? t('working') : t('confirmYes')}
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={pending}
          onClick={() => setConfirming(false)}
        >
          {t('cancel')}
        </button>
      </div>
      <FormError state={state} />
    </form>
  );
}
