import type { TPage } from '@teamspiegel/domain/api/common';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import type { TRoleAssignment } from '@teamspiegel/domain/api/role-assignments';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Fact } from '@/components/fact';
import { can, seesOthers } from '@/lib/access';
import type { getSession } from '@/lib/session';
import { formatFte, type Locale } from '@/lib/vocabulary';
import { ConversationSheetPdfLink } from '../conversation-sheet/pdf-link';
import type { Loaded } from './view-model';

const linkClass = 'ml-4 text-brand-700 underline underline-offset-2';

/** Back to the people list, and the pages about this person the reader may open. */
export async function PersonNav({
  id,
  role,
}: {
  id: string;
  role: Awaited<ReturnType<typeof getSession>>['role'];
}) {
  const t = await getTranslations('person');
  const tAdmin = await getTranslations('peopleAdmin');
  return (
    <nav aria-label={t('breadcrumb')} className="no-print text-sm">
      <Link href="/mensen" className="text-brand-700 underline underline-offset-2">
        ← {t('backToPeople')}
      </Link>
      {seesOthers(role, 'people.read.personal') ? (
        <Link href={`/mensen/${id}/gespreksblad`} className={linkClass}>
          {t('conversationSheetLink')}
        </Link>
      ) : null}
      {seesOthers(role, 'people.read.personal') ? <ConversationSheetPdfLink employeeId={id} /> : null}
      {can(role, 'privacy.manage') ? (
        <Link href={`/mensen/${id}/privacy`} className={linkClass}>
          {t('privacyLink')}
        </Link>
      ) : null}
      {can(role, 'people.manage') ? (
        <Link href={`/beheer/mensen/${id}`} className={linkClass}>
          {tAdmin('manage')}
        </Link>
      ) : null}
    </nav>
  );
}

/** Name, job, FTE, teams and roles; whether the person is inactive. */
export async function PersonHeader({
  person,
  roles,
  locale,
}: {
  person: TEmployee;
  roles: Loaded<TPage<TRoleAssignment>>;
  locale: Locale;
}) {
  const t = await getTranslations('person');
  return (
    <header className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-semibold">{person.fullName}</h1>
      <dl className="mt-3 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Fact term={t('jobTitle')}>{person.jobTitle ?? '—'}</Fact>
        <Fact term={t('fte')} numeric>
          {formatFte(person.fte, locale)}
        </Fact>
        <Fact term={t('teams')}>
          {person.teams.length === 0
            ? '—'
            : person.teams.map((team, index) => (
                <span key={team.id}>
                  {index > 0 ? ', ' : ''}
                  <Link href={`/teams/${team.id}`} className="text-brand-700 underline underline-offset-2">
                    {team.name}
                  </Link>
                </span>
              ))}
        </Fact>
        <Fact term={t('roles')}>
          {roles.error ? (
            <span className="text-slate-500">{t('notVisible')}</span>
          ) : roles.data.items.length === 0 ? (
            '—'
          ) : (
            <ul>
              {roles.data.items.map((assignment) => (
                <li key={assignment.id}>
                  {locale === 'en' ? assignment.roleDefinition.labelEn : assignment.roleDefinition.labelNl}
                  {assignment.team ? <span className="text-slate-600"> ({assignment.team.name})</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      {person.active ? null : (
        <p className="mt-3 inline-block rounded bg-none-soft px-2 py-1 text-sm text-slate-700">
          {t('inactive')}
        </p>
      )}
    </header>
  );
}
