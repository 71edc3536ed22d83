import type { DevelopmentStatus } from '@teamspiegel/domain';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import type { TPlannedAction } from '@teamspiegel/domain/api/development-plan';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  circleLabel,
  competencyLabel,
  formatDate,
  formatEuros,
  type Locale,
  levelLabel,
} from '@/lib/vocabulary';
import { StatusButtons } from './status-buttons';

/** One open action already aimed at a gap: the person (or "vacancy"), the type and the expected date. */
export async function PlannedLine({ action, locale }: { action: TPlannedAction; locale: Locale }) {
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

export async function StatusColumn({
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
  const tTool = await getTranslations('planTool');
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
              data-overdue={action.overdue ? 'true' : undefined}
              className={`rounded-lg p-3 text-sm ring-1 ${action.overdue ? 'bg-gap-soft ring-gap' : 'bg-slate-50 ring-slate-100'}`}
            >
              <p className="font-medium">{action.title}</p>
              {action.overdue ? (
                <p className="mt-0.5 font-semibold text-gap" data-testid="overdue">
                  <span aria-hidden>⚠ </span>
                  {tTool('overdueSince', { date: formatDate(action.expectedEndDate, locale) })}
                </p>
              ) : null}
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
              {action.provider || action.costCents !== null ? (
                <p className="mt-0.5 text-xs text-slate-700">
                  {[action.provider, action.costCents !== null ? formatEuros(action.costCents, locale) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              ) : null}
              {!action.overdue && (action.expectedEndDate || action.completedAt) ? (
                <p className="mt-0.5 text-xs text-slate-600">
                  {action.completedAt
                    ? t('completedOn', { date: formatDate(action.completedAt, locale) })
                    : t('expectedEnd', { date: formatDate(action.expectedEndDate, locale) })}
                </p>
              ) : null}
              <p className="mt-1">
                <Link
                  href={`/ontwikkelplan/acties/${action.id}`}
                  className="text-xs font-medium text-brand-700 underline underline-offset-2"
                >
                  {tTool('editLink')}
                  <span className="sr-only">: {action.title}</span>
                </Link>
              </p>
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
