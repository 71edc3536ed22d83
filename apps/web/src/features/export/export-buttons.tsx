import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/access';
import { ApiError } from '@/lib/api/errors';
import { getSession } from '@/lib/session';
import { fetchOrganisationCoverage } from '../overview/data';
import { ExportJobButton } from './export-job-button';
import { LARGE_EXPORT_TEAMS } from './export-job-state';

type Props = ({ scope: 'organisation'; siteId?: string | null } | { scope: 'team'; teamId: string }) & {
  className?: string;
};

/**
 * "Download as CSV / Excel" for the organisation overview or one team. Plain links to the web
 * app's own route handlers (app/(app)/export/**), which fetch the file from the API server-side;
 * for a large organisation the organisation's files are made by an export job, with progress.
 * Renders nothing for roles the export API refuses.
 */
export async function ExportButtons(props: Props) {
  const session = await getSession();
  if (!can(session.role, 'coverage.export')) return null;
  const t = await getTranslations('export');
  const href = (format: 'csv' | 'xlsx') => {
    if (props.scope === 'team') return `/export/teams/${encodeURIComponent(props.teamId)}?format=${format}`;
    const site = props.siteId ? `&siteId=${encodeURIComponent(props.siteId)}` : '';
    return `/export/organisatie?format=${format}${site}`;
  };
  const label = props.scope === 'team' ? t('teamLabel') : t('organisationLabel');
  const asJob = props.scope === 'organisation' && (await isLargeOrganisation());
  const linkClass =
    'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';
  return (
    <nav
      aria-label={label}
      className={`no-print flex flex-wrap items-center justify-end gap-2 print:hidden ${props.className ?? ''}`}
    >
      <span className="text-sm text-slate-600">{t('download')}</span>
      {asJob ? (
        <>
          <ExportJobButton request={jobRequest(props, 'xlsx')} label={t('excel')} className={linkClass} />
          <ExportJobButton request={jobRequest(props, 'csv')} label={t('csv')} className={linkClass} />
        </>
      ) : (
        <>
          <a href={href('xlsx')} className={linkClass} download>
            <DownloadIcon />
            {t('excel')}
          </a>
          <a href={href('csv')} className={linkClass} download>
            <DownloadIcon />
            {t('csv')}
          </a>
        </>
      )}
    </nav>
  );
}

/** Whether the caller's organisation view holds so many teams that its files are made as a job. */
export async function isLargeOrganisation(): Promise<boolean> {
  try {
    const view = await fetchOrganisationCoverage({ page: 1, pageSize: 1, rankingLimit: 1 });
    return view.matrix.total >= LARGE_EXPORT_TEAMS;
  } catch (error) {
    // The page shows the API's error itself; the buttons fall back to plain links.
    if (error instanceof ApiError) return false;
    throw error;
  }
}

function jobRequest(props: Props, format: 'csv' | 'xlsx'): Record<string, string> {
  const request: Record<string, string> = { kind: 'organisation_coverage', format };
  if (props.scope === 'organisation' && props.siteId) request.siteId = props.siteId;
  return request;
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
      <path d="M10 2a1 1 0 0 1 1 1v7.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 10.59V3a1 1 0 0 1 1-1Zm-6 13a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
    </svg>
  );
}
