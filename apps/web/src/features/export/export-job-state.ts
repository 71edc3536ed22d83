import type { TExportJob } from '@teamspiegel/domain/api/exports';
import type { ActionResult } from '@/lib/api/errors';

/** Organisations with at least this many teams export through a job (with progress) instead of a link. */
export const LARGE_EXPORT_TEAMS = 100;

/** What an export job button shows. */
export type ExportJobView =
  | { step: 'idle' }
  | { step: 'working'; percent: number }
  | { step: 'ready'; href: string; fileName: string }
  | { step: 'failed'; code: string };

/** The view of a job as the API reports it. */
export function exportJobView(job: TExportJob): ExportJobView {
  if (job.status === 'completed') {
    return { step: 'ready', href: `/export/bestanden/${job.id}`, fileName: job.fileName ?? '' };
  }
  if (job.status === 'failed') return { step: 'failed', code: job.error ?? 'export_failed' };
  return { step: 'working', percent: Math.max(0, Math.min(100, job.progress)) };
}

/** Whether to ask again: only while the job is queued or running. */
export function keepPolling(view: ExportJobView): boolean {
  return view.step === 'working';
}

/** The view after a Server Action: the job's, or failed with the API's code. */
export function viewOf(result: ActionResult<TExportJob>): ExportJobView {
  if (!result.ok) return { step: 'failed', code: result.code };
  return result.data ? exportJobView(result.data) : { step: 'failed', code: 'export_failed' };
}
