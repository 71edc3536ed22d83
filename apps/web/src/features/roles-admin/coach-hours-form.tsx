'use client';

import type { TRoleAssignment } from '@teamspiegel/domain/api/role-assignments';
import { useTranslations } from 'next-intl';
import { setCoachHours } from './coach-hours-action';
import { Outcome, secondaryClass, useAdminForm } from './form-bits';

/**
 * The coach hours a year on one coach's assignment (Wet IKK, rule 15): what the board overview
 * compares with the required hours. Empty clears them.
 */
export function CoachHoursForm({
  item,
  roleDefinitionId,
}: {
  item: TRoleAssignment;
  roleDefinitionId: string;
}) {
  const t = useTranslations('compliance.coachHours');
  const { state, onSubmit, pending } = useAdminForm(setCoachHours);
  const inputId = `coach-hours-${item.id}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-busy={pending}>
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="roleDefinitionId" value={roleDefinitionId} />
      <div>
        <label htmlFor={inputId} className="block text-xs text-slate-700">
          {t('label', { person: item.employee.fullName })}
        </label>
        <input
          id={inputId}
          name="coachHoursPerYear"
          type="number"
          inputMode="decimal"
          min={0}
          max={5000}
          step="any"
          defaultValue={item.coachHoursPerYear ?? ''}
          className="mt-1 block w-28 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        />
      </div>
      <button type="submit" className={secondaryClass} disabled={pending}>
        {t('save')}
      </button>
      <Outcome state={state} />
    </form>
  );
}
