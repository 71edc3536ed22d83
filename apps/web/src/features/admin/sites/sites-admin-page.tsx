import type { Locale } from '@teamspiegel/domain';
import type { TSiteCoverageView } from '@teamspiegel/domain/api/coverage';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Pagination } from '@/components/pagination';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { listCertificateTypes } from '@/features/certificates/api';
import { SiteExemptionCell } from '@/features/exemptions/site-exemption-cell';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { first, parsePage } from '@/lib/params';
import { getSession } from '@/lib/session';
import { AdminHeading, Notice, StatusLinks } from '../admin-layout';
import { ArchiveButton } from '../archive-button';
import { noticeFrom } from '../notice';
import { setSiteArchived } from './actions';
import {
  fetchAdminSites,
  fetchSiteFigures,
  fetchSitePeople,
  fetchSiteRequirements,
  SITES_PAGE_SIZE,
} from './data';
import { SiteCreateForm, SiteEditForm } from './site-forms';
import { SiteRequirementsEditor } from './site-requirement-forms';
import { siteRequirementLines, sitesWithGap } from './site-requirement-lines';

type SearchParams = Record<string, string | string[] | undefined>;
const NOTICES = [
  'site_created',
  'site_updated',
  'site_archived',
  'site_unarchived',
  'site_requirement_added',
  'site_requirement_saved',
  'site_requirement_removed',
] as const;

/** /beheer/locaties: the organisation's sites with counts; create, rename, archive, restore. */
export async function SitesAdminPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations('sitesAdmin');
  const ts = await getTranslations('structure');
  const format = await getFormatter();
  const archived = first(searchParams.status) === 'gearchiveerd';
  const page = parsePage(searchParams.pagina);
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const [sites, requirements, certificateTypes, coverage] = await Promise.all([
    load(fetchAdminSites({ status: archived ? 'archived' : 'active', page })),
    load(fetchSiteRequirements()),
    load(listCertificateTypes()),
    can(session.role, 'coverage.read.overview') ? load(fetchSiteFigures()) : null,
  ]);
  const figuresOfLines = await siteFigureCells(
    coverage?.data?.siteRequirements ?? [],
    can(session.role, 'exemptions.manage'),
    locale,
  );
  const catalogue = certificateTypes.data?.items ?? [];
  const linesOf = siteRequirementLines(
    requirements.data?.items ?? [],
    catalogue,
    locale,
    t('requirements.unknownCertificate'),
  );
  const certificateOptions = catalogue.map((type) => ({
    id: type.id,
    label: locale === 'en' ? type.labelEn : type.labelNl,
  }));
  const notice = noticeFrom(searchParams, NOTICES);

  return (
    <div className="flex flex-col gap-6">
      <AdminHeading title={t('title')} intro={t('intro')} />
      {notice ? <Notice>{t(`notices.${notice.key}`, { name: notice.name })}</Notice> : null}

      {!archived ? (
        <section aria-labelledby="site-create" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="site-create" className="mb-3 text-lg font-semibold">
            {t('createTitle')}
          </h2>
          <SiteCreateForm />
        </section>
      ) : null}

      <section aria-labelledby="site-list" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="site-list" className="text-lg font-semibold">
            {t('listTitle')}
          </h2>
          <StatusLinks path="/beheer/locaties" archived={archived} />
        </div>
        {sites.error ? (
          <ProblemState code={sites.error.code} />
        ) : sites.data.items.length === 0 ? (
          <EmptyState title={t('empty')} />
        ) : (
          <>
            <ul
              className="flex flex-col gap-3"
              aria-label={t('caption', { total: sites.data.total })}
              data-testid="sites-list"
            >
              {sites.data.items.map((site) => (
                <li
                  key={site.id}
                  data-testid="site-row"
                  className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-semibold break-words text-slate-900">{site.name}</p>
                    <p className="text-sm text-slate-600">{site.city ?? ''}</p>
                    <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                      <div className="flex gap-1">
                        <dt className="text-slate-600">{t('teams')}:</dt>
                        <dd className="font-medium">{site.teamCount}</dd>
                      </div>
                      <div className="flex gap-1">
                        <dt className="text-slate-600">{t('people')}:</dt>
                        <dd className="font-medium">{site.peopleCount}</dd>
                      </div>
                    </dl>
                    {!site.archivedAt && !requirements.error ? (
                      <SiteRequirementsEditor
                        siteId={site.id}
                        siteName={site.name}
                        lines={linesOf(site.id)}
                        certificates={certificateOptions}
                        figures={figuresOfLines.get(site.id)}
                      />
                    ) : null}
                    {site.archivedAt ? (
                      <p className="mt-1 text-sm text-slate-600">
                        {ts('archivedOn', {
                          date: format.dateTime(new Date(site.archivedAt), { dateStyle: 'medium' }),
                        })}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex flex-col gap-2 sm:items-end">
                    {!site.archivedAt ? (
                      <SiteEditForm
                        id={site.id}
                        etag={`W/"${site.version}"`}
                        name={site.name}
                        city={site.city}
                      />
                    ) : null}
                    <ArchiveButton
                      action={setSiteArchived}
                      id={site.id}
                      etag={`W/"${site.version}"`}
                      archive={!site.archivedAt}
                      name={site.name}
                      confirmText={t('archiveConfirm', { name: site.name })}
                      testId="site-archive"
                    />
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              page={page}
              pages={Math.max(1, Math.ceil(sites.data.total / SITES_PAGE_SIZE))}
              path="/beheer/locaties"
              params={{ status: archived ? 'gearchiveerd' : undefined }}
            />
          </>
        )}
      </section>
    </div>
  );
}

/**
 * Per site, each of its requirements' figures and exemption (rules 17 and 18) by line id. The people
 * of a site are loaded only where HR may exempt one of them from a gap (one call per such site).
 */
async function siteFigureCells(
  sites: TSiteCoverageView[],
  canManage: boolean,
  locale: Locale,
): Promise<Map<string, Record<string, ReactNode>>> {
  const people = new Map<string, { id: string; name: string }[]>();
  if (canManage) {
    const withGap = sitesWithGap(sites);
    const loaded = await Promise.all(withGap.map((siteId) => load(fetchSitePeople(siteId))));
    withGap.forEach((siteId, index) => {
      const items = loaded[index]?.data?.items ?? [];
      people.set(
        siteId,
        items.map((person) => ({ id: person.id, name: person.fullName })),
      );
    });
  }
  const cellsBySite = new Map<string, Record<string, ReactNode>>();
  for (const site of sites) {
    const cells: Record<string, ReactNode> = {};
    cellsBySite.set(site.siteId, cells);
    for (const figures of site.requirements) {
      cells[figures.requirementId] = (
        <SiteExemptionCell
          figures={figures}
          canManage={canManage}
          people={people.get(site.siteId) ?? []}
          locale={locale}
        />
      );
    }
  }
  return cellsBySite;
}
