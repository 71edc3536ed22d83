'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { acceptInvitation } from './actions';

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 shadow-sm aria-[invalid=true]:border-gap';

/** The field-level messages the action returns are message keys of the `invitation` namespace. */
export function AcceptInvitationForm({
  token,
  name,
  accountExists,
}: {
  token: string;
  name: string;
  accountExists: boolean;
}) {
  const t = useTranslations('invitation');
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(acceptInvitation, null);
  const failure = state && !state.ok ? state : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const fieldMessage = (field: string) => {
    const key = fieldErrors[field];
    if (!key) return null;
    // Our own checks return message keys; the API's zod messages are English, so translate by field.
    const text = t.has(key)
      ? t(key)
      : field === 'password'
        ? t('passwordTooShort')
        : field === 'name'
          ? t('nameInvalid')
          : key;
    return (
      <p id={`${field}-error`} className="mt-1 text-sm font-medium text-gap">
        {text}
      </p>
    );
  };
  const fieldCodes = new Set(['validation_failed']);
  return (
    <form action={action} className="space-y-4" noValidate data-testid="invitation-form">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="accountExists" value={String(accountExists)} />
      {accountExists ? null : (
        <div>
          <label htmlFor="name" className="block text-sm font-medium text-slate-800">
            {t('nameLabel')}
          </label>
          <p id="name-help" className="text-sm text-slate-600">
            {t('nameHelp')}
          </p>
          <input
            id="name"
            name="name"
            defaultValue={name}
            autoComplete="name"
            maxLength={200}
            aria-describedby={fieldErrors.name ? 'name-help name-error' : 'name-help'}
            aria-invalid={Boolean(fieldErrors.name) || undefined}
            className={inputClass}
          />
          {fieldMessage('name')}
        </div>
      )}
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {accountExists ? t('currentPassword') : t('password')}
        </label>
        {accountExists ? null : (
          <p id="password-help" className="text-sm text-slate-600">
            {t('passwordHelp')}
          </p>
        )}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={accountExists ? 'current-password' : 'new-password'}
          required
          minLength={10}
          aria-describedby={
            [accountExists ? null : 'password-help', fieldErrors.password ? 'password-error' : null]
              .filter(Boolean)
              .join(' ') || undefined
          }
          aria-invalid={Boolean(fieldErrors.password) || undefined}
          className={inputClass}
        />
        {fieldMessage('password')}
      </div>
      {accountExists ? null : (
        <div>
          <label htmlFor="confirm" className="block text-sm font-medium text-slate-800">
            {t('confirm')}
          </label>
          <input
            id="confirm"
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            aria-describedby={fieldErrors.confirm ? 'confirm-error' : undefined}
            aria-invalid={Boolean(fieldErrors.confirm) || undefined}
            className={inputClass}
          />
          {fieldMessage('confirm')}
        </div>
      )}
      {failure && !(fieldCodes.has(failure.code) && Object.keys(fieldErrors).length > 0) ? (
        <ErrorMessage code={failure.code} />
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
