'use client';

import type { TRoleAssignment } from '@teamspiegel/domain/api/role-assignments';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { endAssignment } from './actions';
import { CoachHoursForm } from './coach-hours-form';
import { ConfirmSubmit, Outcome, useAdminForm } from './form-bits';

/**
 * The current holders of a role, each with its period and (for hr) a way to end it after a
 * confirmation. The outcome sits above the list, so it stays when the ended row leaves it.
 */
export function HoldersList({
  items,
  total,
  roleDefinitionId,
  mayEnd,
  today,
  coachRole = false,
}: {
  items: TRoleAssignment[];
  total: number;
  roleDefinitionId: string;
  mayEnd: boolean;
  today: string;
  /** A coach role (Wet IKK): hr records each holder's coach hours a year. */
  coachRole?: boolean;
}) {
  const t = useTranslations('rolesAdmin');
  const end = useAdminForm(endAssignment);
  return (
    <div className="space-y-2">
      <Outcome state={end.state} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noHolders')}</p>
      ) : (
        <p className="text-sm text-slate-600">{t('holdersCount', { count: total })}</p>
      )}
      <ul className="divide-y divide-slate-200" aria-label={t('holdersTitle')}>
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div className="min-w-0">
              <Link
                href={`/mensen/${item.employee.id}`}
                className="font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {item.employee.fullName}
              </Link>
              <p className="text-xs text-slate-600">
                {item.endDate
                  ? t('periodUntil', { start: item.startDate, end: item.endDate })
                  : t('periodFrom', { start: item.startDate })}
                {item.team ? ` · ${item.team.name}` : ''}
              </p>
            </div>
            {coachRole && mayEnd ? <CoachHoursForm item={item} roleDefinitionId={roleDefinitionId} /> : null}
            {mayEnd ? (
              <form onSubmit={end.onSubmit} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={item.id} />
                <input type="hidden" name="roleDefinitionId" value={roleDefinitionId} />
                <label className="text-xs text-slate-700">
                  {t('endOnFor', { person: item.employee.fullName })}
                  <input
                    type="date"
                    name="endDate"
                    defaultValue={today}
                    required
                    className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                  />
                </label>
                <ConfirmSubmit
                  label={t('end')}
                  question={t('endQuestion', { person: item.employee.fullName })}
                  confirmLabel={t('endConfirm')}
                  pending={end.pending}
                />
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
