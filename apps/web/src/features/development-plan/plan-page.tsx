import {
  AREAS,
  DEVELOPMENT_ACTION_TYPES,
  DEVELOPMENT_STATUS_IDS,
  DEVELOPMENT_STATUSES,
  type DevelopmentStatus,
  label,
} from '@teamspiegel/domain';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import type { TPlannedAction } from '@teamspiegel/domain/api/development-plan';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { SelectField } from '@/components/select-field';
import { StatusBadge, statusLabel } from '@/components/status';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { isUuid, parsePage } from '@/lib/params';
import { getSession } from '@/lib/session';
import {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  circleLabel,
  competencyLabel,
  formatDate,
  isArea,
  isLevel,
  type Locale,
  levelLabel,
} from '@/lib/vocabulary';
import { requirementSentence } from '../overview/ranking';
import { describeRequirement, pageCount } from '../overview/view-model';
import { listTeams } from '../people/api';
import {
  ACTIONS_PAGE_SIZE,
  listActions,
  listActiveEmployees,
  listPlanGaps,
  listRoleDefinitions,
} from './api';
import { CreateActionForm } from './create-action-form';
import { GapPlanButton } from './gap-plan-button';
import { StatusButtons } from './status-buttons';

export type PlanSearchParams = {
  team?: string;
  gebied?: string;
  niveau?: string;
  soort?: string;
  status?: string;
  pagina?: string;
};

const MAX_GAPS = 20;

function parse(params: PlanSearchParams) {
  return {
    teamId: isUuid(params.team) ? params.team : undefined,
    area: isArea(params.gebied) ? params.gebied : undefined,
    level: isLevel(params.niveau) ? params.niveau : undefined,
    type: DEVELOPMENT_ACTION_TYPES.some((item) => item.id === params.soort) ? params.soort : undefined,
    status: (DEVELOPMENT_STATUS_IDS as readonly string[]).includes(params.status ?? '')
      ? (params.status as DevelopmentStatus)
      : undefined,
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
  const gapFiltered = Boolean(filters.teamId || filters.area || filters.level);

  // The gaps, what is already planned for them and the suggested step all come from the API
  // (GET /api/development-plan/gaps): the page computes none of it.
  const [planGaps, actions, teams, employees, roles] = await Promise.all([
    load(
      listPlanGaps({
        teamId: filters.teamId,
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
        page: filters.page,
      }),
    ),
    load(listTeams()),
    canEdit ? load(listActiveEmployees()) : Promise.resolve(null),
    canEdit ? load(listRoleDefinitions()) : Promise.resolve(null),
  ]);
  const teamName = new Map((teams.data?.items ?? []).map((team) => [team.id, team.name]));
  const tOverview = await getTranslations('overview');
  const tTargets = await getTranslations('planTargets');
  const shownGaps = planGaps.data?.items ?? [];
  const totalGaps = planGaps.data?.total ?? 0;

  const filterParts = [
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
          <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="gaps-table">
              <caption className="sr-only">{t('gaps.caption')}</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t('gaps.colTeam')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t('gaps.colArea')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t('gaps.colShortfall')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t('gaps.colPlanned')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t('gaps.colCandidate')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    <span className={canEdit ? '' : 'sr-only'}>{t('gaps.colAction')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shownGaps.map((gap) => {
                  const team = gap.teamName ?? teamName.get(gap.teamId) ?? tc('unknown');
                  const subject = requirementSentence(tOverview, describeRequirement(gap, locale));
                  const suggestion = gap.suggestion;
                  // Role, competency and surroundings gaps: the button plans a hire aimed at the gap.
                  const targeted = gap.hireTarget !== null;
                  const rowId =
                    gap.kind === 'area' && gap.area && gap.minLevel
                      ? `gap-${gap.teamId}-${gap.area}-${gap.minLevel}`
                      : `gap-${gap.teamId}-${gap.kind}-${gap.requirementId}`;
                  return (
                    <tr key={`${gap.teamId}-${gap.requirementId}`} data-testid={rowId} data-kind={gap.kind}>
                      <th scope="row" className="px-3 py-2 text-left font-medium">
                        <Link
                          href={`/teams/${gap.teamId}`}
                          className="text-brand-700 underline underline-offset-2"
                        >
                          {team}
                        </Link>
                        {gap.siteName ? (
                          <span className="block text-xs font-normal text-slate-600">{gap.siteName}</span>
                        ) : null}
                      </th>
                      <td className="px-3 py-2">{subject}</td>
                      <td className="px-3 py-2">
                        <StatusBadge status={gap.status} label={statusLabel(gap.status, locale)} />
                        <span className="block text-xs text-slate-600">
                          {t('gaps.shortfall', { required: gap.count, present: gap.headcount, gap: gap.gap })}
                        </span>
                      </td>
                      <td className="px-3 py-2 text-slate-700" data-testid="planned">
                        {gap.coveredByPlan ? (
                          <span className="block text-xs font-medium text-covered">
                            ✓ {t('gaps.coveredByPlan')}
                          </span>
                        ) : null}
                        {gap.plannedActions.length === 0
                          ? '—'
                          : gap.plannedActions.map((action) => (
                              <PlannedLine key={action.id} action={action} locale={locale} />
                            ))}
                      </td>
                      <td className="px-3 py-2">
                        {suggestion?.employeeId ? (
                          <>
                            <Link
                              href={`/mensen/${suggestion.employeeId}`}
                              className="font-medium text-brand-700 underline underline-offset-2"
                            >
                              {suggestion.employeeName}
                            </Link>
                            <span className="block text-xs text-slate-600">
                              {suggestion.reason === 'ambition'
                                ? t('gaps.reasonAmbition')
                                : t('gaps.reasonOneBelow')}
                              {' · '}
                              {t('gaps.currentLevel', {
                                level: levelLabel(suggestion.currentLevel, locale) || tc('none'),
                              })}
                            </span>
                          </>
                        ) : suggestion ? (
                          <span className="text-slate-600">{t('gaps.noCandidate')}</span>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td className="px-3 py-2">
                        {canEdit && (suggestion || gap.kind === 'area' || targeted) ? (
                          <GapPlanButton
                            teamId={gap.teamId}
                            requirementId={gap.requirementId}
                            employeeId={suggestion?.employeeId ?? null}
                            buttonLabel={
                              !suggestion
                                ? targeted && !gap.coveredByPlan
                                  ? tTargets('planHire')
                                  : null
                                : suggestion.employeeId
                                  ? t('gaps.planFor', {
                                      type: suggestion.type,
                                      name: suggestion.employeeName ?? '',
                                    })
                                  : t('gaps.planHiring')
                            }
                            context={`${team}, ${subject}`}
                          />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {totalGaps > shownGaps.length ? (
              <p className="border-t border-slate-100 px-3 py-2 text-sm text-slate-600">
                {t('gaps.more', { count: totalGaps - shownGaps.length })}
              </p>
            ) : null}
          </div>
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
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
          >
            {tc('filter')}
          </button>
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

/** One open action already aimed at a gap: the person (or "vacancy"), the type and the expected date. */
async function PlannedLine({ action, locale }: { action: TPlannedAction; locale: Locale }) {
  const t = await getTranslations('development.gaps');
  return (
    <span className="block" data-vacancy={action.vacancy ? 'true' : undefined}>
      {action.employeeId ? (
        <Link href={`/mensen/${action.employeeId}`} className="text-brand-700 underline underline-offset-2">
          {action.employeeName}
        </Link>
      ) : (
        <span className="font-medium">{t('vacancy')}</span>
      )}
      <span className="text-xs text-slate-600">
        {' '}
        ({actionTypeLabel(action.type, locale)}
        {action.expectedEndDate ? `, ${formatDate(action.expectedEndDate, locale)}` : ''})
      </span>
    </span>
  );
}

const STATUS_STYLE: Record<DevelopmentStatus, string> = {
  planned: 'border-t-slate-400',
  in_progress: 'border-t-brand-600',
  completed: 'border-t-covered',
  cancelled: 'border-t-gap',
};

async function StatusColumn({
  status,
  items,
  teamName,
  canEdit,
  locale,
}: {
  status: DevelopmentStatus;
  items: TDevelopmentAction[];
  teamName: Map<string, string>;
  canEdit: boolean;
  locale: Locale;
}) {
  const t = await getTranslations('development.plan');
  const headingId = `status-${status}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-xl border-t-4 bg-white p-3 shadow-sm ring-1 ring-slate-200 ${STATUS_STYLE[status]}`}
      data-testid={`column-${status}`}
    >
      <h3 id={headingId} className="mb-2 flex items-baseline justify-between font-semibold">
        {actionStatusLabel(status, locale)}
        <span className="text-sm font-normal text-slate-600">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{t('columnEmpty')}</p>
      ) : (
        <ul className="space-y-2">
          {items.map((action) => (
            <li
              key={action.id}
              data-testid={`action-${action.id}`}
              data-status={action.status}
              className="rounded-lg bg-slate-50 p-3 text-sm ring-1 ring-slate-100"
            >
              <p className="font-medium">{action.title}</p>
              <p className="mt-0.5 text-slate-700">
                {actionTypeLabel(action.type, locale)}
                {action.employeeId ? (
                  <>
                    {' · '}
                    <Link
                      href={`/mensen/${action.employeeId}`}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {action.employeeName ?? t('person')}
                    </Link>
                  </>
                ) : (
                  <span className="text-slate-600"> · {t('noEmployee')}</span>
                )}
              </p>
              {action.teamId || action.area ? (
                <p className="mt-0.5 text-slate-600">
                  {t('closesGap')}{' '}
                  {action.teamId ? (
                    <Link
                      href={`/teams/${action.teamId}`}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {teamName.get(action.teamId) ?? t('team')}
                    </Link>
                  ) : null}
                  {action.area ? `${action.teamId ? ' · ' : ''}${areaLabel(action.area, locale)}` : ''}
                  {action.targetLevel ? ` → ${levelLabel(action.targetLevel, locale)}` : ''}
                  {action.targetCompetency ? ` · ${competencyLabel(action.targetCompetency, locale)}` : ''}
                  {action.targetCircle ? ` · ${circleLabel(action.targetCircle, locale)}` : ''}
                </p>
              ) : null}
              {action.expectedEndDate || action.completedAt ? (
                <p className="mt-0.5 text-xs text-slate-600">
                  {action.completedAt
                    ? t('completedOn', { date: formatDate(action.completedAt, locale) })
                    : t('expectedEnd', { date: formatDate(action.expectedEndDate, locale) })}
                </p>
              ) : null}
              {canEdit ? (
                <StatusButtons
                  id={action.id}
                  status={action.status}
                  version={action.version}
                  title={action.title}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
