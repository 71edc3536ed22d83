import { getFormatter, getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { load } from '@/lib/api/load';
import { listImportJobs } from './api';
import { ColumnsExplained } from './columns-explained';
import { ImportWizard } from './import-wizard';

/** /importeren (hr): template download, upload with preview, the import job and recent imports. */
export async function ImportPage() {
  const t = await getTranslations('import');
  const jobs = await load(listImportJobs());
  const format = await getFormatter();
  const linkClass =
    'inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </header>

      <section aria-labelledby="template" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="template" className="text-lg font-semibold">
          {t('template.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('template.help')}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <a href="/importeren/sjabloon?format=xlsx" className={linkClass} download>
            {t('template.excel')}
          </a>
          <a href="/importeren/sjabloon?format=csv" className={linkClass} download>
            {t('template.csv')}
          </a>
        </div>
        <ColumnsExplained section="import.structure" />
        <ColumnsExplained section="import.certificates" />
      </section>

      <ImportWizard />

      <section aria-labelledby="history" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="history" className="mb-3 text-lg font-semibold">
          {t('history.title')}
        </h2>
        {jobs.error ? (
          <ProblemState code={jobs.error.code} />
        ) : jobs.data.items.length === 0 ? (
          <p className="text-sm text-slate-600">{t('history.empty')}</p>
        ) : (
          // Scrolls sideways on a phone: focusable (with a name) so the keyboard can scroll it too.
          <section
            aria-label={t('history.title')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            tabIndex={0}
            className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t('history.title')}</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('history.date')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('history.file')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('history.status')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t('history.rows')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {jobs.data.items.map((job) => (
                  <tr key={job.id}>
                    <td className="px-3 py-1.5">
                      {format.dateTime(new Date(job.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
                    </td>
                    <td className="px-3 py-1.5">{job.fileName}</td>
                    <td className="px-3 py-1.5">{t(`history.statuses.${job.status}`)}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">
                      {job.processedRows} / {job.totalRows}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </section>
    </div>
  );
}
