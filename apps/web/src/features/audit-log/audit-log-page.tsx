import type { TAuditEvent } from '@teamspiegel/domain/api/audit-events';
import type { TPage } from '@teamspiegel/domain/api/common';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { apiFetch } from '@/lib/api/client';
import { load } from '@/lib/api/load';
import {
  type AuditFilters,
  apiQuery,
  changedFields,
  filtersHref,
  isValidDate,
  parseFilters,
} from './view-model';

/** Entities and actions the API writes (keys of admin.json `audit.entities` / `audit.actions`). */
const ENTITIES = [
  'Ambition',
  'AreaLevel',
  'CompetencyRating',
  'DevelopmentAction',
  'Employee',
  'Invitation',
  'Organisation',
  'OrganisationMember',
  'RoleAssignment',
  'RoleDefinition',
  'Site',
  'SurroundingsContact',
  'Team',
  'TeamMembership',
  'TeamRequirement',
  'User',
] as const;
const ACTIONS = [
  'create',
  'update',
  'delete',
  'self_assess',
  'set_validated',
  'validate_approve',
  'validate_adjust',
  'close',
  'profile_update',
  'replace_requirements',
  'revoke',
  'resend',
  'accept',
] as const;

const inputClass = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 shadow-sm';

/** The audit log for HR and board: filters in the URL (a plain GET form), newest first, paginated. */
export async function AuditLogPage({
  searchParams,
}: {
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations('audit');
  const filters = parseFilters(searchParams);

  const heading = (
    <header className="space-y-1">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
    </header>
  );
  const result = await load(apiFetch<TPage<TAuditEvent>>('/api/audit-events', { query: apiQuery(filters) }));
  const invalidDates = [filters.from, filters.to].filter((value) => value && !isValidDate(value));
  const filtered = Boolean(filters.entity || filters.action || filters.from || filters.to);

  return (
    <div className="space-y-6">
      {heading}
      <FilterForm filters={filters} />
      {invalidDates.map((value) => (
        <p key={value} role="status" className="rounded-md bg-spof-soft px-3 py-2 text-sm text-spof">
          {t('invalidDate', { value })}
        </p>
      ))}
      {result.error ? (
        <ProblemState code={result.error.code} />
      ) : result.data.items.length === 0 ? (
        <EmptyState title={filtered ? t('emptyFiltered') : t('empty')}>
          {filtered ? (
            <Link href="/logboek" className="font-medium text-brand-700 underline">
              {t('reset')}
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <AuditTable page={result.data} filters={filters} />
      )}
    </div>
  );
}

async function FilterForm({ filters }: { filters: AuditFilters }) {
  const t = await getTranslations('audit');
  const entityLabel = (entity: string) => (t.has(`entities.${entity}`) ? t(`entities.${entity}`) : entity);
  const actionLabel = (action: string) => {
    const key = `actions.${action.replace(/\./g, '_')}`;
    return t.has(key) ? t(key) : action;
  };
  return (
    <search aria-label={t('filters')} className="no-print block">
      <form
        method="get"
        action="/logboek"
        className=" grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto]"
      >
        <div>
          <label htmlFor="audit-entity" className="block text-sm font-medium">
            {t('entity')}
          </label>
          <select id="audit-entity" name="onderdeel" defaultValue={filters.entity} className={inputClass}>
            <option value="">{t('any')}</option>
            {ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {entityLabel(entity)}
              </option>
            ))}
            {filters.entity && !(ENTITIES as readonly string[]).includes(filters.entity) ? (
              <option value={filters.entity}>{entityLabel(filters.entity)}</option>
            ) : null}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className="block text-sm font-medium">
            {t('action')}
          </label>
          <select id="audit-action" name="handeling" defaultValue={filters.action} className={inputClass}>
            <option value="">{t('any')}</option>
            {ACTIONS.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
            {filters.action && !(ACTIONS as readonly string[]).includes(filters.action) ? (
              <option value={filters.action}>{actionLabel(filters.action)}</option>
            ) : null}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm font-medium">
            {t('from')}
          </label>
          <input id="audit-from" name="van" type="date" defaultValue={filters.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-medium">
            {t('to')}
          </label>
          <input id="audit-to" name="tot" type="date" defaultValue={filters.to} className={inputClass} />
        </div>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {t('apply')}
          </button>
          <Link
            href="/logboek"
            className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {t('reset')}
          </Link>
        </div>
      </form>
    </search>
  );
}

async function AuditTable({ page, filters }: { page: TPage<TAuditEvent>; filters: AuditFilters }) {
  const t = await getTranslations('audit');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const entityLabel = (entity: string) => (t.has(`entities.${entity}`) ? t(`entities.${entity}`) : entity);
  const actionLabel = (action: string) => {
    const key = `actions.${action.replace(/\./g, '_')}`;
    return t.has(key) ? t(key) : action;
  };
  const show = (value: unknown) => {
    if (value === null || value === undefined || value === '') return t('emptyValue');
    if (value === '[redacted]') return t('redacted');
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  };

  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table data-testid="audit-table" className="w-full text-left text-sm">
          <caption className="sr-only">
            {t('tableCaption', { page: page.page, pages, total: page.total })}
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('time')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('who')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('what')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('details')}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((event) => {
              const changes = changedFields(event.before, event.after);
              return (
                <tr key={event.id} className="border-t border-slate-200 align-top">
                  <td className="whitespace-nowrap px-3 py-2">
                    <time dateTime={event.createdAt}>
                      {format.dateTime(new Date(event.createdAt), {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </time>
                  </td>
                  <td className="px-3 py-2">
                    {event.actor ? (
                      <>
                        <span className="block font-medium">{event.actor.name}</span>
                        <span className="block text-slate-600">{event.actor.email}</span>
                      </>
                    ) : (
                      <span className="text-slate-600">{t('system')}</span>
                    )}
                  </td>
                  <th scope="row" className="px-3 py-2 font-normal">
                    <span className="font-medium">{entityLabel(event.entity)}</span>{' '}
                    {actionLabel(event.action)}
                  </th>
                  <td className="px-3 py-2">
                    {changes.length === 0 ? (
                      <span className="text-slate-600">{t('changes', { count: 0 })}</span>
                    ) : (
                      <details>
                        <summary className="cursor-pointer font-medium text-brand-700">
                          {t('changes', { count: changes.length })}
                        </summary>
                        <table className="mt-2 w-full min-w-[24rem] border border-slate-200 text-xs">
                          <caption className="sr-only">{t('diffCaption')}</caption>
                          <thead className="bg-slate-50">
                            <tr>
                              <th scope="col" className="px-2 py-1">
                                {t('field')}
                              </th>
                              <th scope="col" className="px-2 py-1">
                                {t('before')}
                              </th>
                              <th scope="col" className="px-2 py-1">
                                {t('after')}
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {changes.map((change) => (
                              <tr key={change.field} className="border-t border-slate-100 align-top">
                                <th scope="row" className="px-2 py-1 font-mono font-normal">
                                  {change.field}
                                </th>
                                <td className="break-all px-2 py-1 text-gap">
                                  <span className="sr-only">{t('before')}: </span>
                                  {show(change.before)}
                                </td>
                                <td className="break-all px-2 py-1 text-covered">
                                  <span className="sr-only">{t('after')}: </span>
                                  {show(change.after)}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="no-print flex items-center justify-between gap-4 text-sm">
        <p>{tc('results', { count: page.total })}</p>
        <Pagination
          href={(target) => filtersHref(filters, target)}
          page={page.page}
          pages={pages}
          label={t('pagination')}
        />
      </div>
    </div>
  );
}
