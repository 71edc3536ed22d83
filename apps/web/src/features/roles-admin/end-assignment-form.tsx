'use client';

import { useTranslations } from 'next-intl';
import { endAssignment } from './actions';
import { ConfirmSubmit, Outcome, useAdminForm } from './form-bits';

/** Ends one holder's assignment on a date (confirmation first; the history stays). */
export function EndAssignmentForm({
  id,
  roleDefinitionId,
  person,
  today,
}: {
  id: string;
  roleDefinitionId: string;
  person: string;
  today: string;
}) {
  const t = useTranslations('rolesAdmin');
  const { state, onSubmit, pending } = useAdminForm(endAssignment);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="roleDefinitionId" value={roleDefinitionId} />
      <label className="text-xs text-slate-700">
        {t('endOn')}
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
        question={t('endQuestion', { person })}
        confirmLabel={t('endConfirm')}
        pending={pending}
      />
      <div className="basis-full">
        <Outcome state={state} />
      </div>
    </form>
  );
}
