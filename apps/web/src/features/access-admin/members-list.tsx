'use client';

import type { TMember } from '@teamspiegel/domain/api/members';
import { useTranslations } from 'next-intl';
import { ConfirmSubmit, Outcome, secondaryClass, useAdminForm } from '../roles-admin/form-bits';
import { changeMemberRole, removeMember } from './actions';

export type MemberRow = TMember & { mayChange: boolean; self: boolean };

/**
 * Who has access, with which role. Where the signed-in login may grant the member's role (and it is
 * not its own login): change the role, or remove the access after a confirmation. The outcome is
 * shown above the list, so it stays when the removed row goes.
 */
export function MembersList({ members, grantable }: { members: MemberRow[]; grantable: readonly string[] }) {
  const t = useTranslations('accessAdmin');
  const roles = useTranslations('nav.roles');
  const change = useAdminForm(changeMemberRole);
  const remove = useAdminForm(removeMember);
  return (
    <div className="space-y-3">
      <Outcome state={change.state} />
      <Outcome state={remove.state} />
      {members.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-600">
          {t('noMembers')}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200" aria-label={t('membersTitle')}>
        {members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words">{member.name}</p>
              <p className="text-sm break-all text-slate-600">{member.email}</p>
              <p className="text-xs text-slate-600">
                {roles(member.role)}
                {member.employee ? ` · ${t('linkedTo', { name: member.employee.name })}` : ''}
                {member.managedTeams.length > 0
                  ? ` · ${t('leads', { teams: member.managedTeams.map((team) => team.name).join(', ') })}`
                  : ''}
                {member.disabled ? ` · ${t('disabled')}` : ''}
              </p>
            </div>
            {member.mayChange && !member.self ? (
              <div className="flex flex-wrap items-end gap-2">
                <form onSubmit={change.onSubmit} className="flex items-end gap-2">
                  <input type="hidden" name="id" value={member.id} />
                  <label className="text-xs text-slate-700">
                    {t('roleFor', { name: member.name })}
                    <select
                      name="role"
                      defaultValue={member.role}
                      className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                    >
                      {grantable.map((role) => (
                        <option key={role} value={role}>
                          {roles(role)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit" className={secondaryClass} disabled={change.pending}>
                    {t('changeRole')}
                  </button>
                </form>
                <form onSubmit={remove.onSubmit}>
                  <input type="hidden" name="id" value={member.id} />
                  <input type="hidden" name="name" value={member.name} />
                  <ConfirmSubmit
                    label={t('remove')}
                    question={t('removeQuestion', { name: member.name })}
                    confirmLabel={t('removeConfirm')}
                    pending={remove.pending}
                  />
                </form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
