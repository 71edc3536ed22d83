import { TEAM_KINDS } from '@teamspiegel/domain/api/teams';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { SelectField } from '@/components/select-field';
import { load } from '@/lib/api/load';
import { first, parsePage, parseSiteId } from '@/lib/params';
import { AdminHeading, Notice, StatusLinks } from '../admin-layout';
import { ArchiveButton } from '../archive-button';
import { noticeFrom } from '../notice';
import { fetchAdminSites } from '../sites/data';
import { setTeamArchived } from './actions';
import { fetchAdminTeams, fetchTemplates, TEAMS_ADMIN_PAGE_SIZE } from './data';
import { TeamCreateForm, TeamEditForm } from './team-forms';
import { TemplateApplyForm } from './template-apply-form';

type SearchParams = Record<string, string | string[] | undefined>;
const NOTICES = [
  'team_created',
  'team_created_template',
  'team_updated',
  'team_archived',
  'team_unarchived',
] as const;

/** /beheer/teams: create, rename, move, set the kind, archive or restore teams; apply a template to many. */
export async function TeamsAdminPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations('teamsAdmin');
  const ts = await getTranslations('structure');
  const format = await getFormatter();
  const locale = (await getLocale()) as 'nl' | 'en';
  const archived = first(searchParams.status) === 'gearchiveerd';
  const siteId = parseSiteId(searchParams.locatie);
  const page = parsePage(searchParams.pagina);
  const [teams, sites, templates] = await Promise.all([
    load(fetchAdminTeams({ status: archived ? 'archived' : 'active', siteId, page })),
    load(fetchAdminSites({ status: 'active', pageSize: 200 })),
    load(fetchTemplates()),
  ]);
  const notice = noticeFrom(searchParams, NOTICES);
  const siteOptions = (sites.data?.items ?? []).map((site) => ({ id: site.id, name: site.name }));
  const kindLabel = (id: string) => TEAM_KINDS.find((kind) => kind.id === id)?.label[locale] ?? id;

  return (
    <div className="flex flex-col gap-6">
      <AdminHeading title={t('title')} intro={t('intro')} />
      {notice ? <Notice>{t(`notices.${notice.key}`, { name: notice.name })}</Notice> : null}
      {sites.error ? <ProblemState code={sites.error.code} /> : null}
      {templates.error ? <ProblemState code={templates.error.code} /> : null}

      {!archived ? (
        <section aria-labelledby="team-create" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="team-create" className="mb-3 text-lg font-semibold">
            {t('createTitle')}
          </h2>
          {siteOptions.length === 0 ? (
            <p className="text-sm text-slate-700">{t('noSites')}</p>
          ) : (
            <TeamCreateForm sites={siteOptions} templates={templates.data ?? []} defaultSiteId={siteId} />
          )}
        </section>
      ) : null}

      <section aria-labelledby="team-list" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="team-list" className="text-lg font-semibold">
            {t('listTitle')}
          </h2>
          <StatusLinks path="/beheer/teams" archived={archived} keep={{ locatie: siteId }} />
        </div>
        <form method="get" action="/beheer/teams" className="flex flex-wrap items-end gap-2">
          {archived ? <input type="hidden" name="status" value="gearchiveerd" /> : null}
          <SelectField
            id="teams-admin-site"
            name="locatie"
            label={ts('site')}
            layout="stacked"
            allLabel={t('allSites')}
            defaultValue={siteId ?? ''}
            options={siteOptions.map((site) => ({ value: site.id, label: site.name }))}
            selectClassName="max-w-[18rem]"
          />
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
          >
            {ts('show')}
          </button>
        </form>
        {teams.error ? (
          <ProblemState code={teams.error.code} />
        ) : teams.data.items.length === 0 ? (
          <EmptyState title={t('empty')} />
        ) : (
          <>
            <ul
              className="flex flex-col gap-3"
              aria-label={t('caption', { total: teams.data.total })}
              data-testid="teams-admin-list"
            >
              {teams.data.items.map((team) => (
                <li
                  key={team.id}
                  data-testid="team-row"
                  className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-semibold break-words text-slate-900">{team.name}</p>
                    <p className="text-sm text-slate-600">
                      {team.site.name} · {kindLabel(team.kind)} · {t('members')}: {team.memberCount}
                    </p>
                    {team.archivedAt ? (
                      <p className="mt-1 text-sm text-slate-600">
                        {ts('archivedOn', {
                          date: format.dateTime(new Date(team.archivedAt), { dateStyle: 'medium' }),
                        })}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex flex-col gap-2 sm:items-end">
                    {!team.archivedAt ? (
                      <TeamEditForm
                        team={{
                          id: team.id,
                          name: team.name,
                          kind: team.kind,
                          siteId: team.site.id,
                          etag: `W/"${team.version}"`,
                        }}
                        sites={siteOptions}
                      />
                    ) : null}
                    <ArchiveButton
                      action={setTeamArchived}
                      id={team.id}
                      etag={`W/"${team.version}"`}
                      archive={!team.archivedAt}
                      name={team.name}
                      confirmText={t('archiveConfirm', { name: team.name })}
                      testId="team-archive"
                    />
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              page={page}
              pages={Math.max(1, Math.ceil(teams.data.total / TEAMS_ADMIN_PAGE_SIZE))}
              path="/beheer/teams"
              params={{ status: archived ? 'gearchiveerd' : undefined, locatie: siteId }}
            />
          </>
        )}
      </section>

      {!archived && (templates.data?.length ?? 0) > 0 ? (
        <section aria-labelledby="team-apply" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="team-apply" className="text-lg font-semibold">
            {t('applyTitle')}
          </h2>
          <p className="mb-3 mt-1 max-w-3xl text-sm text-slate-700">{t('applyIntro')}</p>
          <TemplateApplyForm templates={templates.data ?? []} sites={siteOptions} />
        </section>
      ) : null}
    </div>
  );
}
