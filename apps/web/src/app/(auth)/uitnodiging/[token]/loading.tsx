import { getTranslations } from 'next-intl/server';

export default async function Loading() {
  const t = await getTranslations('common');
  return (
    <main className="mx-auto flex min-h-screen max-w-lg items-center justify-center px-6">
      <p role="status" aria-live="polite" className="flex items-center gap-3 text-slate-600">
        <span
          className="h-5 w-5 animate-spin rounded-full border-2 border-brand-600 border-t-transparent"
          aria-hidden
        />
        {t('loading')}
      </p>
    </main>
  );
}
