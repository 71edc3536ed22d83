import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { load } from '@/lib/api/load';
import { fetchEmployeeExport, UUID } from './data';
import { PersonalDataView } from './data-view';
import { EraseForm } from './erase-form';

const buttonClass =
  'inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900';

/** /mensen/[id]/privacy (hr): the person's data (download and readable) and erasure for leavers. */
export async function PrivacyPage({ employeeId }: { employeeId: string }) {
  if (!UUID.test(employeeId)) notFound();
  const t = await getTranslations('privacy');
  const result = await load(fetchEmployeeExport(employeeId));
  if (result.error) return <ProblemState code={result.error.code} />;
  const data = result.data;
  const e = data.employee;
  const fullName = `${e.firstName} ${e.lastName}`;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href={`/mensen/${employeeId}`} className="text-brand-700 underline underline-offset-2">
            {t('backToPerson', { name: fullName })}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{t('title', { name: fullName })}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>

      <section
        aria-labelledby="privacy-download"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="privacy-download" className="text-lg font-semibold">
          {t('download.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('download.intro')}</p>
        <a href={`/mensen/${employeeId}/privacy/export`} download className={`${buttonClass} mt-3`}>
          {t('download.button')}
        </a>
      </section>

      <PersonalDataView data={data} />

      <section
        aria-labelledby="privacy-wissen"
        className="rounded-xl border border-gap/40 bg-white p-4 shadow-sm"
      >
        <h2 id="privacy-wissen" className="text-lg font-semibold text-gap">
          {t('erase.title')}
        </h2>
        {e.active && !e.erasedAt ? (
          <p className="mt-1 text-sm text-slate-700">{t('erase.onlyLeavers')}</p>
        ) : (
          // The form stays in the same place once the person is erased, so the outcome it just
          // received survives the page's re-render.
          <div className="mt-2">
            {e.erasedAt ? null : <p className="mb-3 text-sm text-slate-700">{t('erase.intro')}</p>}
            <EraseForm employeeId={employeeId} fullName={fullName} erased={Boolean(e.erasedAt)} />
          </div>
        )}
      </section>
    </div>
  );
}
