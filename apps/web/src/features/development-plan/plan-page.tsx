import {
  AREAS,
  DEVELOPMENT_ACTION_TYPES,
  DEVELOPMENT_STATUS_IDS,
  DEVELOPMENT_STATUSES,
  type DevelopmentStatus,
  label,
} from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { FilterSubmit } from '@/components/filter-form';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { SelectField } from '@/components/select-field';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { isUuid, parsePage } from '@/lib/params';
import { getSession } from '@/lib/session';
import { areaLabel, isArea, isLevel, type Locale, levelLabel } from '@/lib/vocabulary';
import { listCertificateTypes } from '../certificates/api';
import { pageCount } from '../overview/view-model';
import { listTeams } from '../people/api';
import { StatusColumn } from './action-cards';
import {
  ACTIONS_PAGE_SIZE,
  getTrainingBudget,
  listActions,
  listActiveEmployees,
  listPlanGaps,
  listRoleDefinitions,
} from './api';
import { BudgetSection } from './budget-section';
import { CreateActionForm } from './create-action-form';
import { GapTable } from './gap-table';

export type PlanSearchParams = {
  team?: string;
  /** A site: its teams' gaps and its own certificate gaps (rule 18); the overview's "Locaties" links here. */
  locatie?: string;
  gebied?: string;
  niveau?: string;
  soort?: string;
  status?: string;
  'te-laat'?: string;
  pagina?: string;
};

const MAX_GAPS = 20;

function parse(params: PlanSearchParams) {
  return {
    teamId: isUuid(params.team) ? params.team : undefined,
    siteId: isUuid(params.locatie) ? params.locatie : undefined,
    area: isArea(params.gebied) ? params.gebied : undefined,
    level: isLevel(params.niveau) ? params.niveau : undefined,
    type: DEVELOPMENT_ACTION_TYPES.some((item) => item.id === params.soort) ? params.soort : undefined,
    status: (DEVELOPMENT_STATUS_IDS as readonly string[]).includes(params.status ?? '')
      ? (params.status as DevelopmentStatus)
      : undefined,
    overdue: params['te-laat'] === '1',
    page: parsePage(params.pagina),
  };
}

/** /ontwikkelplan: the organisation's gaps with a one-click plan each, and the plan by status. */
export async function PlanPage({ searchParams }: { searchParams: PlanSearchParams }) {
  const t = await getTranslations('development');
  const tRequests = await getTranslations('developmentRequests');
  const tc = await getTranslations('common');
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const canEdit = can(session.role, 'development.manage');
  const filters = parse(searchParams);
  const gapFiltered = Boolean(filters.teamId || filters.siteId || filters.area || filters.level);

  // The gaps, what is already planned for them and the suggested step all come from the API
  // (GET /api/development-plan/gaps): the page computes none of it.
  const canBudget = can(session.role, 'development.budget');
  const [planGaps, actions, teams, employees, roles, budget, certificateTypes] = await Promise.all([
    load(
      listPlanGaps({
        teamId: filters.teamId,
        siteId: filters.siteId,
        area: filters.area,
        level: filters.level,
        pageSize: MAX_GAPS,
      }),
    ),
    load(
      listActions({
        type: filters.type,
        status: filters.status,
        area: filters.area,
        teamId: filters.teamId,
        overdue: filters.overdue || undefined,
        page: filters.page,
      }),
    ),
    load(listTeams()),
    canEdit ? load(listActiveEmployees()) : Promise.resolve(null),
    canEdit ? load(listRoleDefinitions()) : Promise.resolve(null),
    canBudget ? load(getTrainingBudget({ teamId: filters.teamId })) : Promise.resolve(null),
    canEdit ? load(listCertificateTypes()) : Promise.resolve(null),
  ]);
  const teamName = new Map((teams.data?.items ?? []).map((team) => [team.id, team.name]));
  const tTool = await getTranslations('planTool');
  const shownGaps = planGaps.data?.items ?? [];
  const totalGaps = planGaps.data?.total ?? 0;

  const filterParts = [
    filters.siteId
      ? (shownGaps.find((gap) => gap.siteId === filters.siteId)?.siteName ?? tc('unknown'))
      : null,
    filters.teamId ? (teamName.get(filters.teamId) ?? tc('unknown')) : null,
    filters.area ? areaLabel(filters.area, locale) : null,
    filters.level ? t('levelOrHigher', { level: levelLabel(filters.level, locale) }) : null,
  ].filter(Boolean);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
        {can(session.role, 'development.suggestions') ? (
          <p className="no-print mt-2">
            <Link
              href="/ontwikkelplan/suggesties"
              className="font-medium text-brand-700 underline underline-offset-2"
            >
              {t('suggestionsLink')}
            </Link>
          </p>
        ) : null}
        {/* Issue 15 (employee): employees' requests for training or coaching. */}
        <p className="no-print mt-2">
          <Link
            href="/ontwikkelplan/aanvragen"
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            {tRequests('link')}
          </Link>
        </p>
      </header>

      <section aria-labelledby="gaps-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="gaps-title" className="text-xl font-semibold">
            {t('gaps.title')}
          </h2>
          {gapFiltered ? (
            <p className="text-sm text-slate-700">
              {t('gaps.filteredOn', { filter: filterParts.join(' · ') })}{' '}
              <Link href="/ontwikkelplan" className="font-medium text-brand-700 underline">
                {t('gaps.showAll')}
              </Link>
            </p>
          ) : null}
        </div>
        <p className="text-sm text-slate-600">{t('gaps.intro')}</p>
        {planGaps.error ? (
          <ProblemState code={planGaps.error.code} />
        ) : shownGaps.length === 0 ? (
          <EmptyState title={gapFiltered ? t('gaps.emptyFiltered') : t('gaps.emptyTitle')}>
            {t('gaps.emptyText')}
          </EmptyState>
        ) : (
          <GapTable
            gaps={shownGaps}
            total={totalGaps}
            teamName={teamName}
            canEdit={canEdit}
            locale={locale}
          />
        )}
      </section>

      <section aria-labelledby="plan-title" className="space-y-3">
        <h2 id="plan-title" className="text-xl font-semibold">
          {t('plan.title')}
        </h2>
        <form
          method="get"
          className="no-print flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
          aria-label={t('plan.filtersLabel')}
        >
          {filters.level ? <input type="hidden" name="niveau" value={filters.level} /> : null}
          <SelectField
            id="soort"
            name="soort"
            label={t('plan.type')}
            defaultValue={filters.type ?? ''}
            allLabel={tc('all')}
            options={DEVELOPMENT_ACTION_TYPES.map((item) => ({ value: item.id, label: label(item, locale) }))}
          />
          <SelectField
            id="status"
            name="status"
            label={t('plan.status')}
            defaultValue={filters.status ?? ''}
            allLabel={tc('all')}
            options={DEVELOPMENT_STATUSES.map((item) => ({ value: item.id, label: label(item, locale) }))}
          />
          <SelectField
            id="gebied"
            name="gebied"
            label={t('plan.area')}
            defaultValue={filters.area ?? ''}
            allLabel={tc('all')}
            options={AREAS.map((area) => ({ value: area.id, label: label(area, locale) }))}
          />
          <SelectField
            id="team"
            name="team"
            label={t('plan.team')}
            defaultValue={filters.teamId ?? ''}
            allLabel={tc('all')}
            options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
          />
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="te-laat"
              value="1"
              defaultChecked={filters.overdue}
              className="size-4"
            />
            {tTool('overdueFilter')}
          </label>
          <FilterSubmit>{tc('filter')}</FilterSubmit>
        </form>

        {actions.error ? (
          <ProblemState code={actions.error.code} />
        ) : actions.data.total === 0 ? (
          <EmptyState title={t('plan.emptyTitle')}>
            {canEdit ? t('plan.emptyTextHr') : t('plan.emptyText')}
          </EmptyState>
        ) : (
          <>
            <p className="text-sm text-slate-600">{tc('results', { count: actions.data.total })}</p>
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
              {(filters.status ? [filters.status] : DEVELOPMENT_STATUS_IDS).map((status) => (
                <StatusColumn
                  key={status}
                  status={status}
                  items={actions.data.items.filter((action) => action.status === status)}
                  teamName={teamName}
                  canEdit={canEdit}
                  locale={locale}
                />
              ))}
            </div>
            <Pagination
              path="/ontwikkelplan"
              params={{ ...searchParams, pagina: undefined }}
              page={actions.data.page}
              pages={pageCount(actions.data.total, ACTIONS_PAGE_SIZE)}
              className="mt-4"
            />
          </>
        )}
      </section>

      {budget ? (
        <BudgetSection
          budget={budget.data ?? null}
          errorCode={budget.error?.code ?? null}
          locale={locale}
          teamId={filters.teamId}
        />
      ) : null}

      {canEdit ? (
        <section
          aria-labelledby="new-action-heading"
          className="no-print rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
        >
          <details open={Boolean(gapFiltered)}>
            <summary className="cursor-pointer">
              <h2 id="new-action-heading" className="inline text-lg font-semibold">
                {t('form.heading')}
              </h2>
            </summary>
            <div className="mt-4">
              {employees?.error ? (
                <ProblemState code={employees.error.code} />
              ) : (
                <CreateActionForm
                  employees={(employees?.data?.items ?? []).map((e) => ({ id: e.id, name: e.fullName }))}
                  teams={(teams.data?.items ?? []).map((team) => ({ id: team.id, name: team.name }))}
                  roles={(roles?.data?.items ?? []).map((role) => ({
                    id: role.id,
                    labelNl: role.labelNl,
                    labelEn: role.labelEn,
                  }))}
                  certificates={(certificateTypes?.data?.items ?? []).map((type) => ({
                    id: type.id,
                    labelNl: type.labelNl,
                    labelEn: type.labelEn,
                  }))}
                  defaults={{ teamId: filters.teamId, area: filters.area, targetLevel: filters.level }}
                />
              )}
            </div>
          </details>
        </section>
      ) : null}
    </div>
  );
}
