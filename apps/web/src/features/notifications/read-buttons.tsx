'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { markAllNotificationsRead, markNotificationRead } from './actions';

const buttonClass =
  'min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60';

/** "Gelezen" for one notification; its accessible name says which. */
export function MarkReadButton({ id, text }: { id: string; text: string }) {
  const t = useTranslations('notifications');
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(markNotificationRead, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className={buttonClass}
        aria-label={t('markReadNamed', { text })}
      >
        {t('markRead')}
      </button>
      {result && !result.ok ? <ErrorMessage code={result.code} /> : null}
    </form>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations('notifications');
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(
    markAllNotificationsRead,
    null,
  );
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('markAllRead')}
      </button>
      {result && !result.ok ? <ErrorMessage code={result.code} /> : null}
    </form>
  );
}
