import { getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { ApiError } from '@/lib/api/errors';
import { fetchOwnExport } from './data';
import { PersonalDataView } from './data-view';

/** /profiel/gegevens: everyone's own data (AVG right of access), readable and as a download. */
export async function OwnDataPage() {
  const t = await getTranslations('privacy');
  let data: Awaited<ReturnType<typeof fetchOwnExport>>;
  try {
    data = await fetchOwnExport();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'no_employee_profile') {
      return <EmptyState title={t('own.noProfile')} />;
    }
    if (error instanceof ApiError) return <ProblemState code={error.code} />;
    throw error;
  }
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t('own.title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('own.intro')}</p>
      </div>
      <section
        aria-labelledby="eigen-download"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="eigen-download" className="text-lg font-semibold">
          {t('download.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('own.downloadIntro')}</p>
        <a
          href="/profiel/gegevens/export"
          download
          className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
        >
          {t('download.button')}
        </a>
      </section>
      <PersonalDataView data={data} />
      <p className="text-sm text-slate-600">{t('own.questions')}</p>
    </div>
  );
}
