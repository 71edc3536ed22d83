'use client';

import { useTranslations } from 'next-intl';

/** Friendly error page for any unexpected failure while rendering a signed-in page. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('internal_error')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {t('retry')}
      </button>
    </div>
  );
}
