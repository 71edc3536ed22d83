'use client';

import type { TImportJob, TImportPreview } from '@teamspiegel/domain/api/imports';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { importJobAction, previewImportAction, startImportAction } from './actions';
import { ErrorTable, JobReport, Summary } from './import-results';
import { canImport } from './view-model';

type Step = { kind: 'idle' } | { kind: 'preview'; preview: TImportPreview } | { kind: 'job'; jobId: string };

/** Upload → preview (errors per row and column, summary) → import job with a progress bar → report. */
export function ImportWizard() {
  const t = useTranslations('import');
  const inputId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (mode: 'preview' | 'import') => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    setError(null);
    startTransition(async () => {
      if (mode === 'preview') {
        const result = await previewImportAction(data);
        if (result.ok && result.data) setStep({ kind: 'preview', preview: result.data });
        else if (!result.ok) setError(result.code);
      } else {
        const result = await startImportAction(data);
        if (result.ok && result.data) setStep({ kind: 'job', jobId: result.data.jobId });
        else if (!result.ok) setError(result.code);
      }
    });
  };

  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
        onSubmit={(event) => {
          event.preventDefault();
          submit('preview');
        }}
      >
        <h2 className="text-lg font-semibold">{t('upload.title')}</h2>
        <p className="mt-1 text-sm text-slate-600">{t('upload.help')}</p>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={inputId} className="block text-sm font-medium">
              {t('upload.label')}
            </label>
            <input
              id={inputId}
              name="file"
              type="file"
              required
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              className="mt-1 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-brand-700"
              onChange={() => {
                setStep({ kind: 'idle' });
                setError(null);
              }}
              disabled={step.kind === 'job'}
            />
          </div>
          <button
            type="submit"
            disabled={pending || step.kind === 'job'}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-50"
          >
            {pending && step.kind === 'idle' ? t('upload.checking') : t('upload.check')}
          </button>
        </div>
        {error ? <WizardError code={error} /> : null}
      </form>

      {step.kind === 'preview' ? (
        <PreviewResult preview={step.preview} pending={pending} onImport={() => submit('import')} />
      ) : null}
      {step.kind === 'job' ? <JobProgress jobId={step.jobId} /> : null}
    </div>
  );
}

function WizardError({ code }: { code: string }) {
  const t = useTranslations('import');
  const key = `apiErrors.${code}`;
  return (
    <div className="mt-3">
      {t.has(key) ? (
        <p role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
          {t(key)}
        </p>
      ) : (
        <ErrorMessage code={code} />
      )}
    </div>
  );
}

function PreviewResult({
  preview,
  pending,
  onImport,
}: {
  preview: TImportPreview;
  pending: boolean;
  onImport: () => void;
}) {
  const t = useTranslations('import');
  const clean = canImport(preview);
  return (
    <section
      aria-labelledby="import-preview"
      className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="import-preview" className="text-lg font-semibold">
        {t('preview.title')}
      </h2>
      <p className="text-sm text-slate-700">
        {t('preview.rows', { count: preview.rows, format: preview.format.toUpperCase() })}
        {preview.certificateRows > 0
          ? ` ${t('preview.certificateRows', { count: preview.certificateRows })}`
          : ''}
      </p>
      <Summary summary={preview.summary} />
      {clean ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-covered-soft p-3 text-covered">
          <p className="font-medium">
            <span aria-hidden>✓ </span>
            {t('preview.clean')}
          </p>
          <button
            type="button"
            onClick={onImport}
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-50"
          >
            {pending ? t('preview.starting') : t('preview.import')}
          </button>
        </div>
      ) : (
        <>
          <p role="alert" className="rounded-lg bg-gap-soft p-3 font-medium text-gap">
            <span aria-hidden>✕ </span>
            {t('preview.blocked')}
          </p>
          <ErrorTable errors={preview.errors} total={preview.errorCount} />
        </>
      )}
    </section>
  );
}

/** Polls the job every second (through a Server Action) until it completes or fails. */
function JobProgress({ jobId }: { jobId: string }) {
  const t = useTranslations('import');
  const [job, setJob] = useState<TImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await importJobAction(jobId);
      if (stopped) return;
      if (!result.ok) {
        setError(result.code);
        return;
      }
      if (result.data) setJob(result.data);
      if (result.data && (result.data.status === 'completed' || result.data.status === 'failed')) return;
      timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [jobId]);

  if (error) return <WizardError code={error} />;
  const total = job?.totalRows ?? 0;
  const done = job?.processedRows ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const finished = job?.status === 'completed' || job?.status === 'failed';

  return (
    <section
      aria-labelledby="import-job"
      className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="import-job" className="text-lg font-semibold">
        {t('job.title')}
      </h2>
      {!finished ? (
        <div>
          <label htmlFor={`progress-${jobId}`} className="text-sm text-slate-700">
            {job?.status === 'queued' || !job ? t('job.queued') : t('job.running', { done, total })}
          </label>
          <progress
            id={`progress-${jobId}`}
            max={Math.max(total, 1)}
            value={done}
            className="mt-2 block h-3 w-full overflow-hidden rounded [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:bg-brand-600"
          >
            {percent}%
          </progress>
          <p aria-live="polite" className="sr-only">
            {t('job.percent', { percent })}
          </p>
        </div>
      ) : null}
      {job?.status === 'completed' && job.report ? <JobReport job={job} /> : null}
      {job?.status === 'failed' ? (
        <div className="space-y-3">
          <p role="alert" className="rounded-lg bg-gap-soft p-3 font-medium text-gap">
            <span aria-hidden>✕ </span>
            {job.error === 'validation_failed' ? t('job.failedValidation') : t('job.failed')}
          </p>
          {job.errors.length > 0 ? <ErrorTable errors={job.errors} total={job.errorCount} /> : null}
        </div>
      ) : null}
    </section>
  );
}
