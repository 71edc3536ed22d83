import { grantableRoles, mayGrant } from '@teamspiegel/domain/access';
import { ZMemberRole } from '@teamspiegel/domain/api/common';
import { ZInvitationStatus } from '@teamspiegel/domain/api/members';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { ProblemState } from '@/components/problem-state';
import { SelectField } from '@/components/select-field';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { first, parsePage } from '@/lib/params';
import { getSession } from '@/lib/session';
import { listActivePeople } from '../roles-admin/data';
import { ACCESS_PAGE_SIZE, listInvitations, listMembers, listTeamOptions } from './data';
import { InvitationsList } from './invitations-list';
import { InviteForm } from './invite-form';
import { MembersList } from './members-list';

export type AccessSearchParams = {
  zoek?: string | string[];
  rol?: string | string[];
  pagina?: string | string[];
  status?: string | string[];
  uitnodigingen?: string | string[];
};

/**
 * /beheer/toegang: who has access with which role, the invitations, and a form to invite someone —
 * each within what the permissions table lets the signed-in login grant (ROLE_GRANTS).
 */
export async function AccessPage({ searchParams }: { searchParams: AccessSearchParams }) {
  const t = await getTranslations('accessAdmin');
  const roles = await getTranslations('nav.roles');
  const session = await getSession();
  const q = first(searchParams.zoek)?.trim().slice(0, 200) || undefined;
  const roleFilter = ZMemberRole.safeParse(first(searchParams.rol));
  const statusFilter = ZInvitationStatus.safeParse(first(searchParams.status) ?? 'pending');
  const status =
    first(searchParams.status) === 'alle' ? undefined : statusFilter.success ? statusFilter.data : 'pending';
  const page = parsePage(searchParams.pagina);
  const invitationsPage = parsePage(searchParams.uitnodigingen);
  const mayInvite = can(session.role, 'members.invite');
  const mayManage = can(session.role, 'members.manage');
  const grantable = grantableRoles(session.role);

  const [members, invitations, people, teams] = await Promise.all([
    load(listMembers({ q, role: roleFilter.success ? roleFilter.data : undefined, page })),
    load(listInvitations(status, invitationsPage)),
    mayInvite ? load(listActivePeople()) : null,
    mayInvite ? load(listTeamOptions()) : null,
  ]);
  const keep = {
    zoek: q,
    rol: roleFilter.success ? roleFilter.data : undefined,
    status: first(searchParams.status),
  };

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
      </header>

      {mayInvite && grantable.length > 0 ? (
        <section
          aria-labelledby="access-invite"
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="access-invite" className="mb-3 text-lg font-semibold">
            {t('inviteTitle')}
          </h2>
          <InviteForm
            grantable={grantable}
            people={people?.data ? people.data.items.map((p) => ({ id: p.id, name: p.fullName })) : []}
            teams={teams?.data ? teams.data.items.map((team) => ({ id: team.id, name: team.name })) : []}
          />
        </section>
      ) : null}

      <section
        aria-labelledby="access-members"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="access-members" className="mb-3 text-lg font-semibold">
          {t('membersTitle')}
        </h2>
        <form method="get" className="mb-4 grid gap-3 sm:grid-cols-3 sm:items-end">
          <div>
            <label htmlFor="access-q" className="block text-sm font-medium text-slate-800">
              {t('search')}
            </label>
            <input
              id="access-q"
              name="zoek"
              defaultValue={q}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            />
          </div>
          <SelectField
            id="access-role"
            name="rol"
            label={t('roleFilter')}
            allLabel={t('allRoles')}
            defaultValue={roleFilter.success ? roleFilter.data : ''}
            options={ZMemberRole.options.map((role) => ({ value: role, label: roles(role) }))}
          />
          <button
            type="submit"
            className="justify-self-start rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700"
          >
            {t('filter')}
          </button>
        </form>
        {members.error ? (
          <ProblemState code={members.error.code} />
        ) : (
          <>
            <MembersList
              grantable={grantable}
              members={members.data.items.map((member) => ({
                ...member,
                mayChange: mayManage && mayGrant(session.role, member.role),
                self: member.userId === session.user?.id,
              }))}
            />
            <Pagination
              page={page}
              pages={Math.max(1, Math.ceil(members.data.total / ACCESS_PAGE_SIZE))}
              path="/beheer/toegang"
              params={keep}
              pageParam="pagina"
              className="mt-4"
            />
          </>
        )}
      </section>

      <section
        aria-labelledby="access-invitations"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="access-invitations" className="mb-3 text-lg font-semibold">
          {t('invitationsTitle')}
        </h2>
        <nav aria-label={t('statusFilter')} className="mb-3 flex flex-wrap gap-2 text-sm">
          {(['pending', 'expired', 'accepted', 'revoked', 'alle'] as const).map((value) => {
            const active = (first(searchParams.status) ?? 'pending') === value;
            const params = new URLSearchParams({ ...(q ? { zoek: q } : {}), status: value });
            return (
              <a
                key={value}
                href={`/beheer/toegang?${params.toString()}`}
                aria-current={active ? 'page' : undefined}
                className={`rounded-full border px-3 py-1 ${active ? 'border-brand-700 bg-brand-50 font-semibold text-brand-900' : 'border-slate-300 text-slate-700'}`}
              >
                {value === 'alle' ? t('allStatuses') : t(`status.${value}`)}
              </a>
            );
          })}
        </nav>
        {invitations.error ? (
          <ProblemState code={invitations.error.code} />
        ) : (
          <>
            <InvitationsList
              invitations={invitations.data.items.map((invitation) => ({
                ...invitation,
                mayChange: mayInvite && mayGrant(session.role, invitation.role),
              }))}
            />
            <Pagination
              page={invitationsPage}
              pages={Math.max(1, Math.ceil(invitations.data.total / ACCESS_PAGE_SIZE))}
              path="/beheer/toegang"
              params={keep}
              pageParam="uitnodigingen"
              className="mt-4"
            />
          </>
        )}
      </section>
    </div>
  );
}
