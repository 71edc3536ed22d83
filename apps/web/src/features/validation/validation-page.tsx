import type { TValidationQueueItem } from '@teamspiegel/domain/api/area-levels';
import type { TPage } from '@teamspiegel/domain/api/common';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { apiFetch } from '@/lib/api/client';
import { load } from '@/lib/api/load';
import { areaLabel, formatDate, type Locale, levelLabel } from '@/lib/vocabulary';
import { pageCount } from '../overview/view-model';
import { ValidateForm } from '../person/validate-form';
import { DueReassessments } from '../reassessment/due-reassessments';

const QUEUE_PAGE_SIZE = 20;

/** /validatie: self-assessed levels waiting for a manager's or HR's decision, oldest first. */
export async function ValidationPage({ searchParams }: { searchParams: { pagina?: string } }) {
  const t = await getTranslations('validation');
  const locale = (await getLocale()) as Locale;
  const requested = Number.parseInt(searchParams.pagina ?? '1', 10);
  const page = Number.isFinite(requested) && requested > 0 ? requested : 1;
  const queue = await load(
    apiFetch<TPage<TValidationQueueItem>>('/api/me/validation-queue', {
      query: { page, pageSize: QUEUE_PAGE_SIZE },
    }),
  );

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
      </header>
      {queue.error ? (
        <ProblemState code={queue.error.code} />
      ) : queue.data.total === 0 ? (
        <div data-testid="validation-queue" data-count={0}>
          <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
        </div>
      ) : (
        <QueueList items={queue.data.items} total={queue.data.total} page={page} locale={locale} />
      )}
      <DueReassessments locale={locale} />
    </div>
  );
}

async function QueueList({
  items,
  total,
  page,
  locale,
}: {
  items: TValidationQueueItem[];
  total: number;
  page: number;
  locale: Locale;
}) {
  const t = await getTranslations('validation');
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title" className="mb-2 text-sm font-normal text-slate-600" aria-live="polite">
        {t('count', { count: total })}
      </h2>
      <ul data-testid="validation-queue" data-count={total} className="space-y-3">
        {items.map((item) => {
          const name = `${item.employee.firstName} ${item.employee.lastName}`;
          const before = item.previousLevel;
          return (
            <li
              key={item.id}
              data-testid={`queue-item-${item.id}`}
              className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <Link
                    href={`/mensen/${item.employeeId}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {name}
                  </Link>{' '}
                  <span className="font-normal text-slate-700">· {areaLabel(item.area, locale)}</span>
                </h3>
                <p className="text-sm text-slate-600">
                  {t('since', { date: formatDate(item.validFrom, locale) })}
                </p>
              </div>
              <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt className="text-slate-600">{t('previous')}:</dt>
                  <dd className="font-medium">{before ? levelLabel(before, locale) : t('none')}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-slate-600">{t('proposed')}:</dt>
                  <dd className="font-medium">
                    {before ? <span aria-hidden>→ </span> : null}
                    {levelLabel(item.level, locale)}
                  </dd>
                </div>
              </dl>
              {item.comment ? <p className="mt-1 text-sm text-slate-700 italic">“{item.comment}”</p> : null}
              <div className="mt-3">
                <ValidateForm
                  areaLevelId={item.id}
                  employeeId={item.employeeId}
                  proposed={item.level}
                  context={`${areaLabel(item.area, locale)} — ${name}`}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <Pagination path="/validatie" page={page} pages={pageCount(total, QUEUE_PAGE_SIZE)} className="mt-4" />
    </section>
  );
}
