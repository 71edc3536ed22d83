'use client';

import type { DevelopmentStatus as TDevelopmentStatus } from '@teamspiegel/domain';
import { DEVELOPMENT_STATUS_TRANSITIONS } from '@teamspiegel/domain/api/development-actions';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { changeStatus } from './actions';

/** Only the transitions the API allows, each as a button. */
export function StatusButtons({
  id,
  status,
  version,
  title,
}: {
  id: string;
  status: TDevelopmentStatus;
  version: number;
  title: string;
}) {
  const t = useTranslations('development.transition');
  const [state, action, pending] = useActionState(changeStatus, null);
  const next = DEVELOPMENT_STATUS_TRANSITIONS[status];
  if (next.length === 0) return null;
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="from" value={status} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-2">
        {next.map((to) => (
          <button
            key={to}
            type="submit"
            name="to"
            value={to}
            disabled={pending}
            className={
              to === 'cancelled'
                ? 'rounded px-2 py-1 text-xs font-medium text-gap ring-1 ring-gap hover:bg-gap-soft disabled:opacity-60'
                : 'rounded bg-brand-700 px-2 py-1 text-xs font-semibold text-white hover:bg-brand-900 disabled:opacity-60'
            }
          >
            {t(to)}
            <span className="sr-only">: {title}</span>
          </button>
        ))}
      </div>
      {state && !state.ok ? (
        <div className="mt-1">
          <ErrorMessage code={state.code} />
        </div>
      ) : null}
    </form>
  );
}
