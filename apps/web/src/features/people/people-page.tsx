import { AREAS, LEVELS, label } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { SelectField } from '@/components/select-field';
import { MiniTShape } from '@/components/t-shape';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { isUuid } from '@/lib/params';
import { getSession } from '@/lib/session';
import { areaLabel, formatFte, isArea, isLevel, type Locale } from '@/lib/vocabulary';
import { pageCount } from '../overview/view-model';
import {
  listEmployees,
  listRoleDefinitions,
  listSites,
  listTeams,
  PEOPLE_PAGE_SIZE,
  type PeopleFilters,
} from './api';
import { SearchedLevel } from './searched-level';

export type PeopleSearchParams = {
  zoek?: string;
  team?: string;
  locatie?: string;
  actief?: string;
  rol?: string;
  gebied?: string;
  niveau?: string;
  pagina?: string;
};

function filtersFrom(params: PeopleSearchParams): PeopleFilters {
  const area = isArea(params.gebied) ? params.gebied : undefined;
  const page = Number.parseInt(params.pagina ?? '1', 10);
  return {
    q: params.zoek?.trim() || undefined,
    teamId: params.team && isUuid(params.team) ? params.team : undefined,
    siteId: params.locatie && isUuid(params.locatie) ? params.locatie : undefined,
    // Default: active people only; "alle" shows everyone.
    active: params.actief === 'alle' ? undefined : params.actief === 'nee' ? 'false' : 'true',
    roleDefinitionId: params.rol && isUuid(params.rol) ? params.rol : undefined,
    area,
    minLevel: area && isLevel(params.niveau) ? params.niveau : undefined,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm';

/** /mensen: search and filter people; each row shows a mini T-shape and links to the person. */
export async function PeoplePage({ searchParams }: { searchParams: PeopleSearchParams }) {
  const t = await getTranslations('people');
  const tc = await getTranslations('common');
  const ta = await getTranslations('peopleAdmin');
  const locale = (await getLocale()) as Locale;
  const filters = filtersFrom(searchParams);
  const [people, teams, sites, roles, session] = await Promise.all([
    load(listEmployees(filters)),
    load(listTeams()),
    load(listSites()),
    load(listRoleDefinitions()),
    getSession(),
  ]);
  const manages = can(session.role, 'people.manage');
  const searchedArea = isArea(filters.area) ? filters.area : undefined;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-1 text-slate-600">{t('intro')}</p>
        </div>
        {manages ? (
          <Link
            href="/beheer/mensen"
            className="no-print rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
          >
            {ta('newPerson')}
          </Link>
        ) : null}
      </header>

      <search>
        <form
          method="get"
          className="no-print grid gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-6"
          aria-label={t('filtersLabel')}
        >
          <div className="lg:col-span-2">
            <label htmlFor="zoek" className="block text-sm font-medium text-slate-800">
              {t('search')}
            </label>
            <input
              id="zoek"
              name="zoek"
              type="search"
              defaultValue={searchParams.zoek ?? ''}
              placeholder={t('searchPlaceholder')}
              className={inputClass}
            />
          </div>
          <SelectField
            id="team"
            name="team"
            label={t('team')}
            defaultValue={filters.teamId ?? ''}
            allLabel={tc('all')}
            options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
          />
          <SelectField
            id="locatie"
            name="locatie"
            label={t('site')}
            defaultValue={filters.siteId ?? ''}
            allLabel={tc('all')}
            options={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
          />
          <SelectField
            id="actief"
            name="actief"
            label={t('active')}
            defaultValue={searchParams.actief ?? 'ja'}
            options={[
              { value: 'ja', label: t('activeOnly') },
              { value: 'nee', label: t('inactiveOnly') },
              { value: 'alle', label: t('activeAll') },
            ]}
          />
          <SelectField
            id="rol"
            name="rol"
            label={ta('filters.role')}
            defaultValue={filters.roleDefinitionId ?? ''}
            allLabel={ta('filters.anyRole')}
            options={(roles.data?.items ?? []).map((role) => ({
              value: role.id,
              label: locale === 'en' ? role.labelEn : role.labelNl,
            }))}
          />
          <fieldset className="sm:col-span-2 lg:col-span-6">
            <legend className="text-sm font-medium text-slate-800">{t('expertiseLegend')}</legend>
            <div className="mt-1 flex flex-wrap items-end gap-3 text-sm">
              <SelectField
                id="gebied"
                name="gebied"
                label={t('area')}
                labelClassName="block text-slate-700"
                defaultValue={filters.area ?? ''}
                allLabel={t('anyArea')}
                options={AREAS.map((area) => ({ value: area.id, label: label(area, locale) }))}
              />
              <SelectField
                id="niveau"
                name="niveau"
                label={t('minLevel')}
                labelClassName="block text-slate-700"
                defaultValue={filters.minLevel ?? ''}
                allLabel={t('anyLevel')}
                options={LEVELS.map((level) => ({
                  value: level.id,
                  label: t('levelOrHigher', { level: label(level, locale) }),
                }))}
              />
              <button
                type="submit"
                className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
              >
                {tc('search')}
              </button>
              <Link
                href="/mensen"
                className="rounded-md px-3 py-2 font-medium text-brand-700 hover:bg-brand-50"
              >
                {t('reset')}
              </Link>
            </div>
          </fieldset>
        </form>
      </search>

      {people.error ? (
        <ProblemState code={people.error.code} />
      ) : people.data.total === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <section aria-labelledby="people-results">
          <h2 id="people-results" className="sr-only">
            {t('results')}
          </h2>
          <p className="mb-2 text-sm text-slate-600" aria-live="polite">
            {tc('results', { count: people.data.total })}
          </p>
          <div className="relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table data-testid="people-table" className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('tableCaption')}</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t('colName')}
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t('colJobTitle')}
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t('colTeams')}
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-semibold">
                    {t('colFte')}
                  </th>
                  {searchedArea ? (
                    <th scope="col" className="px-4 py-2 font-semibold">
                      {ta('searchedLevel', { area: areaLabel(searchedArea, locale) })}
                    </th>
                  ) : null}
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t('colProfile')}
                  </th>
                  {manages ? (
                    <th scope="col" className="px-4 py-2 font-semibold">
                      <span className="sr-only">{ta('manage')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {people.data.items.map((person) => (
                  <tr key={person.id} data-testid={`person-${person.id}`} className="hover:bg-slate-50">
                    <th scope="row" className="px-4 py-2 text-left font-medium">
                      <Link
                        href={`/mensen/${person.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {person.fullName}
                      </Link>
                      {person.active ? null : (
                        <span className="ml-2 rounded bg-none-soft px-1.5 py-0.5 text-xs text-slate-700">
                          {t('inactive')}
                        </span>
                      )}
                    </th>
                    <td className="px-4 py-2 text-slate-700">{person.jobTitle ?? '—'}</td>
                    <td className="px-4 py-2 text-slate-700">
                      {person.teams.length > 0 ? person.teams.map((team) => team.name).join(', ') : '—'}
                    </td>
                    <td className="px-4 py-2 text-right tabular-nums">{formatFte(person.fte, locale)}</td>
                    {searchedArea ? (
                      <td className="px-4 py-2" data-testid="searched-level">
                        <SearchedLevel cell={person.levels[searchedArea]} locale={locale} />
                      </td>
                    ) : null}
                    <td className="px-4 py-2">
                      <MiniTShape levels={person.levels} />
                    </td>
                    {manages ? (
                      <td className="px-4 py-2">
                        <Link
                          href={`/beheer/mensen/${person.id}`}
                          className="text-brand-700 underline underline-offset-2"
                        >
                          {ta('manage')}
                          <span className="sr-only"> {person.fullName}</span>
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            path="/mensen"
            params={{ ...searchParams, pagina: undefined }}
            page={people.data.page}
            pages={pageCount(people.data.total, PEOPLE_PAGE_SIZE)}
            className="mt-4"
          />
        </section>
      )}
    </div>
  );
}
