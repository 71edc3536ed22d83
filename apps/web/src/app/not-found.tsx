import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t('errors.notFoundTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('errors.notFound')}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t('common.back')}
      </Link>
    </main>
  );
}
