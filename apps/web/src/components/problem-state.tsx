import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

/**
 * A full-width message for an API error the page could not recover from. A refusal (403) is not
 * an error message: it answers with the forbidden page (app/forbidden.tsx), which says why and
 * offers a way back.
 */
export async function ProblemState({ code }: { code: string }) {
  if (code === 'forbidden') forbidden();
  const t = await getTranslations('errors');
  return (
    <div role="alert" className="rounded-xl border border-gap bg-gap-soft p-6 text-gap">
      <p className="font-semibold">{t('title')}</p>
      <p className="mt-1">{t.has(code) ? t(code) : t('generic', { code })}</p>
    </div>
  );
}

/** A friendly empty state. */
export async function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
      <p className="font-medium text-slate-800">{title}</p>
      {children ? <div className="mt-2 text-sm">{children}</div> : null}
    </div>
  );
}
