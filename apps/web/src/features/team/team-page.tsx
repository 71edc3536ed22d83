import type { Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { getSession } from '@/lib/session';
import { OverdueToggle } from '../reassessment/overdue-toggle';
import { ReportPdfDownload } from '../report/pdf-download';
import { TeamMatrix } from '../team-matrix/team-matrix';
import type { MatrixSort } from '../team-matrix/view-model';
import { whatIfOptions } from '../what-if/options';
import { WhatIfPanel } from '../what-if/what-if-panel';
import { loadTeamCoverage } from './data';
import { MembersList } from './members-list';
import { RequirementsTable } from './requirements-table';
import { SummaryBar } from './summary-bar';
import { TeamCharts } from './team-charts';

/** /teams/[id]: every requirement against its supply, the pipeline, charts, members and the what-if panel. */
export async function TeamPage({
  teamId,
  matrix,
  excludeOverdue = false,
}: {
  teamId: string;
  matrix: MatrixSort;
  excludeOverdue?: boolean;
}) {
  const [session, result, locale, t] = await Promise.all([
    getSession(),
    loadTeamCoverage(teamId, excludeOverdue),
    getLocale(),
    getTranslations('team'),
  ]);
  if (result.error) return <ProblemState code={result.error.code} />;
  const view = result.data;
  const lang = locale as Locale;
  const canEdit = can(session.role, 'requirements.manage');
  const canSimulate = can(session.role, 'coverage.simulate') && !view.anonymised;

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          {can(session.role, 'coverage.read.named') ? (
            <Link href="/teams" className="text-sm text-brand-700 hover:underline no-print">
              ← {t('backToTeams')}
            </Link>
          ) : null}
          <h1 className="text-2xl font-bold">{view.team.name}</h1>
          {view.team.siteName ? <p className="text-slate-600">{view.team.siteName}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ReportPdfDownload teamId={view.team.id} />
          {canEdit ? (
            <Link
              href={`/teams/${view.team.id}/eisen`}
              className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 no-print"
            >
              {t('editRequirements')}
            </Link>
          ) : null}
        </div>
      </header>

      <SummaryBar view={view} />
      <OverdueToggle info={view.reassessment} path={`/teams/${view.team.id}`} />

      {view.anonymised ? (
        <p
          className="rounded-lg border border-slate-300 bg-slate-100 px-4 py-3 text-sm text-slate-700"
          data-testid="anonymised-note"
        >
          {t('anonymised')}
        </p>
      ) : null}

      <section aria-labelledby="eisen-kop" className="space-y-4">
        <h2 id="eisen-kop" className="text-xl font-semibold">
          {t('requirementsTitle')}
        </h2>
        {view.requirements.length === 0 ? (
          <EmptyState title={t('empty.title')}>
            <p>{canEdit ? t('empty.editor') : t('empty.reader')}</p>
            {canEdit ? (
              <Link
                href={`/teams/${view.team.id}/eisen`}
                className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
              >
                {t('empty.pickTemplate')}
              </Link>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <p className="text-sm text-slate-600">{t('requirementsIntro')}</p>
            <RequirementsTable view={view} locale={lang} canExempt={can(session.role, 'exemptions.manage')} />
          </>
        )}
      </section>

      {canSimulate && view.requirements.length > 0 ? (
        <WhatIfPanel teamId={view.team.id} {...whatIfOptions(view, lang)} />
      ) : null}

      <section aria-labelledby="profiel-kop" className="space-y-4">
        <h2 id="profiel-kop" className="text-xl font-semibold">
          {t('charts.title')}
        </h2>
        <TeamCharts view={view} locale={lang} />
      </section>

      {view.anonymised || !can(session.role, 'coverage.read.named') ? null : (
        <TeamMatrix teamId={view.team.id} sort={matrix} locale={lang} />
      )}

      {view.anonymised ? null : <MembersList view={view} locale={lang} />}
    </div>
  );
}
