'use client';

import type { TImportJob, TImportPreview, TImportRowError } from '@teamspiegel/domain/api/imports';
import { useLocale, useTranslations } from 'next-intl';
import { errorKey, reportFigures, summaryFigures } from './view-model';

/** The preview's figures, its error table and the finished job's report. */
export function Summary({ summary }: { summary: TImportPreview['summary'] }) {
  const t = useTranslations('import');
  const items = summaryFigures(summary);
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map(([key, value]) => (
        <div key={key} className="rounded-lg bg-slate-50 p-3">
          <dt className="text-xs text-slate-600">{t(`summary.${key}`)}</dt>
          <dd className="text-xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ErrorTable({ errors, total }: { errors: TImportRowError[]; total: number }) {
  const t = useTranslations('import');
  const locale = useLocale();
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="mb-2 text-left font-medium text-gap">
          {t('errors.caption', { count: total })}
          {total > errors.length ? ` ${t('errors.truncated', { shown: errors.length })}` : ''}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('errors.sheet')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('errors.row')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('errors.column')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('errors.message')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((error) => (
            <tr key={errorKey(error)}>
              <td className="px-3 py-1.5">{t(`errors.sheets.${error.sheet}`)}</td>
              <td className="px-3 py-1.5 tabular-nums">{error.row}</td>
              <td className="px-3 py-1.5">{error.column ?? '—'}</td>
              <td className="px-3 py-1.5">{locale === 'en' ? error.message_en : error.message_nl}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function JobReport({ job }: { job: TImportJob }) {
  const t = useTranslations('import');
  const report = job.report;
  if (!report) return null;
  const items = reportFigures(report);
  return (
    <div className="space-y-3" role="status">
      <p className="rounded-lg bg-covered-soft p-3 font-medium text-covered">
        <span aria-hidden>✓ </span>
        {t('job.completed', { rows: job.totalRows, seconds: (report.durationMs / 1000).toFixed(1) })}
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {items.map(([key, value]) => (
          <div key={key} className="rounded-lg bg-slate-50 p-3">
            <dt className="text-xs text-slate-600">{t(`report.${key}`)}</dt>
            <dd className="text-xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
