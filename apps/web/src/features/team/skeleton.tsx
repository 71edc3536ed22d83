import { getTranslations } from 'next-intl/server';

/** Placeholder blocks while a team page loads; the status text tells screen readers what happens. */
export async function TeamPageSkeleton({ rows = 8 }: { rows?: number }) {
  const t = await getTranslations('common');
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" aria-live="polite" className="sr-only">
        {t('loading')}
      </p>
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" aria-hidden="true" />
      <div className="h-24 animate-pulse rounded-xl bg-slate-200" aria-hidden="true" />
      <div className="space-y-2" aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
