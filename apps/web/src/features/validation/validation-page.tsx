import { AREAS, label } from '@teamspiegel/domain';
import type { TValidationQueueItem } from '@teamspiegel/domain/api/area-levels';
import type { TPage } from '@teamspiegel/domain/api/common';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { SelectField } from '@/components/select-field';
import { apiFetch } from '@/lib/api/client';
import { load } from '@/lib/api/load';
import { isUuid, parsePage } from '@/lib/params';
import { areaLabel, formatDate, isArea, type Locale, levelLabel } from '@/lib/vocabulary';
import { pageCount } from '../overview/view-model';
import { listTeams } from '../people/api';
import { ValidateForm } from '../person/validate-form';
import { DueReassessments } from '../reassessment/due-reassessments';
import { BulkApproveBar } from './bulk-approve-bar';
import { ImpactList } from './impact-list';

const QUEUE_PAGE_SIZE = 20;
const BULK_FORM = 'bulk-approve';

export type ValidationSearchParams = { pagina?: string; team?: string; gebied?: string };

/** /validatie: self-assessed levels waiting for a manager's or HR's decision, oldest first. */
export async function ValidationPage({ searchParams }: { searchParams: ValidationSearchParams }) {
  const t = await getTranslations('validation');
  const locale = (await getLocale()) as Locale;
  const page = parsePage(searchParams.pagina);
  const teamId = isUuid(searchParams.team) ? searchParams.team : undefined;
  const area = isArea(searchParams.gebied) ? searchParams.gebied : undefined;
  const [queue, teams] = await Promise.all([
    load(
      apiFetch<TPage<TValidationQueueItem>>('/api/me/validation-queue', {
        query: { page, pageSize: QUEUE_PAGE_SIZE, teamId, area },
      }),
    ),
    load(listTeams()),
  ]);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
      </header>
      <QueueFilters
        teams={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
        teamId={teamId}
        area={area}
        locale={locale}
      />
      {queue.error ? (
        <ProblemState code={queue.error.code} />
      ) : queue.data.total === 0 ? (
        <div data-testid="validation-queue" data-count={0}>
          <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
        </div>
      ) : (
        <QueueList
          items={queue.data.items}
          total={queue.data.total}
          page={page}
          params={{ team: teamId, gebied: area }}
          locale={locale}
        />
      )}
      <DueReassessments locale={locale} />
    </div>
  );
}

async function QueueFilters({
  teams,
  teamId,
  area,
  locale,
}: {
  teams: { value: string; label: string }[];
  teamId?: string;
  area?: string;
  locale: Locale;
}) {
  const t = await getTranslations('validationQueue');
  const tc = await getTranslations('common');
  return (
    <form
      method="get"
      aria-label={t('filtersLabel')}
      className="no-print flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <SelectField
        id="team"
        name="team"
        label={t('team')}
        defaultValue={teamId ?? ''}
        allLabel={tc('all')}
        options={teams}
      />
      <SelectField
        id="gebied"
        name="gebied"
        label={t('area')}
        defaultValue={area ?? ''}
        allLabel={tc('all')}
        options={AREAS.map((item) => ({ value: item.id, label: label(item, locale) }))}
      />
      <button
        type="submit"
        className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
      >
        {t('filter')}
      </button>
    </form>
  );
}

async function QueueList({
  items,
  total,
  page,
  params,
  locale,
}: {
  items: TValidationQueueItem[];
  total: number;
  page: number;
  params: Record<string, string | undefined>;
  locale: Locale;
}) {
  const t = await getTranslations('validation');
  const tQueue = await getTranslations('validationQueue');
  return (
    <section aria-labelledby="queue-title" className="space-y-3">
      <h2 id="queue-title" className="text-sm font-normal text-slate-600" aria-live="polite">
        {t('count', { count: total })}
      </h2>
      <BulkApproveBar formId={BULK_FORM} />
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
                <div className="flex items-center gap-3">
                  <input
                    type="checkbox"
                    name="ids"
                    value={item.id}
                    form={BULK_FORM}
                    className="size-5"
                    aria-label={tQueue('select', { name, area: areaLabel(item.area, locale) })}
                  />
                  <h3 className="font-semibold">
                    <Link
                      href={`/mensen/${item.employeeId}`}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {name}
                    </Link>{' '}
                    <span className="font-normal text-slate-700">· {areaLabel(item.area, locale)}</span>
                  </h3>
                </div>
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
              <ImpactList items={item.impact} locale={locale} />
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
      <Pagination
        path="/validatie"
        params={params}
        page={page}
        pages={pageCount(total, QUEUE_PAGE_SIZE)}
        className="mt-4"
      />
    </section>
  );
}
