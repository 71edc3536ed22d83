import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PersonForm } from './person-form';

/** /beheer/mensen: add a person; finding someone to change happens in /mensen. */
export async function NewPersonPage() {
  const t = await getTranslations('peopleAdmin');
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
        <Link
          href="/mensen"
          className="mt-2 inline-block text-sm text-brand-700 underline underline-offset-2"
        >
          {t('findPerson')}
        </Link>
      </header>
      <section
        aria-labelledby="nieuw-kop"
        className="space-y-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
      >
        <h2 id="nieuw-kop" className="text-lg font-semibold">
          {t('create.title')}
        </h2>
        <PersonForm />
      </section>
    </div>
  );
}
