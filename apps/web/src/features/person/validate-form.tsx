'use client';

import { LEVELS, type LevelId, label } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { validateLevel } from './actions';

/**
 * Approve a self-assessed level as it is, or adjust it (other level + comment). Works as a plain
 * form; the result is announced in a live region.
 */
export function ValidateForm({
  areaLevelId,
  employeeId,
  proposed,
  context,
}: {
  areaLevelId: string;
  employeeId: string;
  proposed: LevelId;
  /** e.g. "Pedagogiek, Femke Mulder": appended (visually hidden) to the button names. */
  context: string;
}) {
  const t = useTranslations('person.validate');
  const locale = useLocale() as 'nl' | 'en';
  const [state, action, pending] = useActionState(validateLevel, null);
  const uid = useId();
  const error = state && !state.ok ? state : null;
  const fieldErrors = error?.fieldErrors ?? {};
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-covered-soft px-3 py-2 text-sm text-covered">
        ✓ {t('done')}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-2 text-sm">
      <input type="hidden" name="areaLevelId" value={areaLevelId} />
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor={`${uid}-comment`} className="block font-medium text-slate-800">
            {t('comment')}
          </label>
          <input
            id={`${uid}-comment`}
            name="comment"
            maxLength={2000}
            aria-invalid={fieldErrors.comment ? true : undefined}
            aria-describedby={fieldErrors.comment ? `${uid}-comment-error` : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </div>
        <div>
          <label htmlFor={`${uid}-level`} className="block font-medium text-slate-800">
            {t('level')}
          </label>
          <select
            id={`${uid}-level`}
            name="level"
            defaultValue={proposed}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5"
          >
            {LEVELS.map((level) => (
              <option key={level.id} value={level.id}>
                {label(level, locale)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          className="rounded-md bg-covered px-3 py-1.5 font-semibold text-white hover:opacity-90 disabled:opacity-60"
        >
          {t('approve')}
          <span className="sr-only">: {context}</span>
        </button>
        <button
          type="submit"
          name="decision"
          value="adjust"
          disabled={pending}
          className="rounded-md px-3 py-1.5 font-semibold text-brand-700 ring-1 ring-brand-600 hover:bg-brand-50 disabled:opacity-60"
        >
          {t('adjust')}
          <span className="sr-only">: {context}</span>
        </button>
      </div>
      {fieldErrors.comment ? (
        <p id={`${uid}-comment-error`} className="text-sm text-gap">
          {t('commentRequired')}
        </p>
      ) : null}
      {pending ? (
        <p role="status" className="text-slate-600">
          {t('saving')}
        </p>
      ) : null}
      {error && !fieldErrors.comment ? <ErrorMessage code={error.code} /> : null}
    </form>
  );
}
