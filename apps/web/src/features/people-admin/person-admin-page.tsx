import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { load } from '@/lib/api/load';
import { formatDate, type Locale } from '@/lib/vocabulary';
import { getEmployee, listMembershipsOf, listTeamOptions } from './api';
import { DeactivateForm } from './deactivate-form';
import { AddMembershipForm, MoveMembershipForm } from './membership-forms';
import { MembershipsTable } from './memberships-table';
import { PersonForm } from './person-form';

const sectionClass = 'space-y-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5';

/** Today as the API's date strings (UTC, like its @db.Date columns). */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** /beheer/mensen/[id]: HR edits a person's record, teams (add, move) and registers a leaver. */
export async function PersonAdminPage({ id, created }: { id: string; created: boolean }) {
  const t = await getTranslations('peopleAdmin');
  const locale = (await getLocale()) as Locale;
  const [person, memberships, teams] = await Promise.all([
    load(getEmployee(id)),
    load(listMembershipsOf(id)),
    load(listTeamOptions()),
  ]);
  if (person.error) return <ProblemState code={person.error.code} />;
  const employee = person.data.data;
  const today = todayIso();
  const rows = memberships.data?.items ?? [];
  const current = rows.filter((row) => row.current);
  const teamOptions = (teams.data?.items ?? []).map((team) => ({ id: team.id, name: team.name }));

  return (
    <div className="space-y-6">
      <nav aria-label={t('title')} className="text-sm">
        <Link href={`/mensen/${employee.id}`} className="text-brand-700 underline underline-offset-2">
          ← {t('backToPerson', { name: employee.fullName })}
        </Link>
      </nav>
      <header>
        <h1 className="break-words text-2xl font-semibold">{t('editTitle', { name: employee.fullName })}</h1>
        {created ? (
          <p
            role="status"
            data-testid="person-created"
            className="mt-3 rounded-md bg-covered-soft px-3 py-2 text-sm text-covered"
          >
            ✓ {t('create.created', { name: employee.fullName })}
          </p>
        ) : null}
        {employee.endDate ? (
          <p
            className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800"
            data-testid="leaving-note"
          >
            {employee.active
              ? t('leavingNote', {
                  name: employee.fullName,
                  date: formatDate(nextDay(employee.endDate), locale),
                })
              : t('inactiveNote', {
                  name: employee.fullName,
                  date: formatDate(nextDay(employee.endDate), locale),
                })}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="gegevens-kop" className={sectionClass}>
        <h2 id="gegevens-kop" className="text-lg font-semibold">
          {t('edit.title')}
        </h2>
        <PersonForm person={employee} />
      </section>

      <section aria-labelledby="teams-kop" className={sectionClass}>
        <h2 id="teams-kop" className="text-lg font-semibold">
          {t('memberships.title')}
        </h2>
        <p className="text-sm text-slate-600">{t('memberships.intro')}</p>
        {memberships.error ? (
          <ProblemState code={memberships.error.code} />
        ) : (
          <MembershipsTable name={employee.fullName} memberships={rows} today={today} />
        )}
        <div className="grid gap-6 lg:grid-cols-2">
          <AddMembershipForm employeeId={employee.id} teams={teamOptions} today={today} />
          <MoveMembershipForm memberships={current} teams={teamOptions} today={today} />
        </div>
      </section>

      <section aria-labelledby="vertrek-kop" className={sectionClass}>
        <h2 id="vertrek-kop" className="text-lg font-semibold">
          {t('deactivate.title')}
        </h2>
        <p className="text-sm text-slate-600">{t('deactivate.intro')}</p>
        <DeactivateForm
          id={employee.id}
          name={employee.fullName}
          version={employee.version}
          currentMemberships={current.length}
          today={today}
          left={!employee.active && employee.endDate !== null}
        />
      </section>
    </div>
  );
}

/** The leaving date is the day after the contract's last day. */
function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
