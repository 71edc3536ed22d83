'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { login } from './actions';

export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(login, null);
  const error = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      {next ? <input type="hidden" name="volgende" value={next} /> : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state?.email ?? ''}
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
      </div>
      {error ? <ErrorMessage code={error.code} /> : null}
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
