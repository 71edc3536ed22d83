'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { exportJobStatus, startExport } from './actions';
import { type ExportJobView, keepPolling, viewOf } from './export-job-state';

const POLL_MS = 1_000;

type Props = {
  /** The export to make (without locale: the action adds the user's language). */
  request: Record<string, string>;
  label: string;
  className?: string;
};

/**
 * An export made by a job, for large organisations: the button starts it, a progress bar follows
 * it, and a download link appears when the file is ready (the file is kept for a day).
 */
export function ExportJobButton({ request, label, className }: Props) {
  const t = useTranslations('export.job');
  const progressId = useId();
  const [jobId, setJobId] = useState<string | null>(null);
  const [view, setView] = useState<ExportJobView>({ step: 'idle' });

  useEffect(() => {
    if (!jobId || !keepPolling(view)) return;
    const timer = setTimeout(async () => {
      const result = await exportJobStatus(jobId);
      setView(viewOf(result));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [jobId, view]);

  const start = async () => {
    setView({ step: 'working', percent: 0 });
    const result = await startExport(request);
    if (result.ok && result.data) setJobId(result.data.id);
    setView(viewOf(result));
  };

  if (view.step === 'working') {
    return (
      <span className={`inline-flex items-center gap-2 text-sm text-slate-700 ${className ?? ''}`}>
        <label htmlFor={progressId}>{t('working', { label })}</label>
        <progress
          id={progressId}
          max={100}
          value={view.percent}
          className="h-2 w-24 overflow-hidden rounded [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:bg-brand-600"
        >
          {view.percent}%
        </progress>
        <span aria-live="polite" className="sr-only">
          {t('percent', { percent: view.percent })}
        </span>
      </span>
    );
  }
  if (view.step === 'ready') {
    return (
      <a href={view.href} download={view.fileName} className={className} data-testid="export-job-ready">
        {t('ready', { label })}
      </a>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={start} className={className}>
        {label}
      </button>
      {view.step === 'failed' ? (
        <span role="alert" className="text-sm font-medium text-gap">
          {t('failed')}
        </span>
      ) : null}
    </span>
  );
}
