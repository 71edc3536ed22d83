'use client';

import { useTranslations } from 'next-intl';
import { ErrorMessage } from '@/components/error-message';
import { buttonClass, primaryClass } from './editor-styles';

/** The sticky save bar (state, line total, live status) and the problem of a failed save. */
export function SaveBar({
  onSave,
  pending,
  dirty,
  lineCount,
  status,
  errorCode,
}: {
  onSave: () => void;
  pending: boolean;
  dirty: boolean;
  lineCount: number;
  status: string;
  errorCode: string | null;
}) {
  const t = useTranslations('requirementsEditor');
  return (
    <>
      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
        <button type="button" className={primaryClass} onClick={onSave} disabled={pending || !dirty}>
          {pending ? t('saving') : t('save')}
        </button>
        <span className="text-sm text-slate-600">
          {dirty ? t('unsaved') : t('upToDate')} · {t('lineTotal', { count: lineCount })}
        </span>
        <span
          role="status"
          aria-live="polite"
          className="text-sm font-medium text-covered"
          data-testid="editor-status"
        >
          {status}
        </span>
      </div>
      {errorCode ? (
        <div className="space-y-2" data-testid="editor-error" data-code={errorCode}>
          <ErrorMessage code={errorCode} />
          {errorCode === 'precondition_failed' ? (
            <button type="button" className={buttonClass} onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
