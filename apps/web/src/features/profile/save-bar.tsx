import { useTranslations } from 'next-intl';
import { ErrorMessage } from '@/components/error-message';

type Props = {
  failure: { status?: number; code: string } | null;
  hasErrors: boolean;
  pending: boolean;
  dirty: boolean;
};

/** The sticky bar under the form: what went wrong, save, and whether there are unsaved changes. */
export function SaveBar({ failure, hasErrors, pending, dirty }: Props) {
  const t = useTranslations('profile');
  return (
    <div className="sticky bottom-0 z-10 -mx-4 space-y-3 border-t border-slate-200 bg-white px-4 py-4 shadow-[0_-4px_8px_rgba(15,23,42,0.06)] print:hidden">
      {failure?.status === 412 ? (
        <div role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
          <p>{t('conflict')}</p>
          <a href="/profiel" className="mt-1 inline-block font-semibold underline">
            {t('reload')}
          </a>
        </div>
      ) : hasErrors ? (
        <p role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
          {t('fieldErrors.summary')}
        </p>
      ) : failure ? (
        <ErrorMessage code={failure.code} />
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? t('saving') : t('save')}
        </button>
        {dirty ? (
          <p className="text-sm text-slate-700" aria-live="polite">
            <span aria-hidden>●</span> {t('unsaved')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
