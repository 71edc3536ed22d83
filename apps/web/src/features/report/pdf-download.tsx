import { getTranslations } from 'next-intl/server';
import { ExportJobButton } from '../export/export-job-button';

/**
 * "Rapport als PDF (A4)": a plain link to the web app's route handler, which fetches the PDF from
 * the API. Without a team: the board report; with one: that team's report. `asJob`: the board
 * report of a large organisation is made by an export job, with progress.
 */
export async function ReportPdfDownload({
  teamId,
  asJob = false,
}: {
  teamId?: string;
  asJob?: boolean;
} = {}) {
  const t = await getTranslations('reportPdf');
  if (asJob && !teamId) {
    return (
      <ExportJobButton
        request={{ kind: 'board_report' }}
        label={t('download')}
        className="no-print inline-flex min-h-11 items-center gap-2 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:min-h-9"
      />
    );
  }
  return (
    <a
      href={teamId ? `/export/teams/${encodeURIComponent(teamId)}/rapport` : '/export/bestuursrapport'}
      download
      data-testid={teamId ? 'team-report-pdf' : 'report-pdf'}
      className="no-print inline-flex min-h-11 items-center gap-2 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:min-h-9"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
        <path d="M10 2a1 1 0 0 1 1 1v7.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 10.59V3a1 1 0 0 1 1-1Zm-6 13a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
      </svg>
      {teamId ? t('team') : t('download')}
    </a>
  );
}
