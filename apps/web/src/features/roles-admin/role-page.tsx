import { IKK_COACH_HOURS_RULE, type Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { AssignRoleForm } from './assign-role-form';
import { getRole, listActivePeople, listHolders, listQualified } from './data';
import { HoldersList } from './holders-list';
import { QualifiedList } from './people-lists';
import { RoleProfileForm } from './role-profile-form';

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * /beheer/rollen/[id]: the role's profile (hr adapts it), who holds it (hr assigns and ends) and who
 * qualifies today (as the API decides: validated levels).
 */
export async function RolePage({ id, created }: { id: string; created: boolean }) {
  const t = await getTranslations('rolesAdmin');
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const mayManage = can(session.role, 'roles.manage');
  const mayAssign = can(session.role, 'assignments.manage');
  const seesHolders = can(session.role, 'assignments.read');
  const seesQualified = can(session.role, 'candidates.read');
  const loaded = await load(getRole(id));
  if (loaded.error) return <ProblemState code={loaded.error.code} />;
  const { role } = loaded.data;
  const [holders, qualified, people] = await Promise.all([
    seesHolders ? load(listHolders(id, 1)) : null,
    seesQualified ? load(listQualified(id, 1)) : null,
    mayAssign ? load(listActivePeople()) : null,
  ]);
  const name = locale === 'en' ? role.labelEn : role.labelNl;
  const today = todayIso();

  return (
    <div className="space-y-8">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/beheer/rollen" className="text-brand-700 underline">
          {t('title')}
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold">{name}</h1>
        <p className="mt-1 text-slate-600">
          {role.fromCatalogue ? t('fromCatalogue') : t('ownRole')} ·{' '}
          <span className="font-mono">{role.key}</span>
        </p>
        {created ? (
          <p
            role="status"
            className="mt-2 rounded-md border border-covered bg-covered-soft px-3 py-2 text-sm"
          >
            {t('created', { role: name })}
          </p>
        ) : null}
      </header>

      <section
        aria-labelledby="role-profile"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="role-profile" className="mb-3 text-lg font-semibold">
          {t('profileTitle')}
        </h2>
        <RoleProfileForm role={role} editable={mayManage} />
      </section>

      {holders ? (
        <section
          aria-labelledby="role-holders"
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="role-holders" className="mb-3 text-lg font-semibold">
            {t('holdersTitle')}
          </h2>
          {holders.error ? (
            <ProblemState code={holders.error.code} />
          ) : (
            <HoldersList
              items={holders.data.items}
              total={holders.data.total}
              roleDefinitionId={id}
              mayEnd={mayAssign}
              today={today}
              coachRole={IKK_COACH_HOURS_RULE.coachRoleKeys.includes(role.key)}
            />
          )}
          {people && !people.error ? (
            <div className="mt-6 border-t border-slate-200 pt-4">
              <h3 className="mb-2 font-semibold">{t('assignTitle', { role: name })}</h3>
              <AssignRoleForm
                roleDefinitionId={id}
                today={today}
                people={people.data.items.map((p) => ({ id: p.id, name: p.fullName }))}
              />
            </div>
          ) : null}
        </section>
      ) : null}

      {qualified ? (
        <section
          aria-labelledby="role-qualified"
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="role-qualified" className="text-lg font-semibold">
            {t('qualifiedTitle')}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t('qualifiedIntro')}</p>
          {qualified.error ? (
            <ProblemState code={qualified.error.code} />
          ) : (
            <QualifiedList items={qualified.data.items} total={qualified.data.total} />
          )}
        </section>
      ) : null}
    </div>
  );
}
