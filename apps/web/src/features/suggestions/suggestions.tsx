import type { Locale } from '@teamspiegel/domain';
import type { TDevelopmentSuggestion } from '@teamspiegel/domain/api/development-suggestions';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { AcceptButton } from './accept-button';
import { fetchAcceptedAction, fetchSuggestions, SUGGESTIONS_PAGE_SIZE } from './data';

const TYPE_STYLE: Record<TDevelopmentSuggestion['type'], string> = {
  coaching: 'bg-brand-50 text-brand-900 ring-brand-600',
  training: 'bg-spof-soft text-spof ring-spof',
  werving: 'bg-gap-soft text-gap ring-gap',
};

/**
 * Self-contained list of development suggestions per gap (most severe first) with an
 * "Accepteren" button for HR; board members read along. Fetches its own data.
 */
export async function Suggestions({
  page = 1,
  teamId,
  acceptedId,
  basePath = '/ontwikkelplan/suggesties',
}: {
  page?: number;
  teamId?: string;
  /** Id of the action just created by "Accepteren": shown as a confirmation above the list. */
  acceptedId?: string;
  basePath?: string;
}) {
  const t = await getTranslations('suggestions');
  const locale = ((await getLocale()) === 'en' ? 'en' : 'nl') as Locale;
  const session = await getSession();
  const canAccept = can(session.role, 'development.manage');
  const [result, accepted] = await Promise.all([
    load(fetchSuggestions({ page, teamId })),
    acceptedId ? fetchAcceptedAction(acceptedId).catch(() => null) : Promise.resolve(null),
  ]);
  const confirmation = accepted ? (
    <div
      role="status"
      className="rounded-lg border border-covered bg-covered-soft p-3 text-sm text-slate-900"
    >
      <span aria-hidden="true">✓ </span>
      {t('acceptedAs', { title: accepted.title })}{' '}
      <Link href="/ontwikkelplan" className="font-medium text-brand-700 underline underline-offset-2">
        {t('toPlan')}
      </Link>
    </div>
  ) : null;
  if (result.error) return <ProblemState code={result.error.code} />;
  const { items, total } = result.data;
  if (total === 0) {
    return (
      <div className="flex flex-col gap-4">
        {confirmation}
        <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
      </div>
    );
  }
  const pages = Math.max(1, Math.ceil(total / SUGGESTIONS_PAGE_SIZE));

  return (
    <section aria-labelledby="suggesties-kop" className="flex flex-col gap-4">
      {confirmation}
      <div>
        <h2 id="suggesties-kop" className="text-lg font-semibold text-slate-900">
          {t('listTitle', { count: total })}
        </h2>
        <p className="text-sm text-slate-600">{canAccept ? t('listIntro') : t('listIntroReadOnly')}</p>
      </div>
      <ol className="flex flex-col gap-3">
        {items.map((item) => {
          const reasonId = `suggestie-${item.id}-reden`;
          return (
            <li
              key={item.id}
              className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-[1fr_auto]"
            >
              <div>
                <p className="flex flex-wrap items-center gap-2">
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ring-1 ${TYPE_STYLE[item.type]}`}
                  >
                    {t(`type.${item.type}`)}
                  </span>
                  <span className="font-semibold text-slate-900">
                    {t('what', {
                      area: areaLabel(item.area, locale),
                      level: (levelLabel(item.targetLevel, locale) || '—').toLowerCase(),
                    })}
                  </span>
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {item.employeeName
                    ? t('who', { name: item.employeeName, team: item.teamName })
                    : t('whoHiring', { team: item.teamName })}
                  {item.siteName ? <span className="text-slate-500"> · {item.siteName}</span> : null}
                </p>
                <p id={reasonId} className="mt-1 text-sm text-slate-600">
                  {t(`reason.${item.reason}`, {
                    current: item.currentLevel
                      ? (levelLabel(item.currentLevel, locale) || '—').toLowerCase()
                      : t('noLevel'),
                    gap: item.gap,
                  })}
                  {item.pool === 'organisation' ? ` ${t('otherTeam')}` : ''}
                </p>
              </div>
              {canAccept ? (
                <AcceptButton
                  describedBy={reasonId}
                  fields={{
                    teamId: item.teamId,
                    requirementId: item.requirementId,
                    type: item.type,
                    employeeId: item.employeeId,
                    area: item.area,
                    targetLevel: item.targetLevel,
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <Pagination
        path={basePath}
        params={{ team: teamId }}
        page={page}
        pages={pages}
        label={t('pagination')}
      />
    </section>
  );
}
