'use client';

import { useTranslations } from 'next-intl';

/** An API error code in the user's language; unknown codes fall back to a generic sentence. */
export function ErrorMessage({ code }: { code: string }) {
  const t = useTranslations('errors');
  const text = t.has(code) ? t(code) : t('generic', { code });
  return (
    <p role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
      {text}
    </p>
  );
}
