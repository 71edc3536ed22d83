import type { Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { TShapeChart } from '@/components/t-shape';
import { TShapeList } from '@/components/t-shape-list';
import { RemindersPanel } from '../reminders/reminders-panel';
import { loadProfilePage } from './data';
import { PendingLevelsPanel } from './pending-levels';
import { ProfileForm } from './profile-form';
import { AmbitionImpactPanel, TeamCoveragePanel } from './team-coverage';

/** "Mijn profiel": the signed-in person's own levels, competencies, contacts and ambition. */
export async function ProfilePage({ saved }: { saved: boolean }) {
  const t = await getTranslations('profile');
  const tOwn = await getTranslations('ownDevelopment');
  const locale = (await getLocale()) as Locale;
  const data = await loadProfilePage();

  if (data.kind === 'no_profile') {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <EmptyState title={t('noEmployeeTitle')}>{t('noEmployee')}</EmptyState>
      </div>
    );
  }
  if (data.kind === 'error') {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <ProblemState code={data.code} />
      </div>
    );
  }

  const { profile, etag, teams, pending, ambitionImpact } = data;
  const name = `${profile.employee.firstName} ${profile.employee.lastName}`;
  const hasAmbition = profile.ambitions.some((ambition) => ambition.status === 'active');
  const tShapeLevels = Object.fromEntries(
    profile.areaLevels.map((row) => [row.area, { level: row.level, status: row.status }]),
  );

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="no-print flex flex-wrap gap-x-4 text-sm">
          <Link
            href="/profiel/ontwikkeling"
            className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
          >
            {tOwn('profileLink')}
          </Link>
          <Link
            href="/profiel/gegevens"
            className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
          >
            {t('myDataLink')}
          </Link>
        </p>
        <p className="text-lg font-medium">
          {name}
          {profile.employee.jobTitle ? (
            <span className="font-normal text-slate-600"> · {profile.employee.jobTitle}</span>
          ) : null}
          <span className="font-normal text-slate-600"> · {t('fte', { fte: profile.employee.fte })}</span>
        </p>
        <dl className="grid gap-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr] sm:gap-x-3">
          <dt className="font-medium">{t('teamsLabel')}</dt>
          <dd>
            {profile.teams.length === 0
              ? t('noTeams')
              : profile.teams
                  .map((team) => `${team.name}${team.roleInTeam ? ` (${team.roleInTeam})` : ''}`)
                  .join(' · ')}
          </dd>
          {profile.roleAssignments.length > 0 ? (
            <>
              <dt className="font-medium">{t('rolesLabel')}</dt>
              <dd>
                {profile.roleAssignments
                  .map((role) => (locale === 'en' ? role.labelEn : role.labelNl))
                  .join(' · ')}
              </dd>
            </>
          ) : null}
        </dl>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>
      <RemindersPanel ownOnly />

      {saved ? (
        <p
          id="opgeslagen"
          role="status"
          className="rounded-md border border-covered bg-covered-soft px-4 py-3 font-medium text-covered"
        >
          <span aria-hidden>✓</span> {t('saved')}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        {/* A phone gets the T-shape as a vertical list; wider screens the chart. */}
        <div className="hidden min-w-0 sm:block">
          <TShapeChart personName={name} levels={tShapeLevels} />
        </div>
        <div className="sm:hidden">
          <TShapeList levels={tShapeLevels} />
        </div>
        <AmbitionImpactPanel
          impact={ambitionImpact}
          hasAmbition={hasAmbition}
          teams={teams}
          locale={locale}
        />
      </div>

      <PendingLevelsPanel pending={pending} locale={locale} />

      <ProfileForm key={profile.version} profile={profile} etag={etag} locale={locale} />

      <TeamCoveragePanel teams={teams} locale={locale} />
    </div>
  );
}
