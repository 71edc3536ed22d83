'use client';

import type { TInvitation } from '@teamspiegel/domain/api/auth';
import { useFormatter, useTranslations } from 'next-intl';
import { ConfirmSubmit, Outcome, secondaryClass, useAdminForm } from '../roles-admin/form-bits';
import { resendInvitation, revokeInvitation } from './actions';

export type InvitationRow = TInvitation & { mayChange: boolean };

/** Invitations with their status; pending and expired ones can be sent again or revoked (confirmed). */
export function InvitationsList({ invitations }: { invitations: InvitationRow[] }) {
  const t = useTranslations('accessAdmin');
  const roles = useTranslations('nav.roles');
  const format = useFormatter();
  const resend = useAdminForm(resendInvitation);
  const revoke = useAdminForm(revokeInvitation);
  return (
    <div className="space-y-3">
      <Outcome state={resend.state} />
      <Outcome state={revoke.state} />
      {invitations.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-600">
          {t('noInvitations')}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200" aria-label={t('invitationsTitle')}>
        {invitations.map((invitation) => {
          const open = invitation.status === 'pending' || invitation.status === 'expired';
          return (
            <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium break-words">{invitation.name}</p>
                <p className="text-sm break-all text-slate-600">{invitation.email}</p>
                <p className="text-xs text-slate-600">
                  {roles(invitation.role)} · {t(`status.${invitation.status}`)}
                  {invitation.status === 'pending'
                    ? ` · ${t('validUntil', { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: 'medium' }) })}`
                    : ''}
                  {invitation.managedTeams.length > 0
                    ? ` · ${t('leads', { teams: invitation.managedTeams.map((team) => team.name).join(', ') })}`
                    : ''}
                </p>
              </div>
              {open && invitation.mayChange ? (
                <div className="flex flex-wrap items-start gap-2">
                  <form onSubmit={resend.onSubmit}>
                    <input type="hidden" name="id" value={invitation.id} />
                    <button type="submit" className={secondaryClass} disabled={resend.pending}>
                      {t('resend')}
                    </button>
                  </form>
                  <form onSubmit={revoke.onSubmit}>
                    <input type="hidden" name="id" value={invitation.id} />
                    <input type="hidden" name="email" value={invitation.email} />
                    <ConfirmSubmit
                      label={t('revoke')}
                      question={t('revokeQuestion', { email: invitation.email })}
                      confirmLabel={t('revokeConfirm')}
                      pending={revoke.pending}
                    />
                  </form>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
