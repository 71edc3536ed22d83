import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { fetchSites } from '../overview/data';
import { pageCount, parsePage, parseSiteId, teamHref } from '../overview/view-model';
import { RemindersPanel } from '../reminders/reminders-panel';
import { fetchOwnTeams, fetchSummaries, fetchTeams, TEAMS_PAGE_SIZE } from './data';
import { TeamsFilter } from './teams-filter';
import { type TeamListRow, TeamsTable } from './teams-table';

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v.slice(0, 200) : undefined;
}

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** /teams: the teams the user may see; managers find the teams they lead first. */
export async function TeamsListPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations('teamsList');
  const session = await getSession();
  const role = session.role;

  const heading = (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      <RemindersPanel />
    </div>
  );

  if (!can(role, 'coverage.read.overview')) {
    const own = await load(fetchOwnTeams(today()));
    return (
      <div className="flex flex-col gap-6">
        {heading}
        <section aria-labelledby="own-teams" className="flex flex-col gap-3">
          <h2 id="own-teams" className="text-xl font-semibold">
            {t('ownTitle')}
          </h2>
          {own.error ? (
            <ProblemState code={own.error.code} />
          ) : own.data.length === 0 ? (
            <EmptyState title={t('ownEmpty')} />
          ) : (
            <TeamsTable
              testId="own-teams"
              caption={t('caption', { total: own.data.length })}
              rows={own.data.map((team) => ({ ...team, href: teamHref(team.id) }))}
            />
          )}
        </section>
      </div>
    );
  }

  const siteId = parseSiteId(searchParams.locatie);
  const q = first(searchParams.zoek);
  const page = parsePage(searchParams.pagina);
  const isManager = can(role, 'coverage.read.overview', 'led_teams');
  // Managers also need member counts of the teams they lead: fetched alongside, not after.
  const [teams, summaries, sites, lookup] = await Promise.all([
    load(fetchTeams({ siteId, q, page })),
    load(fetchSummaries()),
    load(fetchSites()),
    isManager ? load(fetchTeams({ pageSize: 200 })) : Promise.resolve(null),
  ]);
  const summaryOf = summaries.data ?? new Map();

  // Managers: the teams they lead are exactly the rows of their (API-scoped) coverage.
  let led: TeamListRow[] = [];
  if (isManager && summaries.data && summaries.data.size > 0) {
    const byId = new Map((lookup?.data?.items ?? []).map((team) => [team.id, team]));
    led = [...summaries.data.entries()].map(([id, entry]) => ({
      id,
      name: entry.teamName,
      siteName: entry.siteName,
      memberCount: byId.get(id)?.memberCount ?? null,
      summary: entry.summary,
      href: teamHref(id),
      led: false,
    }));
  }

  const rows: TeamListRow[] = (teams.data?.items ?? []).map((team) => {
    const entry = summaryOf.get(team.id);
    const canOpen = !isManager || entry !== undefined;
    return {
      id: team.id,
      name: team.name,
      siteName: team.site.name,
      memberCount: team.memberCount,
      summary: entry?.summary ?? null,
      href: canOpen ? teamHref(team.id) : null,
      led: isManager && entry !== undefined,
    };
  });
  if (isManager) rows.sort((a, b) => Number(Boolean(b.led)) - Number(Boolean(a.led)));

  return (
    <div className="flex flex-col gap-8">
      {heading}

      {isManager ? (
        <section aria-labelledby="led-teams" className="flex flex-col gap-3">
          <h2 id="led-teams" className="text-xl font-semibold">
            {t('ledTitle')}
          </h2>
          {summaries.error ? (
            <ProblemState code={summaries.error.code} />
          ) : led.length === 0 ? (
            <EmptyState title={t('ledEmpty')} />
          ) : (
            <TeamsTable testId="led-teams" caption={t('caption', { total: led.length })} rows={led} />
          )}
        </section>
      ) : null}

      <section aria-labelledby="all-teams" className="flex flex-col gap-3">
        <h2 id="all-teams" className={isManager ? 'text-xl font-semibold' : 'sr-only'}>
          {t('allTitle')}
        </h2>
        <TeamsFilter sites={sites.data?.items ?? []} siteId={siteId} q={q} />
        {isManager ? <p className="text-sm text-slate-600">{t('notYours')}</p> : null}
        {teams.error ? (
          <ProblemState code={teams.error.code} />
        ) : teams.data.total === 0 ? (
          <EmptyState title={siteId || q ? t('emptyFiltered') : t('empty')} />
        ) : (
          <>
            <TeamsTable testId="teams" caption={t('caption', { total: teams.data.total })} rows={rows} />
            <Pagination
              path="/teams"
              params={{ locatie: siteId, zoek: q }}
              page={teams.data.page}
              pages={pageCount(teams.data.total, teams.data.pageSize || TEAMS_PAGE_SIZE)}
              label={t('pagination')}
            />
          </>
        )}
        {summaries.error && !isManager ? <p className="text-sm text-slate-600">{t('notAvailable')}</p> : null}
      </section>
    </div>
  );
}
