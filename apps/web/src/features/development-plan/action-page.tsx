import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { isUuid } from '@/lib/params';
import { getSession } from '@/lib/session';
import { actionStatusLabel, actionTypeLabel, formatDate, type Locale } from '@/lib/vocabulary';
import { centsToInput } from './action-form-model';
import { ActionHistory } from './action-history';
import { getAction, getActionHistory } from './api';
import { EditActionForm } from './edit-action-form';

/** /ontwikkelplan/acties/[id]: one action — its details, the edit form (hr) and its history. */
export async function ActionPage({ id }: { id: string }) {
  if (!isUuid(id)) notFound();
  const [t, locale, session] = await Promise.all([
    getTranslations('planTool'),
    getLocale() as Promise<Locale>,
    getSession(),
  ]);
  const [action, history] = await Promise.all([load(getAction(id)), load(getActionHistory(id))]);
  if (action.error) return <ProblemState code={action.error.code} />;
  const item = action.data;
  const canEdit = can(session.role, 'development.manage');
  return (
    <div className="space-y-6">
      <p className="no-print">
        <Link href="/ontwikkelplan" className="font-medium text-brand-700 underline underline-offset-2">
          ← {t('action.back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{item.title}</h1>
        <p className="mt-1 text-slate-700">
          {actionTypeLabel(item.type, locale)} · {actionStatusLabel(item.status, locale)}
          {item.employeeName ? ` · ${item.employeeName}` : ''}
        </p>
        {item.overdue ? (
          <p className="mt-2 font-semibold text-gap" data-testid="overdue">
            <span aria-hidden>⚠ </span>
            {t('overdueSince', { date: formatDate(item.expectedEndDate, locale) })}
          </p>
        ) : null}
      </header>
      <section
        aria-labelledby="edit-title"
        className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
      >
        <h2 id="edit-title" className="mb-3 text-lg font-semibold">
          {t('action.edit')}
        </h2>
        {canEdit ? (
          <EditActionForm
            id={item.id}
            version={item.version}
            status={item.status}
            initial={{
              provider: item.provider ?? '',
              cost: centsToInput(item.costCents, locale),
              startDate: item.startDate ?? '',
              expectedEndDate: item.expectedEndDate ?? '',
              notes: item.notes ?? '',
            }}
          />
        ) : (
          <p className="text-slate-700">{t('action.readOnly')}</p>
        )}
      </section>
      {history.error ? (
        <ProblemState code={history.error.code} />
      ) : (
        <ActionHistory items={history.data.items} locale={locale} />
      )}
    </div>
  );
}
